#include "library.h"

#include "backup/backupmanifest.h"
#include "backup/backuprestorer.h"
#include "catalogupdater.h"
#include "core/logging.h"
#include "damagewatch.h"
#include "migrations.h"
#include "pendingrestore.h"
#include "salvage.h"
#include "sqlitefile.h"
#include "sqlquery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace ost {

namespace {

QString stamp()
{
    return QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss-zzz"_s);
}

// Copies src to dst through a temporary file and a rename, so dst is never half-written.
Result<void> copyAtomically(const QString &src, const QString &dst)
{
    const QString tmp = dst + u".tmp-"_s + stamp();
    if (!QFile::copy(src, tmp))
        return fail(Error::Kind::Io, QObject::tr("Cannot copy %1 to %2.").arg(src, tmp));
    QFile(tmp).setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    if (!QFile::rename(tmp, dst)) {
        QFile::remove(tmp);
        return fail(Error::Kind::Io, QObject::tr("Cannot move %1 into place.").arg(dst));
    }
    return {};
}

bool processAlive(qint64 pid)
{
    return QFileInfo::exists(u"/proc/%1"_s.arg(pid));
}

// Staging folders of a backup, restore or pack import that a crash or a kill left behind; they
// can be as large as the library. Only removed when no other process could still be using one.
void removeLeftoverStaging(const QString &dataDir)
{
    if (PendingRestore::libraryInUse(dataDir))
        return;
    const QDir data(dataDir);
    const QList<std::pair<QDir, QStringList>> places {
        { data, { u".backup-*"_s, u".restore-*"_s } },
        { QDir(data.filePath(u"packfiles"_s)),
          { u".import-*"_s } }, // PackReader stages beside the pack files
    };
    for (const auto &[dir, patterns] : places) {
        for (const QString &name :
             dir.entryList(patterns, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot)) {
            const QString path = dir.filePath(name);
            if (QFileInfo(path).isSymLink())
                continue; // never followed: removing through a link could reach anywhere
            if (QDir(path).removeRecursively())
                qCInfo(lcStorage) << "removed a staging folder left by an interrupted run:" << path;
            else
                qCWarning(lcStorage) << "could not remove the leftover staging folder" << path;
        }
    }
}

} // namespace

Library::Library(Database db, QString dataDir, QStringList notices)
    : m_db(std::move(db))
    , m_dataDir(std::move(dataDir))
    , m_notices(std::move(notices))
{
    // A marker per running process: one left by a dead process means it did not close cleanly.
    m_runMarker = QDir(m_dataDir).filePath(u".open-%1"_s.arg(QCoreApplication::applicationPid()));
    QFile marker(m_runMarker);
    if (!m_db.isReadOnly() && !marker.open(QIODevice::WriteOnly))
        m_runMarker.clear();
}

Library::~Library()
{
    if (!m_runMarker.isEmpty())
        QFile::remove(m_runMarker);
}

Library::Library(Library &&o) noexcept
    : m_db(std::move(o.m_db))
    , m_dataDir(std::move(o.m_dataDir))
    , m_notices(std::move(o.m_notices))
    , m_runMarker(std::exchange(o.m_runMarker, QString()))
{ }

Library &Library::operator=(Library &&o) noexcept
{
    m_db = o.m_db;
    m_dataDir = std::move(o.m_dataDir);
    m_notices = std::move(o.m_notices);
    m_runMarker = std::exchange(o.m_runMarker, QString());
    return *this;
}

QString Library::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
}

QString Library::defaultBundledCatalog()
{
    QString env = qEnvironmentVariable("OSTSHELF_CATALOG");
    if (!env.isEmpty())
        return env;
    return QDir(QCoreApplication::applicationDirPath()).filePath(u"../share/ostshelf/catalog.sqlite"_s);
}

QString Library::demoClipDir()
{
    return QFileInfo(defaultBundledCatalog()).absolutePath() + u"/demo"_s;
}

QStringList Library::backups() const
{
    const QDir dir(QDir(m_dataDir).filePath(u"backups"_s));
    QStringList out;
    const auto names = dir.entryList({ u"library-*.sqlite"_s }, QDir::Files, QDir::Name | QDir::Reversed);
    for (const auto &n : names)
        out << dir.filePath(n);
    return out;
}

Result<QString> Library::backup(const QString &reason)
{
    QDir dir(m_dataDir);
    if (!dir.mkpath(u"backups"_s))
        return fail(Error::Kind::Io, QObject::tr("Cannot create the backup folder in %1.").arg(m_dataDir));
    // A damaged live library must never push a good backup out of the rotation.
    {
        QSqlQuery check(m_db.connection());
        if (!check.exec(u"PRAGMA quick_check"_s) || !check.next() || check.value(0).toString() != u"ok"_s)
            return fail(
                Error::Kind::Database,
                QObject::tr(
                    "The library failed its consistency check, so no backup was made and the existing "
                    "backups were kept."));
    }
    QString target;
    for (int n = 0; target.isEmpty() || QFileInfo::exists(target); ++n)
        target = dir.filePath(u"backups/library-%1-%2-v%3-%4.sqlite"_s.arg(stamp())
                                  .arg(n)
                                  .arg(m_db.schemaVersion())
                                  .arg(reason));
    QString quoted = target;
    quoted.replace(u"'"_s, u"''"_s);
    if (auto r = m_db.exec(u"VACUUM INTO '"_s + quoted + u"'"_s); !r) {
        SqliteFile::removeWithSidecars(target);
        return fail(r.error().kind,
                    QObject::tr("The backup could not be written: %1").arg(r.error().message));
    }
    if (!SqliteFile::check(target, u"integrity_check"_s)) {
        SqliteFile::removeWithSidecars(target);
        return fail(Error::Kind::Database,
                    QObject::tr("The backup %1 failed its integrity check and was discarded.").arg(target));
    }
    // Rotate only after the new backup proved good.
    const auto all = backups();
    for (int i = kKeepBackups; i < all.size(); ++i)
        SqliteFile::removeWithSidecars(all.at(i));
    qCInfo(lcStorage) << "backup written:" << target;
    return target;
}

Result<Library> Library::open(const LibraryOptions &options)
{
    const QString dataDir = QDir::cleanPath(options.dataDir.isEmpty() ? defaultDataDir() : options.dataDir);
    const QString bundled
        = options.bundledCatalog.isEmpty() ? defaultBundledCatalog() : options.bundledCatalog;
    QStringList notices;

    QFileInfo dirInfo(dataDir);
    if (!dirInfo.exists()) {
        if (options.dataDirExplicit)
            return fail(
                Error::Kind::NotFound,
                QObject::tr(
                    "The data directory %1 does not exist. Create it first, or check that its drive is "
                    "mounted.")
                    .arg(dataDir));
        if (!QDir().mkpath(dataDir))
            return fail(Error::Kind::Io, QObject::tr("Cannot create the data directory %1.").arg(dataDir));
        dirInfo.refresh();
    }
    if (!dirInfo.isDir())
        return fail(Error::Kind::Io, QObject::tr("The data directory %1 is not a directory.").arg(dataDir));
    // access(2) says yes to root on a read-only mount, so also try to create a file.
    const QString probe = QDir(dataDir).filePath(u".write-test-%1"_s.arg(QCoreApplication::applicationPid()));
    bool writable = dirInfo.isWritable();
    if (writable) {
        QFile f(probe);
        writable = f.open(QIODevice::WriteOnly);
        f.remove();
    }
    if (!writable)
        return fail(
            Error::Kind::Io,
            QObject::tr("The data directory %1 is read-only: OST Shelf cannot save favorites or playlists "
                        "there. Make it writable or choose another one with --data-dir.")
                .arg(dataDir));
    if (!QFileInfo(bundled).isFile() || !SqliteFile::hasHeader(bundled))
        return fail(
            Error::Kind::InvalidInput,
            QObject::tr("The bundled catalog %1 is missing or damaged; reinstall OST Shelf.").arg(bundled));

    const QString path = QDir(dataDir).filePath(QString::fromLatin1(kFileName));
    auto backupsIn = [&] {
        const QDir dir(QDir(dataDir).filePath(u"backups"_s));
        QStringList out;
        for (const auto &n :
             dir.entryList({ u"library-*.sqlite"_s }, QDir::Files, QDir::Name | QDir::Reversed))
            out << dir.filePath(n);
        return out;
    };
    auto restoreLatestBackup = [&]() -> bool {
        for (const auto &b : backupsIn()) {
            if (SqliteFile::check(b, u"integrity_check"_s) && copyAtomically(b, path)) {
                notices << QObject::tr("Your library was restored from the backup of %1.")
                               .arg(QFileInfo(b).lastModified().toString(u"yyyy-MM-dd HH:mm"_s));
                return true;
            }
        }
        return false;
    };

    // Did a previous run end without closing the library?
    bool unclean = false;
    for (const auto &m : QDir(dataDir).entryList({ u".open-*"_s }, QDir::Files | QDir::Hidden)) {
        const qint64 pid = m.mid(6).toLongLong();
        if (!processAlive(pid)) {
            unclean = true;
            QFile::remove(QDir(dataDir).filePath(m));
        }
    }

    removeLeftoverStaging(dataDir);

    // A restore chosen last time (verified then, checked again now) replaces the library first.
    if (auto restored = PendingRestore::apply(dataDir, Migrations::latestVersion()); !restored)
        notices << restored.error().message;
    else if (!restored->isEmpty())
        notices << *restored;

    if (!QFileInfo::exists(path)) {
        if (!backupsIn().isEmpty()) {
            notices << QObject::tr("The library file %1 was missing.").arg(path);
            if (!restoreLatestBackup())
                return fail(Error::Kind::NotFound,
                            QObject::tr("The library file %1 is missing and no backup in %2 is usable.")
                                .arg(path, QDir(dataDir).filePath(u"backups"_s)));
        } else if (auto r = copyAtomically(bundled, path); !r) {
            return std::unexpected(r.error());
        }
    } else {
        // Damage met while the library was in use (DamageWatch) gets the full check.
        const DamageWatch::Ignore checking;
        const bool marked = DamageWatch::isMarked(path);
        const bool healthy = SqliteFile::hasHeader(path)
            && (!unclean || SqliteFile::check(path, u"quick_check"_s))
            && (!marked || SqliteFile::check(path, u"integrity_check"_s))
            && Database::open(path, Database::Mode::ReadOnly).has_value();
        Database::closeAll(path);
        if (!healthy) {
            const QString aside = path + u".corrupt-"_s + stamp();
            if (!SqliteFile::moveWithSidecars(path, aside))
                return fail(Error::Kind::Io,
                            QObject::tr("The library %1 is damaged and could not be moved aside.").arg(path));
            notices << QObject::tr("The library file was damaged; it was kept as %1.").arg(aside);
            // What can still be read is carried into a new library from the catalog; the newest
            // good backup replaces it only when nothing could be read.
            if (auto r = copyAtomically(bundled, path); !r)
                return std::unexpected(r.error());
            auto fresh = Database::open(path);
            auto report = fresh ? Salvage::recover(aside, *fresh)
                                : Result<Salvage::Report>(std::unexpected(fresh.error()));
            Database::closeAll(path);
            if (!report || report->tables.isEmpty()) {
                if (!report)
                    qCWarning(lcStorage) << "salvage failed:" << report.error().message;
                SqliteFile::removeWithSidecars(path);
                if (!restoreLatestBackup()) {
                    if (auto r = copyAtomically(bundled, path); !r)
                        return std::unexpected(r.error());
                    notices << QObject::tr(
                        "Nothing could be read from it. No usable backup was found, so a new library was "
                        "started from the catalog.");
                }
            } else {
                notices << (report->lostAny()
                                ? QObject::tr("Recovered from the damaged library: %1. Some rows stood on "
                                              "unreadable parts of the file and are lost.")
                                : QObject::tr("Recovered from the damaged library: %1. Nothing was lost."))
                               .arg(report->userSummary());
                const auto salvaged = Salvage::userRows(path);
                for (const auto &b : backupsIn()) {
                    if (!SqliteFile::check(b, u"integrity_check"_s))
                        continue;
                    const auto inBackup = Salvage::userRows(b);
                    if (salvaged && inBackup && *inBackup > *salvaged)
                        notices << QObject::tr(
                                       "The safety copy %1 holds more of your own entries (%2 against %3 "
                                       "recovered). To use it instead, quit OST Shelf and copy it over %4; "
                                       "File → Restore from backup… restores a daily backup.")
                                       .arg(b)
                                       .arg(*inBackup)
                                       .arg(*salvaged)
                                       .arg(path);
                    break; // the newest good one
                }
                // And the newest automatic backup that reads back whole and verified.
                const QDir autoDir(QDir(dataDir).filePath(u"backups"_s));
                for (const QString &name :
                     autoDir.entryList({ u"auto-*.ostbackup"_s }, QDir::Files, QDir::Name | QDir::Reversed)) {
                    const auto staged = BackupRestorer(dataDir).stage(autoDir.filePath(name));
                    if (!staged)
                        continue; // damaged too: the one before it
                    const auto inBackup = Salvage::userRows(
                        QDir(staged->dir->path()).filePath(QString::fromLatin1(BackupManifest::kDatabase)));
                    if (salvaged && inBackup && *inBackup > *salvaged)
                        notices << QObject::tr("The automatic backup %1 holds more of your own entries (%2 "
                                               "against %3 recovered). To use it instead, choose File → "
                                               "Restore from backup… and open it.")
                                       .arg(autoDir.filePath(name))
                                       .arg(*inBackup)
                                       .arg(*salvaged);
                    break;
                }
            }
        }
        DamageWatch::clearMark(path);
    }

    auto db = Database::open(path);
    if (!db)
        return std::unexpected(db.error());
    const int version = db->schemaVersion();
    const int latest = Migrations::latestVersion();
    if (version > latest) {
        Database::closeAll(path);
        auto ro = Database::open(path, Database::Mode::ReadOnly);
        if (!ro)
            return std::unexpected(ro.error());
        notices << QObject::tr(
                       "This library was written by a newer version of OST Shelf (schema %1; this version "
                       "knows %2). It is open read-only so nothing in it is changed.")
                       .arg(version)
                       .arg(latest);
        return Library(*ro, dataDir, notices);
    }

    Library lib(*db, dataDir, notices);
    if (version < latest) {
        // Migrating without a verified backup is never done.
        auto b = lib.backup(u"before-migration"_s);
        if (!b)
            return std::unexpected(b.error());
        if (auto r = Migrations::apply(lib.m_db); !r)
            return fail(r.error().kind,
                        QObject::tr("The library could not be upgraded and was left as it was: %1")
                            .arg(r.error().message));
        lib.m_notices << QObject::tr("The library was upgraded to schema %1; a backup was kept at %2.")
                             .arg(latest)
                             .arg(*b);
    }
    auto updated = CatalogUpdater::updateIfNeeded(lib.m_db, bundled,
                                                  [&lib] { return lib.backup(u"before-catalog-update"_s); });
    if (!updated)
        return std::unexpected(updated.error());
    if (*updated)
        lib.m_notices << QObject::tr("The catalog was updated; your favorites and playlists were kept.");
    return lib;
}

} // namespace ost
