#pragma once

#include "backup/backupmanifest.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QMenu;
class QWidget;

namespace ost {

class BackupService;
class JobProgress;

// The app's side of library backups: Back up library… writes an .ostbackup with progress;
// Restore… has BackupService check a backup completely on a worker thread, shows what it holds, and on
// consent stages it so it is swapped in when OST Shelf restarts (the database cannot be
// replaced under open connections). An automatic backup runs once a day in the background.
class BackupActions final : public QObject
{
    Q_OBJECT
public:
    BackupActions(BackupService *backups, QWidget *window);
    ~BackupActions() override;

    void backUp();
    void restore(const QString &chosen = {}); // asks for a file when none was chosen
    void backUpIfDue();
    // File → Automatic backups: on or off, how many to keep, open the folder. Kept in QSettings.
    QMenu *automaticMenu(QWidget *parent);
    static bool automaticEnabled();
    static int automaticKeep();

Q_SIGNALS:
    void restartRequested(); // a verified restore waits for the next start
    void message(const QString &text); // status bar

private:
    void confirmRestore(int ticket, const QString &path, const ost::BackupManifest &manifest,
                        const QStringList &warnings);

    BackupService *m_backups;
    QPointer<QWidget> m_window;
    std::unique_ptr<JobProgress> m_progress; // the running backup or check
};

} // namespace ost
