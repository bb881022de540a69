#pragma once

#include "database.h"

#include <functional>

namespace ost {

// Brings a user database's catalog up to the bundled catalog of this app version. Rows are
// matched by stable id, added or updated, and retired (never deleted) when the bundled catalog
// dropped them, so user data that points at them stays valid.
class CatalogUpdater
{
public:
    // Returns true when it changed something. makeBackup runs first and must succeed.
    static Result<bool> updateIfNeeded(const Database &db, const QString &bundledPath,
                                       const std::function<Result<QString>()> &makeBackup);
    static Result<QString> catalogVersion(const Database &db);
};

} // namespace ost
