#pragma once

#include "archive/archivelimits.h"
#include "backupmanifest.h"
#include "packs/packprogress.h"

#include <QTemporaryDir>

#include <memory>

namespace ost {

// A backup read completely and verified in a staging folder inside the data directory.
struct StagedBackup
{
    QString backupPath;
    BackupManifest manifest;
    QStringList warnings;
    std::shared_ptr<QTemporaryDir> dir;
};

// Restores an untrusted .ostbackup in two steps. stage() validates everything before the
// library is touched: SafeArchive's rules (no links, devices, "..", absolute names, collisions,
// caps), a strict manifest that lists exactly the archive's files with their sizes, every
// SHA-256, a database that passes integrity_check, is an OST Shelf library and is not newer
// than this version. schedule() then hands the staged folder to PendingRestore, which swaps it
// in when the library is next opened by a process that is alone with it.
class BackupRestorer
{
public:
    explicit BackupRestorer(QString dataDir);

    static ArchiveLimits limits();
    Result<StagedBackup> stage(const QString &backupPath, const PackProgress &progress = {}) const;
    Result<void> schedule(StagedBackup staged) const;

private:
    QString m_dataDir;
};

} // namespace ost
