#pragma once

#include "packimportplan.h"
#include "packprogress.h"
#include "storage/database.h"

namespace ost {

// Imports a staged pack into a library: plan() compares it with the library by stable id,
// apply() moves the new files into <data dir>/packfiles/ (content-named: nothing is written
// over) and writes the added and updated rows and file records in one transaction. A failure
// leaves the database as it was and removes the files this import added.
class PackImporter
{
public:
    PackImporter(Database db, QString dataDir);

    Result<PackImportPlan> plan(const StagedPack &pack) const;
    Result<void> apply(const PackImportPlan &plan) const;
    // Reads, plans and (unless dryRun) applies: the CLI and tests.
    Result<PackImportPlan> importFile(const QString &packPath, bool dryRun,
                                      const PackProgress &progress = {}) const;

private:
    Database m_db;
    QString m_dataDir;
};

} // namespace ost
