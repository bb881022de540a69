#pragma once

#include "core/error.h"
#include "packs/packimportplan.h"
#include "packs/packmanifest.h"
#include "packs/packprogress.h"
#include "packs/stagedpack.h"
#include "storage/database.h"

#include <QString>

namespace ost {

struct CatalogSelection;

// The pack work the window starts, run on a worker thread (LibraryService::runLongJob): the
// window hands over paths and choices and gets results back, never the database.
class PackJobs
{
public:
    PackJobs(Database db, QString dataDir, QString demoDir);

    struct Checked
    {
        Result<StagedPack> staged = fail(QString());
        Result<PackImportPlan> plan = fail(QString());
    };
    // Unpacks the pack into staging and plans what importing it would change.
    Checked check(const QString &path, const PackProgress &progress = {}) const;
    Result<void> apply(const PackImportPlan &plan) const;
    // Writes the selection (and, when playlistId > 0, the playlist's dramas and songs) to path,
    // from one state of the catalog even if an import commits meanwhile.
    Result<PackManifest> exportTo(const QString &path, const CatalogSelection &selection,
                                  const QString &title, qint64 playlistId,
                                  const PackProgress &progress = {}) const;

private:
    Database m_db;
    QString m_dataDir;
    QString m_demoDir;
};

} // namespace ost
