#pragma once

#include "backup/backupmanifest.h"
#include "core/error.h"
#include "packs/packprogress.h"
#include "storage/database.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace ost {

// The backup work the window starts, run on a worker thread (LibraryService::runLongJob): the
// window hands over a path and gets the result back, never the database.
class BackupJobs
{
public:
    BackupJobs(Database db, QString dataDir);

    struct Written
    {
        Result<BackupManifest> manifest = fail(QString());
        QStringList warnings; // files that could not be included, said to the user
    };
    Written backUp(const QString &path, const PackProgress &progress = {}) const;
    // The daily automatic backup when one is due: the file written, or nothing when not due.
    Result<std::optional<QString>> backUpIfDue() const;

private:
    Database m_db;
    QString m_dataDir;
};

} // namespace ost
