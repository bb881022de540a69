#pragma once

#include <QString>
#include <QVariant>

namespace ost {

// Checks on a SQLite file that is not (or not yet) the open library: a backup being written or
// restored, a library found after a crash. Each check uses its own short-lived connection.
namespace SqliteFile {

bool hasHeader(const QString &path);
// PRAGMA quick_check or integrity_check answered "ok".
bool check(const QString &path, const QString &pragma);
int userVersion(const QString &path); // -1 when unreadable
// The first column of the first row of sql, or an invalid QVariant.
QVariant value(const QString &path, const QString &sql);
// Moves a database with its -wal and -shm files; false when the main file did not move.
bool moveWithSidecars(const QString &from, const QString &to);
void removeWithSidecars(const QString &path);

} // namespace SqliteFile

} // namespace ost
