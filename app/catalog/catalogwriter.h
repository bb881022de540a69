#pragma once

#include "catalogdata.h"
#include "storage/database.h"

namespace ost {

// Writes catalog data into a database by stable id (insert or update), in one transaction.
// origin tags the rows: "bundled", "generated", "pack".
class CatalogWriter
{
public:
    static Result<void> write(const Database &db, const CatalogData &data, const QString &origin);
    // The same inside the caller's transaction.
    static Result<void> writeRows(const QSqlDatabase &c, const CatalogData &data, const QString &origin);
};

} // namespace ost
