#pragma once

#include "database.h"

namespace ost {

// Numbered .sql files embedded as resources (:/ostshelf/migrations/NNN_name.sql).
class Migrations
{
public:
    static int latestVersion();
    // Applies every migration above the database's user_version in one transaction.
    static Result<void> apply(const Database &db);
};

} // namespace ost
