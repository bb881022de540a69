#pragma once

#include <QString>
#include <QtGlobal>

#include <functional>

class QSqlDatabase;
class QSqlError;

namespace ost {

// Notices a damaged library while it is in use, not only when it is opened. Every failed
// statement passes through check() (runQuery does it); an answer of SQLite that means the
// file itself is damaged ("database disk image is malformed", "file is not a database", an
// I/O error) leaves a marker beside the file, so the next open checks the whole file and
// salvages it (Library::open), and tells the handler once, so the app can say so and restart.
class DamageWatch
{
public:
    // SQLITE_CORRUPT, SQLITE_NOTADB and SQLITE_IOERR (any extended code of theirs).
    static bool isDamage(const QSqlError &error);
    // Marks the file of db when error is damage; true when it was.
    static bool check(const QSqlDatabase &db, const QSqlError &error);

    // Once damage was met in a file, this process stops using it: every later statement on it
    // is refused with refusal() (runQuery and Database::exec ask), so nothing more is read from
    // a damaged file or written into it until the next open checks and salvages it. Not while
    // an Ignore lives.
    static bool isStopped(const QSqlDatabase &db);
    static QString refusal();

    static QString markerPath(const QString &databasePath); // databasePath + ".damaged"
    static bool isMarked(const QString &databasePath);
    static void clearMark(const QString &databasePath);

    // While one lives, this thread's checks only answer (no marker, no handler): for reading a
    // file already known to be damaged, when it is checked at open and salvaged.
    class Ignore
    {
    public:
        Ignore();
        ~Ignore();
        Q_DISABLE_COPY_MOVE(Ignore)
    };

    // Called once per file and process, from the thread that met the damage.
    using Handler = std::function<void(const QString &databasePath, const QString &message)>;
    static void setHandler(Handler handler);
};

} // namespace ost
