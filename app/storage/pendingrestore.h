#pragma once

#include "core/error.h"

#include <QString>

namespace ost {

// A verified backup waiting in <data dir>/restore-pending/ to replace the library. It is put
// in place when the library is next opened and no other OST Shelf process has it open: the
// live database (with its -wal and -shm), posters and pack files move aside into
// <data dir>/before-restore-<time>/, then the restored ones are renamed in, the database last.
// Each piece moves only while it is still pending, so an interrupted restore resumes; the
// aside folder's name is noted in the pending folder before anything moves, so a resumed
// restore keeps everything it replaced in that one folder.
namespace PendingRestore {

constexpr const char *kFolder = "restore-pending";
constexpr const char *kReadyMarker = "READY"; // written last when staging is complete
constexpr const char *kAsideNote = "ASIDE"; // the before-restore-* folder of this restore

QString folder(const QString &dataDir);
bool exists(const QString &dataDir);
// Another running process (an open window, another CLI) has this library open.
bool libraryInUse(const QString &dataDir);
// The aside folder an interrupted restore already chose; empty if none was noted.
QString asideFolder(const QString &dataDir);
// Empty when there was nothing to do; otherwise what happened, in words for the user.
Result<QString> apply(const QString &dataDir, int latestSchema);

} // namespace PendingRestore

} // namespace ost
