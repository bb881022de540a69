#pragma once

#include "filters/filterstate.h"
#include "search/searchdocument.h"
#include "services/navigationhistory.h"

#include <QMainWindow>

#include <functional>

class QAction;
class QLabel;
class QListView;
class QSplitter;

namespace ost {

class ArtistPage;
class FavoritesPage;
class Navigator;
class PageStack;
class SidebarModel;
class SortBox;
class LibraryEditActions;
class PlaybackUi;
class BackupActions;
class PackActions;
class PlaylistActions;
class PlaylistPage;
class SidebarView;
class CollectionPage;
class DramaFilterProxy;
class DramaPage;
class FilterBar;
class GridPage;
class LibraryService;
class PlayerBar;
class PosterGridView;
class SearchBox;

// The shell: toolbar with navigation and search, a sidebar, the page stack (grid, drama,
// artist, collection) and the player bar. Pages and widgets talk to it through signals.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(LibraryService *service, QWidget *parent = nullptr);
    ~MainWindow() override;

    PosterGridView *gridView() const { return m_grid; }
    DramaFilterProxy *gridProxy() const { return m_proxy; }
    SearchBox *searchBox() const { return m_search; }
    DramaPage *dramaPage() const { return m_dramaPage; }
    ArtistPage *artistPage() const;
    CollectionPage *collectionPage() const;
    FilterBar *filterBar() const { return m_filterBar; }
    PlayerBar *playerBar() const { return m_player; }
    PlaylistPage *playlistPage() const { return m_playlistPage; }
    FavoritesPage *favoritesPage() const { return m_favoritesPage; }
    SidebarView *sidebar() const { return m_sidebar; }
    PlaylistActions *playlistActions() const { return m_playlistActions; }
    LibraryEditActions *editActions() const { return m_editActions; }
    // Starts importing a .ostpack or restoring a .ostbackup; false for any other file.
    bool openArchive(const QString &path);
    PackActions *packActions() const { return m_packActions; }
    BackupActions *backupActions() const { return m_backupActions; }
    PlaybackUi *playbackUi() const { return m_playbackUi; }
    Location currentLocation() const;

    void navigate(const Location &location); // records history
    void goBack();
    void goForward();

Q_SIGNALS:
    void pageShown(const ost::Location &location); // after the page has its content
    void languageChanged(); // View → Language: rebuild the window in the chosen language

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildActions();
    void setUpSidebar();
    void connectPlaylists();
    void connectTrackViews();
    void showMusicFolders();
    void exportCurrentSelection();
    void showLocation(const Location &location);
    void openSearchResult(EntityType type, const QString &id);
    void applyFilters(const FilterState &state);
    void showGridContextMenu(const QModelIndex &index, const QPoint &globalPos);
    void playSongs(const QStringList &songIds, int startRow);
    void showError(const QString &message);
    void restoreSettings();
    std::function<void(const QString &)> showFor(int ms); // a message in the status bar for ms

    LibraryService *m_service;
    Navigator *m_nav;
    GridPage *m_gridPage;
    DramaFilterProxy *m_proxy; // the grid page's
    PosterGridView *m_grid; // the grid page's
    FilterBar *m_filterBar; // the grid page's
    SearchBox *m_search;
    PageStack *m_stack;
    DramaPage *m_dramaPage;
    PlaylistPage *m_playlistPage;
    FavoritesPage *m_favoritesPage;
    PlayerBar *m_player;
    SidebarView *m_sidebar;
    PackActions *m_packActions = nullptr;
    BackupActions *m_backupActions = nullptr;
    PlaylistActions *m_playlistActions;
    LibraryEditActions *m_editActions;
    PlaybackUi *m_playbackUi;
    QString m_currentSong;
    SidebarModel *m_sidebarModel;
    SortBox *m_sort;
    QSplitter *m_split = nullptr; // sidebar | pages
    FilterState m_pendingFilter;
};

} // namespace ost
