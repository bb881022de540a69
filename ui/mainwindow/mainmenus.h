#pragma once

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;
class QUndoStack;

namespace ost {

class BackupActions;
class PackActions;
class PlaylistActions;

// The main window's menus: File, Edit, Go, View and Help, with their shortcuts. An action
// that belongs to a part (playlists, packs, backups, undo) calls that part; one whose meaning
// depends on what the window shows is a signal the window answers.
class MainMenus final : public QObject
{
    Q_OBJECT
public:
    struct Parts
    {
        PlaylistActions *playlists;
        PackActions *packs;
        BackupActions *backups;
        QUndoStack *undo;
    };
    MainMenus(QMainWindow *window, const Parts &parts);

    // For the navigation toolbar.
    QAction *back() const { return m_back; }
    QAction *forward() const { return m_forward; }
    QAction *home() const { return m_home; }
    QMenu *viewMenu() const { return m_view; } // panes add their toggles here

Q_SIGNALS:
    void exportPlaylistRequested(); // the playlist on screen
    void musicFoldersRequested();
    void exportSelectionRequested(); // the dramas on screen, as a pack
    void backRequested();
    void forwardRequested();
    void homeRequested();
    void searchRequested();
    void toggleFavoriteRequested(); // the drama on screen or the focused poster
    void posterZoomRequested(int step); // pixels wider (or narrower when negative)
    void languageChanged(); // View → Language: saved; the window is to be rebuilt in it

private:
    void buildFile(QMainWindow *window, const Parts &parts);

    QAction *m_back = nullptr;
    QAction *m_forward = nullptr;
    QAction *m_home = nullptr;
    QMenu *m_view = nullptr;
};

} // namespace ost
