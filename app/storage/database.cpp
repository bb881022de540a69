#include "database.h"

#include "core/logging.h"
#include "damagewatch.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

using namespace Qt::StringLiterals;

namespace ost {

namespace {

QMutex s_namesMutex;
QStringList s_names; // every connection name we opened, to close them by path

QString connectionName(const QString &path)
{
    return u"ostshelf:"_s + path + u":"_s
        + QString::number(reinterpret_cast<quintptr>(QThread::currentThread()), 16);
}

} // namespace

Database::Database(QString path, Mode mode)
    : m_path(std::move(path))
    , m_mode(mode)
{ }

Result<QSqlDatabase> Database::openConnection(const QString &path, Mode mode, bool create)
{
    const QString name = connectionName(path);
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
    }
    if (!create && !QFileInfo(path).isFile())
        return fail(Error::Kind::NotFound, QObject::tr("The database file %1 does not exist.").arg(path));

    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(path);
    QString options = u"QSQLITE_BUSY_TIMEOUT=5000"_s;
    if (mode == Mode::ReadOnly)
        options += u";QSQLITE_OPEN_READONLY"_s;
    db.setConnectOptions(options);
    if (!db.open()) {
        const QString why = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return fail(Error::Kind::Database, QObject::tr("Cannot open the database %1: %2").arg(path, why));
    }
    {
        QMutexLocker lock(&s_namesMutex);
        s_names.append(name);
    }
    QSqlQuery q(db);
    const QStringList pragmas = mode == Mode::ReadOnly
        ? QStringList { u"PRAGMA foreign_keys = ON"_s, u"PRAGMA query_only = ON"_s }
        : QStringList { u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = FULL"_s,
                        u"PRAGMA foreign_keys = ON"_s };
    for (const QString &p : pragmas) {
        if (!q.exec(p)) {
            const QString why = q.lastError().text();
            return fail(Error::Kind::Database,
                        QObject::tr("Cannot configure the database %1 (%2): %3").arg(path, p, why));
        }
    }
    // When a thread ends, its connection goes with it.
    if (QThread *t = QThread::currentThread();
        QCoreApplication::instance() != nullptr && t != QCoreApplication::instance()->thread()) {
        QObject::connect(
            t, &QThread::finished, t,
            [name] {
                {
                    QSqlDatabase d = QSqlDatabase::database(name, false);
                    d.close();
                }
                QSqlDatabase::removeDatabase(name);
            },
            Qt::DirectConnection);
    }
    return db;
}

Result<Database> Database::open(const QString &path, Mode mode)
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    auto c = openConnection(abs, mode, false);
    if (!c)
        return std::unexpected(c.error());
    QSqlQuery q(*c);
    // Reading the schema proves it is a SQLite database, not just any file.
    if (!q.exec(u"SELECT count(*) FROM sqlite_master"_s))
        return fail(
            Error::Kind::InvalidInput,
            QObject::tr("%1 is not a readable OST Shelf database: %2").arg(abs, q.lastError().text()));
    return Database(abs, mode);
}

Result<Database> Database::create(const QString &path)
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    if (QFileInfo::exists(abs))
        return fail(Error::Kind::InvalidInput,
                    QObject::tr("Refusing to create %1: the file already exists.").arg(abs));
    auto c = openConnection(abs, Mode::ReadWrite, true);
    if (!c)
        return std::unexpected(c.error());
    return Database(abs, Mode::ReadWrite);
}

QSqlDatabase Database::connection() const
{
    auto c = openConnection(m_path, m_mode, false);
    if (!c) {
        qCWarning(lcStorage) << c.error().message;
        return {};
    }
    return *c;
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(u"PRAGMA user_version"_s) && q.next())
        return q.value(0).toInt();
    return -1;
}

Result<void> Database::exec(const QString &sql) const
{
    const QSqlDatabase c = connection();
    if (DamageWatch::isStopped(c))
        return fail(Error::Kind::Database, DamageWatch::refusal());
    QSqlQuery q(c);
    if (!q.exec(sql)) {
        DamageWatch::check(c, q.lastError());
        return fail(Error::Kind::Database,
                    QObject::tr("Database error in \"%1\": %2").arg(sql.left(80), q.lastError().text()));
    }
    return {};
}

Result<void> Database::runScript(const QString &script) const
{
    // Our scripts keep statements apart with ';' at line ends and hold no ';' inside strings.
    QString statement;
    const auto lines = script.split(u'\n');
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(u"--"_s))
            continue;
        statement += line + u'\n';
        if (trimmed.endsWith(u';')) {
            if (auto r = exec(statement.trimmed()); !r)
                return r;
            statement.clear();
        }
    }
    if (!statement.trimmed().isEmpty())
        return exec(statement.trimmed());
    return {};
}

void Database::closeAll(const QString &path)
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    QMutexLocker lock(&s_namesMutex);
    const QString prefix = u"ostshelf:"_s + abs + u":"_s;
    for (auto it = s_names.begin(); it != s_names.end();) {
        if (it->startsWith(prefix)) {
            {
                QSqlDatabase d = QSqlDatabase::database(*it, false);
                d.close();
            }
            QSqlDatabase::removeDatabase(*it);
            it = s_names.erase(it);
        } else {
            ++it;
        }
    }
}

} // namespace ost
