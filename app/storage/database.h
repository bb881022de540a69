#pragma once

#include "core/error.h"

#include <QSqlDatabase>
#include <QString>

namespace ost {

// A SQLite database file with one connection per thread (QSqlDatabase handles are
// thread-bound). Every connection gets WAL, synchronous=FULL and foreign keys.
class Database
{
public:
    enum class Mode { ReadWrite, ReadOnly };

    // Opens an existing file; never creates one (QSQLITE would silently create it).
    static Result<Database> open(const QString &path, Mode mode = Mode::ReadWrite);
    // Creates a new, empty database file at path (which must not exist yet).
    static Result<Database> create(const QString &path);

    QSqlDatabase connection() const; // for the calling thread, opened on first use
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }

    int schemaVersion() const;
    Result<void> exec(const QString &sql) const; // one statement
    Result<void> runScript(const QString &script) const; // several ';'-separated statements

    // Closes every thread's connection to path (needed before moving or replacing the file);
    // a thread that uses the path again afterwards opens a new one.
    static void closeAll(const QString &path);

private:
    Database(QString path, Mode mode);
    static Result<QSqlDatabase> openConnection(const QString &path, Mode mode, bool create);

    QString m_path;
    Mode m_mode = Mode::ReadWrite;
};

} // namespace ost
