#pragma once

#include "backup/backupmanifest.h"
#include "packs/packprogress.h"

#include <QHash>
#include <QObject>
#include <QStringList>

namespace ost {

class LibraryService;
struct StagedBackup;

// Library backups for the window: writing one, checking one before a restore and scheduling
// the restore run on the library's worker threads and answer by signal. A restore is checked
// completely first (stageRestore), shown to the user, then scheduled by its ticket; the swap
// happens at the next start, when no connection holds the library.
class BackupService final : public QObject
{
    Q_OBJECT

public:
    explicit BackupService(LibraryService *library);
    ~BackupService() override;

    static bool isBackup(const QString &path);
    QString folder() const; // where the automatic backups are

    // Writes an .ostbackup to path: backedUp() or backUpFailed().
    void backUp(const QString &path, const PackProgress &progress = {});
    // The daily automatic backup when it is due (and on, and the library writable):
    // automaticBackupSaved() or automaticBackupFailed(); nothing when none was due.
    void backUpIfDue();
    // Checks a backup completely: restoreStaged() or restoreFailed().
    void stageRestore(const QString &path, const PackProgress &progress = {});
    // Hands a staged backup to the next start: restoreScheduled() or restoreFailed(). The ticket
    // is used up either way.
    void scheduleRestore(int ticket);
    void discardRestore(int ticket); // the user said no: the staged copy goes
    int pendingCount() const { return int(m_pending.size()); }

Q_SIGNALS:
    void backedUp(const QString &path, const ost::BackupManifest &manifest, const QStringList &warnings);
    void backUpFailed(const QString &path, const QString &message);
    void automaticBackupSaved(const QString &path);
    void automaticBackupFailed(const QString &message);
    void restoreStaged(int ticket, const QString &path, const ost::BackupManifest &manifest,
                       const QStringList &warnings);
    void restoreScheduled(); // a verified restore waits for the next start
    void restoreFailed(const QString &path, const QString &message);

private:
    LibraryService *m_library;
    QHash<int, std::shared_ptr<StagedBackup>> m_pending;
    int m_nextTicket = 1;
};

} // namespace ost
