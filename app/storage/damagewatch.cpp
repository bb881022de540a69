#include "damagewatch.h"

#include "core/logging.h"

#include <QFile>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>

#include <atomic>

namespace ost {

namespace {

QMutex g_mutex;
DamageWatch::Handler g_handler;
QSet<QString> g_reported;
std::atomic<int> g_reportedCount { 0 }; // g_reported's size, read without the lock
thread_local int t_ignoring = 0;

} // namespace

bool DamageWatch::isDamage(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    if (!ok)
        return false;
    switch (code & 0xff) { // primary result code
    case 10: // SQLITE_IOERR
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return true;
    default: return false;
    }
}

bool DamageWatch::check(const QSqlDatabase &db, const QSqlError &error)
{
    if (!isDamage(error))
        return false;
    if (t_ignoring > 0)
        return true;
    const QString path = db.databaseName();
    if (path.isEmpty() || path == u":memory:")
        return true;
    Handler handler;
    {
        QMutexLocker lock(&g_mutex);
        if (g_reported.contains(path))
            return true;
        g_reported.insert(path);
        g_reportedCount = int(g_reported.size());
        handler = g_handler;
    }
    QFile marker(markerPath(path));
    if (marker.open(QIODevice::WriteOnly | QIODevice::Truncate))
        marker.write(error.text().toUtf8() + '\n');
    qCWarning(lcStorage) << "the library file is damaged:" << path << error.text();
    if (handler)
        handler(path, error.text());
    return true;
}

DamageWatch::Ignore::Ignore()
{
    ++t_ignoring;
}

DamageWatch::Ignore::~Ignore()
{
    --t_ignoring;
}

QString DamageWatch::markerPath(const QString &databasePath)
{
    return databasePath + QStringLiteral(".damaged");
}

bool DamageWatch::isMarked(const QString &databasePath)
{
    return QFile::exists(markerPath(databasePath));
}

void DamageWatch::clearMark(const QString &databasePath)
{
    QFile::remove(markerPath(databasePath));
    QMutexLocker lock(&g_mutex);
    g_reported.remove(databasePath);
    g_reportedCount = int(g_reported.size());
}

bool DamageWatch::isStopped(const QSqlDatabase &db)
{
    if (g_reportedCount.load(std::memory_order_relaxed) == 0 || t_ignoring > 0)
        return false;
    const QString path = db.databaseName();
    QMutexLocker lock(&g_mutex);
    return g_reported.contains(path);
}

QString DamageWatch::refusal()
{
    return QObject::tr("The library file is damaged, so OST Shelf no longer reads or writes it; it is "
                       "checked and repaired when OST Shelf starts again.");
}

void DamageWatch::setHandler(Handler handler)
{
    QMutexLocker lock(&g_mutex);
    g_handler = std::move(handler);
}

} // namespace ost
