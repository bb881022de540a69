#include "backuprestorer.h"

#include "archive/safearchive.h"
#include "core/logging.h"
#include "images/imageheader.h"
#include "storage/migrations.h"
#include "storage/pendingrestore.h"
#include "storage/sqlitefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

using namespace Qt::StringLiterals;

namespace ost {

namespace {

constexpr int kMaxPosterSide = 8000;

} // namespace

BackupRestorer::BackupRestorer(QString dataDir)
    : m_dataDir(std::move(dataDir))
{ }

ArchiveLimits BackupRestorer::limits()
{
    ArchiveLimits l;
    l.maxEntries = 100000;
    l.maxEntrySize = qint64(2) << 30; // the database of a very large library
    l.maxTotalSize = qint64(8) << 30;
    l.maxRatio = 200.0;
    l.maxDepth = 2;
    return l;
}

Result<StagedBackup> BackupRestorer::stage(const QString &backupPath, const PackProgress &progress) const
{
    const QString name = QFileInfo(backupPath).fileName();
    auto refuse = [&](const QString &why, Error::Kind kind = Error::Kind::InvalidInput) {
        return fail(kind, QObject::tr("%1 cannot be restored: %2").arg(name, why));
    };
    if (!QFileInfo(backupPath).isFile())
        return fail(Error::Kind::NotFound,
                    QObject::tr("%1 does not exist or is not a file.").arg(backupPath));

    auto archive = SafeArchive::open(backupPath, SafeArchive::Kind::Tar, limits());
    if (!archive)
        return refuse(archive.error().message);
    if (!archive->find(u"manifest.json"_s))
        return refuse(QObject::tr("it has no manifest.json; it is not an OST Shelf backup."));
    auto json = archive->read(u"manifest.json"_s, BackupManifest::kMaxBytes);
    if (!json)
        return refuse(json.error().message);
    auto manifest = BackupManifest::parse(*json);
    if (!manifest)
        return refuse(manifest.error().message, manifest.error().kind);
    const int latest = Migrations::latestVersion();
    if (manifest->schemaVersion > latest)
        return refuse(
            QObject::tr("it was made by a newer version of OST Shelf (schema %1; this version knows %2).")
                .arg(manifest->schemaVersion)
                .arg(latest),
            Error::Kind::UnsupportedVersion);

    // The manifest and the archive must agree exactly: nothing unlisted, nothing missing.
    QSet<QString> listed;
    qint64 total = 0;
    for (const auto &f : manifest->files) {
        listed.insert(f.path);
        const ArchiveEntry *e = archive->find(f.path);
        if (!e)
            return refuse(QObject::tr("%1 is in the manifest but not in the archive.").arg(f.path));
        if (e->size != f.size)
            return refuse(QObject::tr("%1 is %2 bytes, but the manifest says %3.")
                              .arg(f.path)
                              .arg(e->size)
                              .arg(f.size));
        total += f.size;
    }
    for (const auto &e : archive->files())
        if (e.path != u"manifest.json"_s && !listed.contains(e.path))
            return refuse(QObject::tr("%1 is in the archive but not in its manifest.").arg(e.path));

    StagedBackup staged;
    staged.backupPath = backupPath;
    staged.manifest = *manifest;
    staged.dir = std::make_shared<QTemporaryDir>(QDir(m_dataDir).filePath(u".restore-XXXXXX"_s));
    if (!staged.dir->isValid())
        return fail(Error::Kind::Io,
                    QObject::tr("Cannot create a temporary folder in %1: %2")
                        .arg(m_dataDir, staged.dir->errorString()));
    const QDir root(staged.dir->path());
    for (const auto &folder : { u"posters"_s, u"packfiles"_s, u"playlists"_s, u"covers"_s })
        root.mkpath(folder);

    qint64 before = 0;
    for (const auto &f : manifest->files) {
        const QString target = root.filePath(f.path);
        auto sha = archive->extract(f.path, target, [&](qint64 n) {
            if (progress)
                progress(before + n, total);
        });
        if (!sha)
            return refuse(sha.error().message);
        if (*sha != f.sha256)
            return refuse(QObject::tr("%1 does not match the SHA-256 in the manifest (damaged or altered).")
                              .arg(f.path));
        before += f.size;
        if (progress && !progress(before, total))
            return fail(QObject::tr("Restore cancelled; your library was not changed."));
        // Pack files are named by their content, which has to hold here too.
        if (f.path.startsWith(u"packfiles/"_s)
            && !QFileInfo(f.path).fileName().startsWith(QString::fromLatin1(f.sha256)))
            return refuse(QObject::tr("%1 is not named after its content.").arg(f.path));
        if (f.path.startsWith(u"posters/"_s) || f.path.startsWith(u"covers/"_s)) {
            const auto header = ImageHeader::readFile(target);
            if (!header || header->width > kMaxPosterSide || header->height > kMaxPosterSide) {
                staged.warnings
                    << QObject::tr("The poster %1 was left out: it is not a usable image.").arg(f.path);
                QFile::remove(target);
            }
        }
    }

    const QString db = root.filePath(QString::fromLatin1(BackupManifest::kDatabase));
    if (!SqliteFile::check(db, u"integrity_check"_s))
        return refuse(QObject::tr("its library.sqlite is not a sound SQLite database."));
    const int version = SqliteFile::userVersion(db);
    if (version != manifest->schemaVersion)
        return refuse(QObject::tr("its database has schema %1, but the manifest says %2.")
                          .arg(version)
                          .arg(manifest->schemaVersion));
    const int tables
        = SqliteFile::value(db,
                            u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                            "('dramas', 'songs', 'playlists', 'playlist_items', 'favorite_dramas', "
                            "'favorite_songs')"_s)
              .toInt();
    if (tables != 6)
        return refuse(QObject::tr("its database is not an OST Shelf library."));
    qCInfo(lcArchive) << "backup staged:" << backupPath << manifest->files.size() << "files";
    return staged;
}

Result<void> BackupRestorer::schedule(StagedBackup staged) const
{
    const QString pending = PendingRestore::folder(m_dataDir);
    // An older restore that never ran is replaced by this one.
    if (QFileInfo::exists(pending) && !QDir(pending).removeRecursively())
        return fail(Error::Kind::Io,
                    QObject::tr("Cannot replace the restore already waiting in %1.").arg(pending));
    QFile ready(QDir(staged.dir->path()).filePath(QString::fromLatin1(PendingRestore::kReadyMarker)));
    if (!ready.open(QIODevice::WriteOnly) || ready.write(staged.manifest.createdAt.toUtf8()) < 0
        || !ready.flush())
        return fail(Error::Kind::Database, QObject::tr("Cannot prepare the restore in %1.").arg(m_dataDir));
    ready.close();
    if (!QDir().rename(staged.dir->path(), pending))
        return fail(Error::Kind::Database, QObject::tr("Cannot prepare the restore in %1.").arg(pending));
    staged.dir->setAutoRemove(false);
    return {};
}

} // namespace ost
