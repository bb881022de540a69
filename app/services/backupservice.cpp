#include "backupservice.h"

#include "backup/automaticbackup.h"
#include "backup/backupjobs.h"
#include "backup/backuprestorer.h"
#include "backup/backupstore.h"
#include "libraryservice.h"

using namespace Qt::StringLiterals;

namespace ost {

BackupService::BackupService(LibraryService *library)
    : QObject(library)
    , m_library(library)
{ }

BackupService::~BackupService() = default;

bool BackupService::isBackup(const QString &path)
{
    return path.endsWith(u".ostbackup"_s, Qt::CaseInsensitive);
}

QString BackupService::folder() const
{
    return BackupStore::folder(m_library->library().dataDir());
}

void BackupService::backUp(const QString &path, const PackProgress &progress)
{
    m_library->runLongJob(
        this, [jobs = m_library->backupJobs(), path, progress] { return jobs.backUp(path, progress); },
        [this, path](BackupJobs::Written d) {
            if (!d.manifest)
                Q_EMIT backUpFailed(path, d.manifest.error().message);
            else
                Q_EMIT backedUp(path, *d.manifest, d.warnings);
        });
}

void BackupService::backUpIfDue()
{
    if (m_library->library().isReadOnly() || !AutomaticBackup::enabled())
        return;
    m_library->runLongJob(
        this, [jobs = m_library->backupJobs()] { return jobs.backUpIfDue(); },
        [this](Result<std::optional<QString>> r) {
            if (!r)
                Q_EMIT automaticBackupFailed(r.error().message);
            else if (r->has_value())
                Q_EMIT automaticBackupSaved(**r);
        });
}

void BackupService::stageRestore(const QString &path, const PackProgress &progress)
{
    m_library->runLongJob(
        this,
        [dataDir = m_library->library().dataDir(), path, progress] {
            return BackupRestorer(dataDir).stage(path, progress);
        },
        [this, path](Result<StagedBackup> staged) {
            if (!staged) {
                Q_EMIT restoreFailed(path, staged.error().message);
                return;
            }
            const int ticket = m_nextTicket++;
            auto kept = std::make_shared<StagedBackup>(std::move(*staged));
            m_pending.insert(ticket, kept);
            Q_EMIT restoreStaged(ticket, path, kept->manifest, kept->warnings);
        });
}

void BackupService::scheduleRestore(int ticket)
{
    const std::shared_ptr<StagedBackup> staged = m_pending.take(ticket);
    if (!staged) {
        Q_EMIT restoreFailed(QString(),
                             tr("This backup was not checked, or was already restored; open it again."));
        return;
    }
    // Renames in the data folder: on the worker, not on the GUI thread.
    m_library->runLongJob(
        this,
        [dataDir = m_library->library().dataDir(), staged] {
            return BackupRestorer(dataDir).schedule(*staged);
        },
        [this, path = staged->backupPath](Result<void> r) {
            if (!r)
                Q_EMIT restoreFailed(path, r.error().message);
            else
                Q_EMIT restoreScheduled();
        });
}

void BackupService::discardRestore(int ticket)
{
    m_pending.remove(ticket);
}

} // namespace ost
