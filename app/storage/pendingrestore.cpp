#include "pendingrestore.h"

#include "core/logging.h"
#include "database.h"
#include "sqlitefile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>

using namespace Qt::StringLiterals;

namespace ost::PendingRestore {

namespace {

// A rename is durable only once the folders it changed are synced: without this a power
// cut right after the swap could bring back either half of it.
void syncFolders(std::initializer_list<QString> folders)
{
    for (const QString &path : folders) {
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (fd < 0 || ::fsync(fd) != 0)
            qCWarning(lcStorage) << "cannot sync the folder" << path
                                 << "after the restore swap:" << qt_error_string(errno);
        if (fd >= 0)
            ::close(fd);
    }
}

} // namespace

QString folder(const QString &dataDir)
{
    return QDir(dataDir).filePath(QString::fromLatin1(kFolder));
}

bool exists(const QString &dataDir)
{
    return QFileInfo(folder(dataDir)).isDir();
}

bool libraryInUse(const QString &dataDir)
{
    const qint64 self = QCoreApplication::applicationPid();
    for (const auto &m : QDir(dataDir).entryList({ u".open-*"_s }, QDir::Files | QDir::Hidden)) {
        const qint64 pid = m.mid(6).toLongLong();
        if (pid != self && QFileInfo::exists(u"/proc/%1"_s.arg(pid)))
            return true;
    }
    return false;
}

QString asideFolder(const QString &dataDir)
{
    QFile note(QDir(folder(dataDir)).filePath(QString::fromLatin1(kAsideNote)));
    if (!note.open(QIODevice::ReadOnly))
        return {};
    const QString name = QString::fromUtf8(note.read(256)).trimmed();
    // Only a plain folder name of ours, whatever the file says.
    if (!name.startsWith(u"before-restore-"_s) || name.contains(u'/') || name.contains(u'\\')
        || name.contains(u".."_s))
        return {};
    return QDir(dataDir).filePath(name);
}

Result<QString> apply(const QString &dataDir, int latestSchema)
{
    const QDir data(dataDir);
    QDir pending(folder(dataDir));
    if (!pending.exists())
        return QString();
    if (!QFileInfo::exists(pending.filePath(QString::fromLatin1(kReadyMarker)))) {
        // Staging was interrupted before it finished: it never was a restore.
        QDir(pending).removeRecursively();
        return QString();
    }
    if (libraryInUse(dataDir))
        return QObject::tr(
            "A restored library is waiting to be put in place when OST Shelf is closed everywhere.");

    const QString db = QString::fromLatin1("library.sqlite");
    const bool dbPending = QFileInfo::exists(pending.filePath(db));
    if (dbPending) {
        const int version = SqliteFile::userVersion(pending.filePath(db));
        if (!SqliteFile::check(pending.filePath(db), u"quick_check"_s) || version < 1
            || version > latestSchema) {
            pending.removeRecursively();
            return fail(
                Error::Kind::InvalidInput,
                QObject::tr(
                    "The waiting restore was damaged and was discarded; your library was not changed."));
        }
    }

    QString aside = asideFolder(dataDir);
    if (aside.isEmpty()) {
        const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
        aside = data.filePath(u"before-restore-"_s + stamp);
        for (int n = 2; QFileInfo::exists(aside); ++n)
            aside = data.filePath(u"before-restore-%1-%2"_s.arg(stamp).arg(n));
        QSaveFile note(pending.filePath(QString::fromLatin1(kAsideNote)));
        if (!note.open(QIODevice::WriteOnly) || note.write(QFileInfo(aside).fileName().toUtf8()) < 0
            || !note.commit())
            return fail(Error::Kind::Io,
                        QObject::tr("Cannot write to %1; nothing was restored.").arg(pending.path()));
    }
    if (!QDir().mkpath(aside))
        return fail(
            Error::Kind::Io,
            QObject::tr("Cannot create %1 to keep the current library; nothing was restored.").arg(aside));

    for (const auto &part : { u"posters"_s, u"packfiles"_s, u"covers"_s }) {
        if (!QFileInfo(pending.filePath(part)).isDir())
            continue;
        if (QFileInfo::exists(data.filePath(part))
            && !QDir().rename(data.filePath(part), QDir(aside).filePath(part)))
            return fail(Error::Kind::Io,
                        QObject::tr("Cannot move %1 aside; the restore waits for the next start.")
                            .arg(data.filePath(part)));
        if (!QDir().rename(pending.filePath(part), data.filePath(part)))
            return fail(Error::Kind::Io, QObject::tr("Cannot move the restored %1 into place.").arg(part));
        syncFolders({ data.path(), aside, pending.path() });
    }
    if (dbPending) {
        const QString live = data.filePath(db);
        const QString kept = QDir(aside).filePath(db);
        Database::closeAll(live); // this thread's connections would follow the old file
        if (QFileInfo::exists(live) && !SqliteFile::moveWithSidecars(live, kept))
            return fail(Error::Kind::Io,
                        QObject::tr("Cannot move %1 aside; the restore waits for the next start.").arg(live));
        if (!QFile::rename(pending.filePath(db), live)) {
            SqliteFile::moveWithSidecars(kept, live);
            return fail(
                Error::Kind::Io,
                QObject::tr("Cannot move the restored library into place; your library was left as it was."));
        }
        syncFolders({ data.path(), aside, pending.path() });
    }
    QString made;
    {
        QFile ready(pending.filePath(QString::fromLatin1(kReadyMarker)));
        if (ready.open(QIODevice::ReadOnly))
            made = QString::fromUtf8(ready.readAll()).trimmed();
    }
    pending.removeRecursively();
    if (QDir(aside).isEmpty()) { // there was no library before (a restore into a new data folder)
        QDir().rmdir(aside);
        aside.clear();
    }
    if (const QDateTime t = QDateTime::fromString(made, Qt::ISODate); t.isValid())
        made = t.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
    if (aside.isEmpty())
        return QObject::tr("Your library was restored from the backup of %1.").arg(made);
    qCInfo(lcStorage) << "restore applied; previous library kept in" << aside;
    return made.isEmpty()
        ? QObject::tr("Your library was restored from a backup; the one it replaced was kept in %1.")
              .arg(aside)
        : QObject::tr("Your library was restored from the backup of %1; the one it replaced was kept in %2.")
              .arg(made, aside);
}

} // namespace ost::PendingRestore
