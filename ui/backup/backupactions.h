#pragma once

#include <QObject>
#include <QPointer>

class QMenu;
class QWidget;

namespace ost {

class LibraryService;

// The app's side of library backups: Back up library… writes an .ostbackup with progress;
// Restore… checks a backup completely on the database thread, shows what it holds, and on
// consent stages it so it is swapped in when OST Shelf restarts (the database cannot be
// replaced under open connections). An automatic backup runs once a day in the background.
class BackupActions : public QObject
{
    Q_OBJECT
public:
    BackupActions(LibraryService *service, QWidget *window);

    void backUp();
    void restore(const QString &chosen = {}); // asks for a file when none was chosen
    void backUpIfDue();
    // File → Automatic backups: on or off, how many to keep, open the folder. Kept in QSettings.
    QMenu *automaticMenu(QWidget *parent);
    static bool isBackup(const QString &path);
    static bool automaticEnabled();
    static int automaticKeep();

Q_SIGNALS:
    void restartRequested(); // a verified restore waits for the next start
    void message(const QString &text); // status bar

private:
    LibraryService *m_service;
    QPointer<QWidget> m_window;
};

} // namespace ost
