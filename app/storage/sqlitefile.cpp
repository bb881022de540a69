#include "sqlitefile.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ost::SqliteFile {

namespace {

QVariant scalarOf(const QString &path, const QString &sql)
{
    QVariant value;
    const QString name = u"ostshelf-check-"_s + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

} // namespace

QVariant value(const QString &path, const QString &sql)
{
    return hasHeader(path) ? scalarOf(path, sql) : QVariant();
}

bool hasHeader(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.read(16) == QByteArrayView("SQLite format 3\0", 16);
}

bool check(const QString &path, const QString &pragma)
{
    return hasHeader(path) && scalarOf(path, u"PRAGMA "_s + pragma).toString() == u"ok"_s;
}

int userVersion(const QString &path)
{
    if (!hasHeader(path))
        return -1;
    const QVariant v = scalarOf(path, u"PRAGMA user_version"_s);
    return v.isValid() ? v.toInt() : -1;
}

bool moveWithSidecars(const QString &from, const QString &to)
{
    if (!QFile::rename(from, to))
        return false;
    for (const auto &s : { u"-wal"_s, u"-shm"_s })
        if (QFile::exists(from + s))
            QFile::rename(from + s, to + s);
    return true;
}

void removeWithSidecars(const QString &path)
{
    QFile::remove(path);
    QFile::remove(path + u"-wal"_s);
    QFile::remove(path + u"-shm"_s);
}

} // namespace ost::SqliteFile
