#include "backupjobs.h"

#include "backup/automaticbackup.h"
#include "backup/backupwriter.h"

#include <utility>

namespace ost {

BackupJobs::BackupJobs(Database db, QString dataDir)
    : m_db(std::move(db))
    , m_dataDir(std::move(dataDir))
{ }

BackupJobs::Written BackupJobs::backUp(const QString &path, const PackProgress &progress) const
{
    BackupWriter writer(m_db, m_dataDir);
    Written w;
    w.manifest = writer.write(path, BackupWriter::Compression::Zstd, progress);
    w.warnings = writer.warnings();
    return w;
}

Result<std::optional<QString>> BackupJobs::backUpIfDue() const
{
    return AutomaticBackup::runIfDue(m_db, m_dataDir);
}

} // namespace ost
