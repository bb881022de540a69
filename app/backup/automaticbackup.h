#pragma once

#include "core/error.h"

#include <optional>

namespace ost {

class Database;

// The daily automatic backup, made the same way by the app (at start) and by ostshelf-cli
// (before a command that changes the library): on unless the user turned it off, at most one
// a day, the newest keep() kept. Settings: backup/automatic and backup/keep.
class AutomaticBackup
{
public:
    static bool enabled();
    static void setEnabled(bool on);
    static int keep(); // 1 to 100
    static void setKeep(int count);

    // Writes one when it is due: the path written, or nothing when none was due (or they are
    // off, or the library is open read-only).
    static Result<std::optional<QString>> runIfDue(const Database &db, const QString &dataDir);
};

} // namespace ost
