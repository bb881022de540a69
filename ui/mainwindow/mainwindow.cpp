#include "mainwindow.h"

#include "backup/backupactions.h"
#include "common/appicon.h"
#include "edits/libraryeditactions.h"
#include "filters/filterbar.h"
#include "filters/sortbox.h"
#include "library/musicfoldersdialog.h"
#include "lyrics/lyricspanel.h"
#include "mainmenus.h"
#include "models/dramafilterproxy.h"
#include "models/dramagridmodel.h"
#include "models/playlistlistmodel.h"
#include "models/playlistmodel.h"
#include "models/searchresultsmodel.h"
#include "models/sidebarmodel.h"
#include "navigator.h"
#include "packs/packactions.h"
#include "pages/artistpage.h"
#include "pages/collectionpage.h"
#include "pages/dramapage.h"
#include "pages/favoritespage.h"
#include "pages/gridpage.h"
#include "pages/playlistpage.h"
#include "pages/songlistactions.h"
#include "pages/tracklistview.h"
#include "pagestack.h"
#include "playback/playbackcontroller.h"
#include "player/playbackui.h"
#include "player/playerbar.h"
#include "playlists/playlistactions.h"
#include "playlists/playlisteditor.h"
#include "postergrid/posterdelegate.h"
#include "postergrid/postergridview.h"
#include "search/searchbox.h"
#include "services/backupservice.h"
#include "services/libraryeditor.h"
#include "services/libraryservice.h"
#include "services/localmusicservice.h"
#include "services/packservice.h"
#include "sidebarview.h"

#include <QAction>
#include <QBoxLayout>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace ost {

MainWindow::MainWindow(LibraryService *service, QWidget *parent)
    : QMainWindow(parent)
    , m_service(service)
    , m_nav(new Navigator(this))
    , m_gridPage(new GridPage(service->gridModel()))
    , m_proxy(m_gridPage->proxy())
    , m_grid(m_gridPage->grid())
    , m_filterBar(m_gridPage->filterBar())
    , m_search(new SearchBox(service->search()))
    , m_stack(new PageStack(service, m_gridPage))
    , m_dramaPage(m_stack->dramaPage())
    , m_playlistPage(m_stack->playlistPage())
    , m_favoritesPage(m_stack->favoritesPage())
    , m_player(new PlayerBar)
    , m_sidebar(new SidebarView)
    , m_packActions(new PackActions(service->packs(), this))
    , m_backupActions(new BackupActions(service->backups(), this))
    , m_playlistActions(new PlaylistActions(service->playlists(), this))
    , m_editActions(new LibraryEditActions(service, this))
    , m_playbackUi(nullptr)
    , m_sidebarModel(new SidebarModel(service->playlists()->playlists(), this))
    , m_sort(new SortBox)
{
    setWindowTitle(tr("OST Shelf"));
    setWindowIcon(AppIcon::icon());
    setObjectName(u"mainWindow"_s);

    connect(m_nav, &Navigator::locationChanged, this, &MainWindow::showLocation);
    connect(m_stack, &PageStack::titleChanged, this, &QWidget::setWindowTitle);
    connect(m_stack, &PageStack::pageShown, this, &MainWindow::pageShown);
    connect(m_stack, &PageStack::navigationRequested, this, &MainWindow::navigate);
    connect(m_stack, &PageStack::playRequested, this, &MainWindow::playSongs);
    connect(m_stack, &PageStack::message, this, showFor(5000));

    setUpSidebar();
    m_split = new QSplitter;
    m_split->setObjectName(u"mainSplitter"_s);
    m_split->addWidget(m_sidebar);
    m_split->addWidget(m_stack);
    m_split->setStretchFactor(1, 1);
    m_split->setSizes({ 200, 1000 });
    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_split, 1);
    layout->addWidget(m_player);
    setCentralWidget(central);

    buildActions();
    setAcceptDrops(true); // a .ostpack dropped anywhere on the window is imported
    connect(m_packActions, &PackActions::message, this, showFor(8000));
    connect(m_packActions, &PackActions::imported, m_service, &LibraryService::load);
    connect(m_backupActions, &BackupActions::message, this, showFor(8000));
    m_playbackUi = new PlaybackUi(service->playback(), m_player, this, service->posterLoader(),
                                  service->gridModel(), service->loudness());

    // Posters are requested at the size and pixel ratio the grid paints them.
    connect(m_grid, &PosterGridView::posterSizeChanged, this, [this](QSize size) {
        m_service->gridModel()->setPosterSize(size, devicePixelRatioF());
        m_favoritesPage->dramaGrid()->setPosterWidth(m_grid->posterWidth()); // one model, one poster size
    });
    connect(m_grid, &QAbstractItemView::activated, this, [this](const QModelIndex &i) {
        navigate({ Location::Page::Drama, i.data(DramaGridModel::IdRole).toString() });
    });
    connect(m_grid, &PosterGridView::contextMenuRequestedFor, this, &MainWindow::showGridContextMenu);
    connect(m_search, &SearchBox::resultActivated, this, &MainWindow::openSearchResult);
    connect(m_filterBar, &FilterBar::stateChanged, this, &MainWindow::applyFilters);
    connect(m_sort, &SortBox::keyChanged, m_proxy, &DramaFilterProxy::setSortKey);

    connect(m_dramaPage, &DramaPage::editRequested, m_editActions, &LibraryEditActions::editDrama);
    connect(m_grid, &PosterGridView::posterDroppedOnPoster, m_editActions, &LibraryEditActions::confirmMerge);
    connect(m_editActions, &LibraryEditActions::dramaOpenRequested, this, [this](const QString &id) {
        navigate({ Location::Page::Drama, id });
    });
    // An edit, a merge or a move shows at once on the open drama page.
    connect(m_service->editor(), &LibraryEditor::changed, this, [this](const QStringList &ids) {
        if (m_nav->current().page == Location::Page::Drama) {
            const QString open = m_nav->current().id;
            const int row = m_service->gridModel()->rowOf(open);
            // A drama merged away: its page turns into the one it joined.
            if (ids.contains(open) || row < 0)
                m_service->requestDrama(open);
        } else if (m_nav->current().page == Location::Page::OtherMusic) {
            m_service->requestOtherTracks();
        }
    });
    connect(m_service->editor(), &LibraryEditor::message, this, showFor(6000));
    connect(m_service->editor(), &LibraryEditor::errorOccurred, this, &MainWindow::showError);
    connect(m_service, &LibraryService::songLocated, this,
            [this](const QString &, const QString &dramaId, const QString &artistId) {
                // A song opens its drama; a song from no drama opens its artist.
                if (!dramaId.isEmpty())
                    navigate({ Location::Page::Drama, dramaId });
                else if (!artistId.isEmpty())
                    navigate({ Location::Page::Artist, artistId });
            });

    connect(m_service, &LibraryService::gridLoaded, this, [this](int count) {
        m_filterBar->setChoices(m_service->broadcasters(), {}, {});
        m_gridPage->setLoaded(count);
        statusBar()->showMessage(tr("%n drama(s) in the library", nullptr, count), 5000);
    });
    connect(m_service, &LibraryService::catalogLoaded, this, [this] {
        QList<std::pair<QString, QString>> collections, artists;
        for (const auto &c : m_service->collections())
            collections << std::pair { c.id, c.title };
        m_sidebarModel->setCollections(collections);
        for (const auto &a : m_service->artists())
            artists << std::pair { a.id, a.nameKo.isEmpty() ? a.name : a.name + u" · "_s + a.nameKo };
        if (artists.size() > 300)
            artists.clear(); // a generated library: the artist filter is reached from artist pages
        m_filterBar->setChoices(m_service->broadcasters(), collections, artists);
    });
    connect(m_service, &LibraryService::dramasOfArtistReady, this,
            [this](const QString &artistId, const QSet<QString> &ids) {
                if (m_filterBar->state().artistId == artistId)
                    m_proxy->setAllowedIds(ids, true);
            });
    connect(m_service, &LibraryService::dramaFavoriteChanged, this, [this](const QString &, bool fav) {
        statusBar()->showMessage(fav ? tr("Added to favorites") : tr("Removed from favorites"), 3000);
    });
    connect(m_service, &LibraryService::songFavoriteChanged, this, [this](const QString &id, bool fav) {
        if (id == m_currentSong)
            m_player->setFavorite(true, fav);
        statusBar()->showMessage(
            fav ? tr("Added the song to favorites") : tr("Removed the song from favorites"), 3000);
    });
    connect(m_service, &LibraryService::errorOccurred, this, &MainWindow::showError);

    connectPlaylists();
    connectTrackViews();

    restoreSettings();
    m_service->gridModel()->setPosterSize(m_grid->posterDelegate()->posterSize(), devicePixelRatioF());
}

MainWindow::~MainWindow() = default;

std::function<void(const QString &)> MainWindow::showFor(int ms)
{
    return [this, ms](const QString &text) { statusBar()->showMessage(text, ms); };
}

ArtistPage *MainWindow::artistPage() const
{
    return m_stack->artistPage();
}

CollectionPage *MainWindow::collectionPage() const
{
    return m_stack->collectionPage();
}

void MainWindow::buildActions()
{
    auto *menus = new MainMenus(
        this, { m_playlistActions, m_packActions, m_backupActions, m_service->playlists()->undoStack() });
    // View → Lyrics: a pane beside the pages, hidden until asked for.
    auto *lyrics = new LyricsPanel(m_service->playback(), this);
    addDockWidget(Qt::RightDockWidgetArea, lyrics);
    lyrics->hide();
    menus->viewMenu()->addSeparator();
    menus->viewMenu()->addAction(lyrics->toggleViewAction());
    connect(menus, &MainMenus::exportPlaylistRequested, this, [this] {
        if (m_nav->current().page == Location::Page::Playlist)
            m_playlistActions->exportPlaylist(m_nav->current().id.toLongLong());
        else
            statusBar()->showMessage(tr("Open a playlist to export it."), 5000);
    });
    connect(menus, &MainMenus::musicFoldersRequested, this, &MainWindow::showMusicFolders);
    connect(menus, &MainMenus::exportSelectionRequested, this, &MainWindow::exportCurrentSelection);
    connect(menus, &MainMenus::backRequested, this, &MainWindow::goBack);
    connect(menus, &MainMenus::forwardRequested, this, &MainWindow::goForward);
    connect(menus, &MainMenus::homeRequested, this, [this] { navigate({}); });
    connect(menus, &MainMenus::searchRequested, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    connect(menus, &MainMenus::toggleFavoriteRequested, m_stack, &PageStack::toggleShownFavorite);
    connect(menus, &MainMenus::posterZoomRequested, this,
            [this](int step) { m_grid->setPosterWidth(m_grid->posterWidth() + step); });
    m_nav->setActions(menus->back(), menus->forward());
    connect(menus, &MainMenus::languageChanged, this, &MainWindow::languageChanged);

    QToolBar *bar = addToolBar(tr("Navigation"));
    bar->setObjectName(u"navigationToolBar"_s);
    bar->setMovable(false);
    bar->addAction(menus->back());
    bar->addAction(menus->forward());
    bar->addAction(menus->home());
    bar->addSeparator();
    bar->addWidget(m_search);
    bar->addSeparator();
    auto *sortLabel = new QLabel(tr(" Sort: "));
    sortLabel->setBuddy(m_sort);
    bar->addWidget(sortLabel);
    bar->addWidget(m_sort);
}

void MainWindow::setUpSidebar()
{
    m_sidebar->setModel(m_sidebarModel);
    m_sidebar->setIconSize(QSize(24, 36));
    m_sidebar->setAccessibleName(tr("Library sections"));
    m_sidebar->setMinimumWidth(170);
}

void MainWindow::connectPlaylists()
{
    PlaylistEditor *editor = m_service->playlists();
    connect(m_sidebar, &SidebarView::navigationRequested, this, &MainWindow::navigate);
    connect(m_sidebar, &SidebarView::newPlaylistRequested, m_playlistActions, &PlaylistActions::newPlaylist);
    connect(m_sidebar, &SidebarView::trashRequested, m_playlistActions, &PlaylistActions::showTrash);
    connect(m_sidebar, &SidebarView::playlistMenuRequested, m_playlistActions,
            &PlaylistActions::showPlaylistMenu);
    connect(m_sidebar, &SidebarView::songsDroppedOnPlaylist, editor,
            [editor](qint64 id, const QStringList &ids) { editor->addSongs(id, ids); });
    connect(m_playlistActions, &PlaylistActions::openRequested, this, [this](qint64 id) {
        navigate({ Location::Page::Playlist, QString::number(id) });
    });
    connect(editor, &PlaylistEditor::removed, this, [this](qint64 id) {
        if (m_nav->current() == Location { Location::Page::Playlist, QString::number(id) })
            navigate({});
    });
    connect(editor, &PlaylistEditor::errorOccurred, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Playlist not changed"), message);
    });
    connect(editor, &PlaylistEditor::message, this, showFor(5000));
    connect(editor, &PlaylistEditor::exported, this, [this](const QString &file, int count) {
        statusBar()->showMessage(tr("Exported %n song(s) to %1", nullptr, count).arg(file), 8000);
    });
    connect(m_playlistPage, &PlaylistPage::playRequested, this,
            [this, editor](int row) { playSongs(editor->model()->songIds(), row); });
    connect(m_playlistPage, &PlaylistPage::removeRowsRequested, editor, &PlaylistEditor::removeRows);
    connect(m_playlistPage, &PlaylistPage::moveRowsRequested, editor, &PlaylistEditor::moveRows);
    connect(m_playlistPage, &PlaylistPage::renameRequested, m_playlistActions, &PlaylistActions::rename);
    connect(m_playlistPage, &PlaylistPage::duplicateRequested, editor, &PlaylistEditor::duplicate);
    connect(m_playlistPage, &PlaylistPage::exportRequested, m_playlistActions,
            &PlaylistActions::exportPlaylist);
    connect(m_playlistPage, &PlaylistPage::deleteRequested, editor, &PlaylistEditor::moveToTrash);

    connect(m_favoritesPage, &FavoritesPage::dramaContextMenuRequested, this,
            &MainWindow::showGridContextMenu);
    connect(m_playbackUi, &PlaybackUi::currentSongChanged, this, [this](const QString &id) {
        m_currentSong = id;
        m_player->setFavorite(true, m_service->favoriteSongs().contains(id));
    });
    connect(m_service->localMusic(), &LocalMusicService::message, this, showFor(6000));
    connect(m_service->localMusic(), &LocalMusicService::errorOccurred, this, &MainWindow::showError);
    connect(m_service->localMusic(), &LocalMusicService::linksChanged, this, [this] {
        m_stack->requestFileStates();
        if (m_nav->current().page == Location::Page::Playlist)
            m_service->playlists()->open(m_nav->current().id.toLongLong()); // refresh file states
    });
    connect(m_playbackUi, &PlaybackUi::statusMessage, this, showFor(6000));
    connect(m_player, &PlayerBar::favoriteToggled, this, [this](bool on) {
        if (!m_currentSong.isEmpty())
            m_service->setSongFavorite(m_currentSong, on);
    });
}

void MainWindow::showMusicFolders()
{
    MusicFoldersDialog::showFor(m_service->localMusic(), this);
}

void MainWindow::connectTrackViews()
{
    auto *actions = new SongListActions(m_service, m_playlistActions, m_editActions, this);
    for (TrackListView *view : findChildren<TrackListView *>())
        actions->attach(view);
}

void MainWindow::navigate(const Location &location)
{
    m_nav->navigate(location);
}

Location MainWindow::currentLocation() const
{
    return m_nav->current();
}

void MainWindow::goBack()
{
    m_nav->back();
}

void MainWindow::goForward()
{
    m_nav->forward();
}

void MainWindow::showLocation(const Location &location)
{
    m_search->hideResults();
    m_stack->show(location);
}

void MainWindow::openSearchResult(EntityType type, const QString &id)
{
    switch (type) {
    case EntityType::Drama: navigate({ Location::Page::Drama, id }); break;
    case EntityType::Artist: navigate({ Location::Page::Artist, id }); break;
    case EntityType::Collection: navigate({ Location::Page::Collection, id }); break;
    case EntityType::Song: {
        m_service->locateSong(id); // answered by songLocated
        // The song results become the queue, from the chosen one on.
        QStringList songs;
        const QAbstractItemModel *results = m_search->resultsModel();
        for (int r = 0; r < results->rowCount(); ++r) {
            const QModelIndex i = results->index(r, 0);
            if (!i.data(SearchResultsModel::IsHeaderRole).toBool()
                && i.data(SearchResultsModel::TypeRole).toInt() == int(EntityType::Song))
                songs << i.data(SearchResultsModel::IdRole).toString();
        }
        if (!songs.contains(id))
            songs = { id };
        playSongs(songs, int(songs.indexOf(id)));
        break;
    }
    }
}

void MainWindow::applyFilters(const FilterState &state)
{
    QSet<QString> allowed;
    bool active = false;
    if (!state.collectionId.isEmpty()) {
        active = true;
        for (const auto &c : m_service->collections())
            if (c.id == state.collectionId)
                for (const auto &item : c.items)
                    for (const auto &id : item.dramaIds)
                        allowed.insert(id);
    }
    m_gridPage->setFilter(state, allowed, active);
    if (!state.artistId.isEmpty())
        m_service->requestDramasOfArtist(state.artistId);
}

void MainWindow::showGridContextMenu(const QModelIndex &index, const QPoint &globalPos)
{
    if (index.isValid())
        m_editActions->showDramaMenu(index.data(DramaGridModel::IdRole).toString(),
                                     index.data(DramaGridModel::FavoriteRole).toBool(), globalPos);
}

void MainWindow::playSongs(const QStringList &songIds, int startRow)
{
    m_service->playback()->playSongs(songIds, startRow);
}

void MainWindow::showError(const QString &message)
{
    statusBar()->showMessage(message, 10000);
}

void MainWindow::restoreSettings()
{
    QSettings s;
    if (!restoreGeometry(s.value(u"window/geometry"_s).toByteArray()))
        resize(1280, 820);
    restoreState(s.value(u"window/state"_s).toByteArray());
    m_split->restoreState(s.value(u"window/splitter"_s).toByteArray());
    m_favoritesPage->restoreLayout(s.value(u"window/favoritesSplitter"_s).toByteArray());
    m_grid->setPosterWidth(s.value(u"grid/posterWidth"_s, 160).toInt());
    m_proxy->setSortKey(m_sort->key());
}

void MainWindow::exportCurrentSelection()
{
    CatalogSelection selection;
    qint64 playlistId = 0;
    const QString title = m_stack->selectionAt(m_nav->current(), selection, playlistId);
    m_packActions->exportSelection(selection, title, playlistId);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const auto urls = event->mimeData()->urls();
    if (std::any_of(urls.cbegin(), urls.cend(), [](const QUrl &u) {
            return u.isLocalFile()
                && (PackService::isPack(u.toLocalFile()) || BackupService::isBackup(u.toLocalFile()));
        }))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    for (const QUrl &u : event->mimeData()->urls())
        if (u.isLocalFile() && openArchive(u.toLocalFile())) {
            event->acceptProposedAction();
            return;
        }
}

bool MainWindow::openArchive(const QString &path)
{
    // Queued: a drop or a second launch returns first; the import and the restore ask their
    // questions in dialogs of their own.
    if (PackService::isPack(path)) {
        QMetaObject::invokeMethod(
            this, [this, path] { m_packActions->importPack(path); }, Qt::QueuedConnection);
        return true;
    }
    if (BackupService::isBackup(path)) {
        QMetaObject::invokeMethod(
            this, [this, path] { m_backupActions->restore(path); }, Qt::QueuedConnection);
        return true;
    }
    return false;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings s;
    s.setValue(u"window/geometry"_s, saveGeometry());
    s.setValue(u"window/state"_s, saveState());
    s.setValue(u"window/splitter"_s, m_split->saveState());
    s.setValue(u"window/favoritesSplitter"_s, m_favoritesPage->saveLayout());
    s.setValue(u"grid/posterWidth"_s, m_grid->posterWidth());
    m_sort->saveSetting();
    m_playbackUi->saveSettings();
    event->accept();
}

} // namespace ost
