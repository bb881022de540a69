#include "backupwriter.h"

#include "core/logging.h"
#include "playlists/playlistexporter.h"
#include "repositories/playlistrepository.h"
#include "storage/sqlitefile.h"
#include "storage/sqlquery.h"

#include <KCompressionDevice>
#include <KTar>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cerrno>
#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

namespace ost {

namespace {

struct Source
{
    QString archivePath;
    QString diskPath;
};

Result<QByteArray> sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(Error::Kind::Io, QObject::tr("Cannot read %1: %2").arg(path, f.errorString()));
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (!h.addData(&f))
        return fail(Error::Kind::Io, QObject::tr("Cannot read %1: %2").arg(path, f.errorString()));
    return h.result().toHex();
}

int count(const Database &db, const QString &sql)
{
    auto q = runQuery(db.connection(), sql);
    return q && q->next() ? q->value(0).toInt() : 0;
}

// Reads the snapshot, never the live library, so counts, playlists and the file list agree.
Result<BackupManifest::Counts> countsOf(const Database &db)
{
    BackupManifest::Counts c;
    c.playlists = count(db, u"SELECT count(*) FROM playlists WHERE deleted_at IS NULL"_s);
    c.playlistItems = count(db, u"SELECT count(*) FROM playlist_items"_s);
    c.favoriteDramas = count(db, u"SELECT count(*) FROM favorite_dramas"_s);
    c.favoriteSongs = count(db, u"SELECT count(*) FROM favorite_songs"_s);
    c.customPosters = count(db, u"SELECT count(*) FROM custom_posters"_s);
    c.localFiles = count(db, u"SELECT count(*) FROM local_files"_s);
    c.packFiles = count(db, u"SELECT count(*) FROM pack_files"_s);
    return c;
}

QStringList column(const Database &db, const QString &sql)
{
    QStringList out;
    if (auto q = runQuery(db.connection(), sql))
        while (q->next())
            out << q->value(0).toString();
    return out;
}

} // namespace

BackupWriter::BackupWriter(Database db, QString dataDir)
    : m_db(std::move(db))
    , m_dataDir(std::move(dataDir))
{ }

QString BackupWriter::playlistFileName(int index, const QString &name)
{
    static const QRegularExpression unsafe(u"[/\\\\:*?\"<>|\\x00-\\x1f]"_s);
    QString safe = name;
    safe.replace(unsafe, u"_"_s);
    safe = safe.trimmed().left(100);
    while (safe.startsWith(u'.'))
        safe.remove(0, 1);
    return u"playlists/%1 %2.m3u8"_s.arg(index, 3, 10, QLatin1Char('0'))
        .arg(safe.isEmpty() ? u"playlist"_s : safe);
}

Result<BackupManifest> BackupWriter::write(const QString &target, Compression compression,
                                           const PackProgress &progress) const
{
    m_warnings.clear();
    // The snapshot is taken beside the library, where there is room for it.
    QTemporaryDir staging(QDir(m_dataDir).filePath(u".backup-XXXXXX"_s));
    if (!staging.isValid())
        return fail(
            Error::Kind::Io,
            QObject::tr("Cannot create a temporary folder in %1: %2").arg(m_dataDir, staging.errorString()));
    const QString snapshot = staging.filePath(QString::fromLatin1(BackupManifest::kDatabase));
    QString quoted = snapshot;
    quoted.replace(u"'"_s, u"''"_s);
    // A library from a newer version is open read-only, and its query_only also refuses
    // VACUUM INTO. The file itself is opened read-only, so lifting query_only for this one
    // statement still cannot change it.
    const bool readOnly = m_db.isReadOnly();
    if (readOnly)
        if (auto lifted = m_db.exec(u"PRAGMA query_only = OFF"_s); !lifted)
            return std::unexpected(lifted.error());
    auto snapshotted = m_db.exec(u"VACUUM INTO '"_s + quoted + u"'"_s);
    // A library that stayed writable after this would be worse than a backup not written.
    if (readOnly)
        if (auto restored = m_db.exec(u"PRAGMA query_only = ON"_s); !restored)
            return std::unexpected(restored.error());
    if (!snapshotted)
        return fail(snapshotted.error().kind,
                    QObject::tr("The library could not be copied for the backup: %1")
                        .arg(snapshotted.error().message));
    if (!SqliteFile::check(snapshot, u"quick_check"_s))
        return fail(
            Error::Kind::Database,
            QObject::tr("The copy of the library failed its consistency check; no backup was written."));

    BackupManifest manifest;
    manifest.createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    manifest.generator = QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion();
    QList<Source> sources { { QString::fromLatin1(BackupManifest::kDatabase), snapshot } };
    {
        auto snap = Database::open(snapshot, Database::Mode::ReadOnly);
        if (!snap)
            return fail(snap.error().kind,
                        QObject::tr("The copy of the library cannot be read: %1").arg(snap.error().message));
        manifest.schemaVersion = snap->schemaVersion();
        manifest.counts = *countsOf(*snap);

        PlaylistRepository playlists(*snap);
        auto list = playlists.list();
        if (!list)
            return std::unexpected(list.error());
        QDir(staging.path()).mkpath(u"playlists"_s);
        int index = 1;
        for (const auto &pl : *list) {
            auto ids = playlists.songIds(pl.id);
            auto entries
                = ids ? PlaylistExporter::entriesFor(*snap, *ids) : Result<QList<PlaylistExporter::Entry>>();
            if (!ids || !entries)
                return fail(
                    Error::Kind::Database,
                    QObject::tr("The playlist \"%1\" could not be read for the backup.").arg(pl.name));
            const QString name = playlistFileName(index++, pl.name);
            const QString path = staging.filePath(name);
            if (auto r = PlaylistExporter::write(path, pl.name, *entries); !r)
                return std::unexpected(r.error());
            sources << Source { name, path };
        }
        // Only files the snapshot refers to: a leftover in the folder is not part of the library.
        const QDir data(m_dataDir);
        for (const auto &[folder, sql] :
             { std::pair { u"posters"_s, u"SELECT DISTINCT file_name FROM custom_posters"_s },
               std::pair { u"packfiles"_s, u"SELECT DISTINCT file_name FROM pack_files"_s },
               // covers embedded in the user's files (a cover beside the files stays with them)
               std::pair {
                   u"covers"_s,
                   u"SELECT DISTINCT substr(path, 8) FROM file_covers WHERE path LIKE 'covers/%'"_s } }) {
            for (const auto &name : column(*snap, sql)) {
                const QString archivePath = folder + u'/' + name;
                const QString disk = data.filePath(archivePath);
                if (!BackupManifest::isValidPath(archivePath) || !QFileInfo(disk).isFile()) {
                    m_warnings << QObject::tr("%1 is missing from %2 and was left out of the backup.")
                                      .arg(name, folder);
                    continue;
                }
                sources << Source { archivePath, disk };
            }
        }
        Database::closeAll(snapshot);
    }

    qint64 total = 0;
    for (const auto &s : sources) {
        auto sha = sha256Of(s.diskPath);
        if (!sha)
            return std::unexpected(sha.error());
        const qint64 size = QFileInfo(s.diskPath).size();
        manifest.files << BackupManifest::File { s.archivePath, size, *sha };
        total += size;
    }

    const QString part = target + u".part"_s;
    QFile::remove(part);
    Result<BackupManifest> result = manifest;
    {
        auto *file = new QFile(part);
        KCompressionDevice device(
            file, true, compression == Compression::Xz ? KCompressionDevice::Xz : KCompressionDevice::Zstd);
        KTar tar(&device);
        if (!tar.open(QIODevice::WriteOnly))
            return fail(Error::Kind::Io, QObject::tr("Cannot write %1: %2").arg(target, tar.errorString()));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QByteArray json = manifest.toJson();
        if (!tar.writeFile(u"manifest.json"_s, json, 0100644, QString(), QString(), now, now, now))
            result = fail(Error::Kind::Io, QObject::tr("Cannot write %1: %2").arg(target, tar.errorString()));
        QByteArray buf(256 * 1024, Qt::Uninitialized);
        qint64 done = 0;
        for (qsizetype i = 0; result && i < manifest.files.size(); ++i) {
            const auto &f = manifest.files.at(i);
            QFile in(sources.at(i).diskPath);
            if (!in.open(QIODevice::ReadOnly)
                || !tar.prepareWriting(f.path, QString(), QString(), f.size, 0100644, now, now, now)) {
                result = fail(Error::Kind::Io,
                              QObject::tr("Cannot copy %1 into the backup.").arg(sources.at(i).diskPath));
                break;
            }
            QCryptographicHash hash(QCryptographicHash::Sha256);
            qint64 copied = 0;
            while (copied < f.size) {
                const qint64 n = in.read(buf.data(), std::min<qint64>(buf.size(), f.size - copied));
                if (n <= 0 || !tar.writeData(buf.constData(), n))
                    break;
                hash.addData(QByteArrayView(buf.constData(), n));
                copied += n;
                done += n;
            }
            // A poster replaced while the backup ran would not match its manifest line.
            if (!tar.finishWriting(f.size) || copied != f.size || hash.result().toHex() != f.sha256) {
                result
                    = fail(Error::Kind::Io,
                           QObject::tr("%1 changed or could not be read while it was backed up; try again.")
                               .arg(f.path));
                break;
            }
            if (progress && !progress(done, total)) {
                result = fail(QObject::tr("Backup cancelled; no backup was written."));
                break;
            }
        }
        if (!tar.close() && result)
            result = fail(Error::Kind::Io, QObject::tr("Cannot write %1: %2").arg(target, tar.errorString()));
        if (device.error() != QFileDevice::NoError && result)
            result = fail(Error::Kind::Io, QObject::tr("Cannot write %1: the disk may be full.").arg(target));
    }
    if (!result) {
        QFile::remove(part);
        return result;
    }
    // rename(2) replaces an older file of that name in one step.
    if (std::rename(QFile::encodeName(part).constData(), QFile::encodeName(target).constData()) != 0) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        QFile::remove(part);
        return fail(Error::Kind::Io,
                    QObject::tr("Cannot move the backup into place at %1: %2").arg(target, why));
    }
    qCInfo(lcArchive) << "backup written:" << target << manifest.files.size() << "files";
    return result;
}

} // namespace ost
