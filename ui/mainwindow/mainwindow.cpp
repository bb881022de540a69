#include "mainwindow.h"

#include "about/aboutdialog.h"
#include "backup/backupactions.h"
#include "common/appicon.h"
#include "edits/libraryeditactions.h"
#include "filters/filterbar.h"
#include "library/musicfoldersdialog.h"
#include "models/dramafilterproxy.h"
#include "models/dramagridmodel.h"
#include "models/playlistlistmodel.h"
#include "models/playlistmodel.h"
#include "models/searchresultsmodel.h"
#include "models/sidebarmodel.h"
#include "models/trackmodel.h"
#include "packs/packactions.h"
#include "pages/artistpage.h"
#include "pages/collectionpage.h"
#include "pages/dramapage.h"
#include "pages/favoritespage.h"
#include "pages/othermusicpage.h"
#include "pages/playlistpage.h"
#include "pages/tracklistview.h"
#include "playback/playbackcontroller.h"
#include "player/playbackui.h"
#include "player/playerbar.h"
#include "playlists/playlistactions.h"
#include "playlists/playlisteditor.h"
#include "postergrid/posterdelegate.h"
#include "postergrid/postergridview.h"
#include "search/searchbox.h"
#include "services/libraryeditor.h"
#include "services/libraryservice.h"
#include "services/localmusicservice.h"
#include "sidebarview.h"

#include <QAction>
#include <QApplication>
#include <QBoxLayout>
#include <QCloseEvent>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QMouseEvent>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace ost {

MainWindow::MainWindow(LibraryService *service, QWidget *parent)
    : QMainWindow(parent)
    , m_service(service)
    , m_proxy(new DramaFilterProxy(this))
    , m_grid(new PosterGridView)
    , m_search(new SearchBox(service->search()))
    , m_filterBar(new FilterBar)
    , m_emptyState(new QLabel)
    , m_stack(new QStackedWidget)
    , m_gridPage(new QWidget)
    , m_dramaPage(new DramaPage(service->posterLoader()))
    , m_artistPage(new ArtistPage)
    , m_collectionPage(new CollectionPage)
    , m_playlistPage(new PlaylistPage(service->playlists()->model(), service->playlists()->playlists()))
    , m_favoritesPage(new FavoritesPage(service->gridModel()))
    , m_otherPage(new OtherMusicPage)
    , m_player(new PlayerBar)
    , m_sidebar(new SidebarView)
    , m_packActions(new PackActions(service, this))
    , m_backupActions(new BackupActions(service, this))
    , m_playlistActions(new PlaylistActions(service->playlists(), this))
    , m_editActions(new LibraryEditActions(service, this))
    , m_playbackUi(nullptr)
    , m_sidebarModel(new SidebarModel(service->playlists()->playlists(), this))
    , m_sort(new QComboBox)
{
    setWindowTitle(tr("OST Shelf"));
    setWindowIcon(AppIcon::icon());
    setObjectName(u"mainWindow"_s);

    m_proxy->setSourceModel(service->gridModel());
    m_grid->setModel(m_proxy);
    m_grid->setObjectName(u"posterGrid"_s);
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setText(tr("Loading your library…"));
    auto *gridLayout = new QVBoxLayout(m_gridPage);
    gridLayout->setContentsMargins(6, 6, 6, 0);
    gridLayout->addWidget(m_filterBar);
    gridLayout->addWidget(m_emptyState);
    gridLayout->addWidget(m_grid, 1);
    m_stack->addWidget(m_gridPage);
    m_stack->addWidget(m_dramaPage);
    m_stack->addWidget(m_artistPage);
    m_stack->addWidget(m_collectionPage);
    m_stack->addWidget(m_playlistPage);
    m_stack->addWidget(m_favoritesPage);
    m_stack->addWidget(m_otherPage);

    setUpSidebar();
    auto *split = new QSplitter;
    split->setObjectName(u"mainSplitter"_s);
    split->addWidget(m_sidebar);
    split->addWidget(m_stack);
    split->setStretchFactor(1, 1);
    split->setSizes({ 200, 1000 });
    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(split, 1);
    layout->addWidget(m_player);
    setCentralWidget(central);

    buildActions();
    setAcceptDrops(true); // a .ostpack dropped anywhere on the window is imported
    connect(m_packActions, &PackActions::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_packActions, &PackActions::imported, m_service, &LibraryService::load);
    connect(m_backupActions, &BackupActions::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    m_playbackUi
        = new PlaybackUi(service->playback(), m_player, this, service->posterLoader(), service->gridModel());

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
    connect(m_sort, &QComboBox::currentIndexChanged, this,
            [this](int i) { m_proxy->setSortKey(DramaFilterProxy::SortKey(m_sort->itemData(i).toInt())); });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateEmptyState);

    // Pages ask for navigation and favorites; the service does the work.
    connect(m_dramaPage, &DramaPage::favoriteToggled, m_service, &LibraryService::setDramaFavorite);
    connect(m_dramaPage, &DramaPage::songFavoriteToggled, m_service, &LibraryService::setSongFavorite);
    connect(m_dramaPage, &DramaPage::artistRequested, this, [this](const QString &id) {
        navigate({ Location::Page::Artist, id });
    });
    connect(m_dramaPage, &DramaPage::dramaRequested, this, [this](const QString &id) {
        navigate({ Location::Page::Drama, id });
    });
    connect(m_dramaPage, &DramaPage::playRequested, this, &MainWindow::playSongs);
    connect(m_dramaPage, &DramaPage::editRequested, m_editActions, &LibraryEditActions::editDrama);
    connect(m_grid, &PosterGridView::posterDroppedOnPoster, m_editActions, &LibraryEditActions::confirmMerge);
    // An edit, a merge or a move shows at once on the open drama page.
    connect(m_service->editor(), &LibraryEditor::changed, this, [this](const QStringList &ids) {
        if (m_history.current().page == Location::Page::Drama) {
            const QString open = m_history.current().id;
            const int row = m_service->gridModel()->rowOf(open);
            // A drama merged away: its page turns into the one it joined.
            if (ids.contains(open) || row < 0)
                m_service->requestDrama(open);
        } else if (m_history.current().page == Location::Page::OtherMusic) {
            m_service->requestOtherTracks();
        }
    });
    connect(m_service->editor(), &LibraryEditor::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 6000); });
    connect(m_service->editor(), &LibraryEditor::errorOccurred, this, &MainWindow::showError);
    connect(m_artistPage, &ArtistPage::artistRequested, this, [this](const QString &id) {
        navigate({ Location::Page::Artist, id });
    });
    connect(m_artistPage, &ArtistPage::dramaRequested, this, [this](const QString &id) {
        navigate({ Location::Page::Drama, id });
    });
    connect(m_artistPage, &ArtistPage::songFavoriteToggled, m_service, &LibraryService::setSongFavorite);
    connect(m_artistPage, &ArtistPage::playRequested, this, &MainWindow::playSongs);
    connect(m_collectionPage, &CollectionPage::dramaRequested, this, [this](const QString &id) {
        navigate({ Location::Page::Drama, id });
    });
    connect(m_collectionPage, &CollectionPage::songRequested, m_service, &LibraryService::locateSong);
    connect(m_collectionPage, &CollectionPage::playRequested, this, &MainWindow::playSongs);
    connect(m_service, &LibraryService::songLocated, this,
            [this](const QString &, const QString &dramaId, const QString &artistId) {
                // A song opens its drama; a song from no drama opens its artist.
                if (!dramaId.isEmpty())
                    navigate({ Location::Page::Drama, dramaId });
                else if (!artistId.isEmpty())
                    navigate({ Location::Page::Artist, artistId });
            });

    connect(m_service, &LibraryService::gridLoaded, this, [this](int count) {
        m_emptyState->setText(count == 0 ? tr("The library is empty.") : QString());
        m_filterBar->setChoices(m_service->broadcasters(), {}, {});
        updateEmptyState();
        statusBar()->showMessage(tr("%n drama(s) in the library", nullptr, count), 5000);
        if (m_grid->model()->rowCount() > 0 && !m_grid->currentIndex().isValid())
            m_grid->setCurrentIndex(m_grid->model()->index(0, 0));
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
    connect(m_service, &LibraryService::dramaReady, this, [this](const DramaDetail &d) {
        if (m_history.current() != Location { Location::Page::Drama, d.drama.id })
            return;
        m_dramaPage->showDrama(d, m_service->favoriteDramas().contains(d.drama.id),
                               m_service->favoriteSongs(), m_service->gridModel()->customPoster(d.drama.id));
        m_stack->setCurrentWidget(m_dramaPage);
        setWindowTitle(d.drama.title + u" — "_s + tr("OST Shelf"));
        m_dramaPage->trackView()->setFocus();
        Q_EMIT pageShown(m_history.current());
    });
    connect(m_service, &LibraryService::artistReady, this, [this](const Artist &a, const QList<Song> &songs) {
        if (m_history.current() != Location { Location::Page::Artist, a.id })
            return;
        m_artistPage->showArtist(a, songs, m_service->artists(), m_service->favoriteSongs());
        m_stack->setCurrentWidget(m_artistPage);
        setWindowTitle(a.name + u" — "_s + tr("OST Shelf"));
        Q_EMIT pageShown(m_history.current());
    });
    connect(m_service, &LibraryService::dramasOfArtistReady, this,
            [this](const QString &artistId, const QSet<QString> &ids) {
                if (m_filterBar->state().artistId == artistId)
                    m_proxy->setAllowedIds(ids, true);
            });
    connect(m_service, &LibraryService::dramaFavoriteChanged, this, [this](const QString &id, bool fav) {
        if (m_dramaPage->dramaId() == id)
            m_dramaPage->setFavorite(fav);
        statusBar()->showMessage(fav ? tr("Added to favorites") : tr("Removed from favorites"), 3000);
    });
    connect(m_service, &LibraryService::songFavoriteChanged, this, [this](const QString &id, bool fav) {
        m_dramaPage->setSongFavorite(id, fav);
        m_artistPage->setSongFavorite(id, fav);
        m_favoritesPage->setSongFavorite(id, fav);
        m_otherPage->setSongFavorite(id, fav);
        if (id == m_currentSong)
            m_player->setFavorite(true, fav);
        statusBar()->showMessage(
            fav ? tr("Added the song to favorites") : tr("Removed the song from favorites"), 3000);
    });
    connect(m_service, &LibraryService::errorOccurred, this, &MainWindow::showError);
    connect(m_sidebar, &QListView::activated, this, &MainWindow::activateSidebar);
    connect(m_sidebar, &QListView::clicked, m_sidebar, &QListView::activated);

    connectPlaylists();
    connectTrackViews();

    qApp->installEventFilter(this); // mouse back/forward buttons anywhere in the window
    restoreSettings();
    m_service->gridModel()->setPosterSize(m_grid->posterDelegate()->posterSize(), devicePixelRatioF());
    updateNavigationActions();
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
}

void MainWindow::buildActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    PlaylistEditor *editor = m_service->playlists();
    QAction *newList
        = file->addAction(tr("&New playlist…"), this, [this] { m_playlistActions->newPlaylist(); });
    newList->setShortcut(QKeySequence::New);
    QAction *importList
        = file->addAction(tr("&Import playlist…"), m_playlistActions, &PlaylistActions::importPlaylist);
    importList->setShortcut(QKeySequence::Open);
    QAction *exportList = file->addAction(tr("&Export playlist…"), this, [this] {
        if (m_history.current().page == Location::Page::Playlist)
            m_playlistActions->exportPlaylist(m_history.current().id.toLongLong());
        else
            statusBar()->showMessage(tr("Open a playlist to export it."), 5000);
    });
    exportList->setShortcut(QKeySequence::Save);
    file->addAction(tr("Playlist &trash…"), m_playlistActions, &PlaylistActions::showTrash);
    file->addSeparator();
    file->addAction(tr("&Music folders and scan…"), this, &MainWindow::showMusicFolders)
        ->setObjectName(u"musicFoldersAction"_s);
    file->addSeparator();
    QAction *importPack = file->addAction(tr("Import &pack…"), this, [this] { m_packActions->importPack(); });
    importPack->setObjectName(u"importPackAction"_s);
    importPack->setShortcut(QKeySequence(tr("Ctrl+Shift+I")));
    QAction *exportPack
        = file->addAction(tr("E&xport selection as pack…"), this, &MainWindow::exportCurrentSelection);
    exportPack->setObjectName(u"exportPackAction"_s);
    exportPack->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    file->addSeparator();
    QAction *backUp = file->addAction(tr("&Back up library…"), m_backupActions, &BackupActions::backUp);
    backUp->setObjectName(u"backupAction"_s);
    QAction *restore
        = file->addAction(tr("&Restore from backup…"), this, [this] { m_backupActions->restore(); });
    restore->setObjectName(u"restoreAction"_s);
    file->addMenu(m_backupActions->automaticMenu(file));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = editor->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = editor->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({ QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z) });
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    m_back
        = go->addAction(style()->standardIcon(QStyle::SP_ArrowBack), tr("&Back"), this, &MainWindow::goBack);
    // One sequence per action: QKeySequence::Back is Alt+Left on X11, and a duplicate would be ambiguous.
    m_back->setShortcuts({ QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::Key_Back) });
    m_forward = go->addAction(style()->standardIcon(QStyle::SP_ArrowForward), tr("&Forward"), this,
                              &MainWindow::goForward);
    m_forward->setShortcuts({ QKeySequence(Qt::ALT | Qt::Key_Right), QKeySequence(Qt::Key_Forward) });
    QAction *home = go->addAction(style()->standardIcon(QStyle::SP_DirHomeIcon), tr("All &dramas"), this,
                                  [this] { navigate({}); });
    home->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    QAction *find = go->addAction(tr("&Search"), this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    find->setShortcuts({ QKeySequence::Find, QKeySequence(u"/"_s) });

    go->addSeparator();
    QAction *favorite = go->addAction(tr("Toggle &favorite"), this, [this] {
        // The drama on screen, or the poster with keyboard focus in the grid.
        if (m_stack->currentWidget() == m_dramaPage && !m_dramaPage->dramaId().isEmpty()) {
            m_service->setDramaFavorite(m_dramaPage->dramaId(),
                                        !m_service->favoriteDramas().contains(m_dramaPage->dramaId()));
        } else if (m_stack->currentWidget() == m_gridPage && m_grid->currentIndex().isValid()) {
            const QString id = m_grid->currentIndex().data(DramaGridModel::IdRole).toString();
            m_service->setDramaFavorite(id, !m_service->favoriteDramas().contains(id));
        }
    });
    favorite->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *zoomIn = view->addAction(tr("Larger posters"), this,
                                      [this] { m_grid->setPosterWidth(m_grid->posterWidth() + 16); });
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    QAction *zoomOut = view->addAction(tr("Smaller posters"), this,
                                       [this] { m_grid->setPosterWidth(m_grid->posterWidth() - 16); });
    zoomOut->setShortcut(QKeySequence::ZoomOut);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About OST Shelf"), this, [this] { AboutDialog(this).exec(); });

    m_sort->addItem(tr("Title"), int(DramaFilterProxy::SortKey::Title));
    m_sort->addItem(tr("Korean title (가나다)"), int(DramaFilterProxy::SortKey::KoreanTitle));
    m_sort->addItem(tr("Year (newest first)"), int(DramaFilterProxy::SortKey::Year));
    m_sort->addItem(tr("Recently added"), int(DramaFilterProxy::SortKey::RecentlyAdded));
    m_sort->setAccessibleName(tr("Sort dramas by"));
    m_sort->setToolTip(tr("Sort dramas by"));

    QToolBar *bar = addToolBar(tr("Navigation"));
    bar->setObjectName(u"navigationToolBar"_s);
    bar->setMovable(false);
    bar->addAction(m_back);
    bar->addAction(m_forward);
    bar->addAction(home);
    bar->addSeparator();
    bar->addWidget(m_search);
    bar->addSeparator();
    auto *sortLabel = new QLabel(tr(" Sort: "));
    sortLabel->setBuddy(m_sort);
    bar->addWidget(sortLabel);
    bar->addWidget(m_sort);
    m_back->setToolTip(tr("Back (Alt+Left)"));
    m_forward->setToolTip(tr("Forward (Alt+Right)"));
    home->setToolTip(tr("All dramas (Alt+Home)"));
}

void MainWindow::setUpSidebar()
{
    m_sidebar->setModel(m_sidebarModel);
    m_sidebar->setIconSize(QSize(24, 36));
    m_sidebar->setContextMenuPolicy(Qt::CustomContextMenu);
    m_sidebar->setAccessibleName(tr("Library sections"));
    m_sidebar->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sidebar->setMinimumWidth(170);
}

void MainWindow::activateSidebar(const QModelIndex &i)
{
    const QString id = i.data(SidebarModel::IdRole).toString();
    switch (SidebarModel::kindAt(i)) {
    case SidebarModel::Kind::AllDramas: navigate({}); break;
    case SidebarModel::Kind::Favorites: navigate({ Location::Page::Favorites, {} }); break;
    case SidebarModel::Kind::OtherMusic: navigate({ Location::Page::OtherMusic, {} }); break;
    case SidebarModel::Kind::Collection: navigate({ Location::Page::Collection, id }); break;
    case SidebarModel::Kind::Playlist: navigate({ Location::Page::Playlist, id }); break;
    case SidebarModel::Kind::NewPlaylist: m_playlistActions->newPlaylist(); break;
    case SidebarModel::Kind::Trash: m_playlistActions->showTrash(); break;
    case SidebarModel::Kind::Header: break;
    }
}

void MainWindow::showSidebarMenu(const QPoint &pos)
{
    const QModelIndex i = m_sidebar->indexAt(pos);
    if (SidebarModel::kindAt(i) != SidebarModel::Kind::Playlist)
        return;
    const qint64 id = i.data(SidebarModel::IdRole).toString().toLongLong();
    PlaylistEditor *editor = m_service->playlists();
    QMenu menu(this);
    menu.addAction(tr("Open"), this, [this, id] {
        navigate({ Location::Page::Playlist, QString::number(id) });
    });
    menu.addAction(tr("Rename…"), this, [this, id] { m_playlistActions->rename(id); });
    menu.addAction(tr("Duplicate"), editor, [editor, id] { editor->duplicate(id); });
    menu.addAction(tr("Export…"), this, [this, id] { m_playlistActions->exportPlaylist(id); });
    menu.addSeparator();
    menu.addAction(tr("Delete (move to trash)"), editor, [editor, id] { editor->moveToTrash(id); });
    menu.exec(m_sidebar->viewport()->mapToGlobal(pos));
}

void MainWindow::connectPlaylists()
{
    PlaylistEditor *editor = m_service->playlists();
    connect(m_sidebar, &QWidget::customContextMenuRequested, this, &MainWindow::showSidebarMenu);
    connect(m_sidebar, &SidebarView::songsDropped, this,
            [this, editor](const QModelIndex &target, const QStringList &ids) {
                if (SidebarModel::kindAt(target) == SidebarModel::Kind::NewPlaylist)
                    m_playlistActions->newPlaylist(ids);
                else
                    editor->addSongs(target.data(SidebarModel::IdRole).toString().toLongLong(), ids);
            });
    connect(m_playlistActions, &PlaylistActions::openRequested, this, [this](qint64 id) {
        navigate({ Location::Page::Playlist, QString::number(id) });
    });
    connect(editor, &PlaylistEditor::removed, this, [this](qint64 id) {
        if (m_history.current() == Location { Location::Page::Playlist, QString::number(id) })
            navigate({});
    });
    connect(editor, &PlaylistEditor::errorOccurred, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Playlist not changed"), message);
    });
    connect(editor, &PlaylistEditor::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
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

    connect(m_favoritesPage, &FavoritesPage::dramaRequested, this, [this](const QString &id) {
        navigate({ Location::Page::Drama, id });
    });
    connect(m_favoritesPage, &FavoritesPage::artistRequested, this, [this](const QString &id) {
        navigate({ Location::Page::Artist, id });
    });
    connect(m_favoritesPage, &FavoritesPage::dramaContextMenuRequested, this,
            &MainWindow::showGridContextMenu);
    connect(m_favoritesPage, &FavoritesPage::songFavoriteToggled, m_service,
            &LibraryService::setSongFavorite);
    connect(m_favoritesPage, &FavoritesPage::playRequested, this, &MainWindow::playSongs);
    connect(m_service, &LibraryService::favoriteSongsReady, this, [this](const QList<Song> &songs) {
        m_favoritesPage->setSongs(songs, m_service->favoriteSongs());
    });
    connect(m_service, &LibraryService::otherTracksReady, this, [this](const QList<OtherTrack> &tracks) {
        m_otherPage->setTracks(tracks, m_service->favoriteSongs());
    });
    connect(m_otherPage, &OtherMusicPage::songFavoriteToggled, m_service, &LibraryService::setSongFavorite);
    connect(m_otherPage, &OtherMusicPage::playRequested, this, &MainWindow::playSongs);
    connect(m_otherPage, &OtherMusicPage::artistRequested, this, [this](const QString &id) {
        navigate({ Location::Page::Artist, id });
    });
    connect(m_playbackUi, &PlaybackUi::currentSongChanged, this, [this](const QString &id) {
        m_currentSong = id;
        m_player->setFavorite(true, m_service->favoriteSongs().contains(id));
    });
    connect(m_service->localMusic(), &LocalMusicService::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 6000); });
    connect(m_service->localMusic(), &LocalMusicService::errorOccurred, this, &MainWindow::showError);
    connect(m_service, &LibraryService::fileStatesReady, this,
            [this](const QHash<QString, FileState> &states) {
                for (TrackModel *m : { m_dramaPage->trackModel(), m_artistPage->trackModel(),
                                       m_favoritesPage->songModel(), m_otherPage->songModel() })
                    m->setFileStates(states);
            });
    for (TrackModel *m : { m_dramaPage->trackModel(), m_artistPage->trackModel(),
                           m_favoritesPage->songModel(), m_otherPage->songModel() })
        connect(m, &QAbstractItemModel::modelReset, this,
                [this, m] { m_service->requestFileStates(m->songIds()); });
    connect(m_service->localMusic(), &LocalMusicService::linksChanged, this, [this] {
        for (TrackModel *m :
             { m_dramaPage->trackModel(), m_artistPage->trackModel(), m_favoritesPage->songModel() })
            m_service->requestFileStates(m->songIds());
        if (m_history.current().page == Location::Page::Playlist)
            m_service->playlists()->open(m_history.current().id.toLongLong()); // refresh file states
    });
    connect(m_playbackUi, &PlaybackUi::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 6000); });
    connect(m_player, &PlayerBar::favoriteToggled, this, [this](bool on) {
        if (!m_currentSong.isEmpty())
            m_service->setSongFavorite(m_currentSong, on);
    });
}

void MainWindow::showMusicFolders()
{
    LocalMusicService *music = m_service->localMusic();
    auto *dialog = new MusicFoldersDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(music, &LocalMusicService::foldersReady, dialog, &MusicFoldersDialog::setFolders);
    connect(music, &LocalMusicService::reviewReady, dialog, &MusicFoldersDialog::setReview);
    connect(music, &LocalMusicService::scanProgress, dialog, &MusicFoldersDialog::setProgress);
    connect(music, &LocalMusicService::scanFinished, dialog, [dialog](const QString &text) {
        dialog->setScanning(false);
        dialog->setSummary(text);
    });
    connect(music, &LocalMusicService::errorOccurred, dialog, [dialog](const QString &text) {
        dialog->setScanning(false);
        dialog->setSummary(text);
    });
    connect(dialog, &MusicFoldersDialog::addFolderRequested, music, &LocalMusicService::addFolder);
    connect(dialog, &MusicFoldersDialog::removeFolderRequested, music, &LocalMusicService::removeFolder);
    connect(dialog, &MusicFoldersDialog::scanRequested, music, [music, dialog] {
        dialog->setScanning(true);
        music->scan();
    });
    connect(dialog, &MusicFoldersDialog::cancelRequested, music, &LocalMusicService::cancelScan);
    connect(dialog, &MusicFoldersDialog::acceptRequested, music, &LocalMusicService::accept);
    connect(dialog, &MusicFoldersDialog::rejectRequested, music, &LocalMusicService::reject);
    dialog->setScanning(music->isScanning());
    music->refresh();
    dialog->show();
}

void MainWindow::connectTrackViews()
{
    // Every song list offers "Add to playlist" and drags; one place wires them all.
    PlaylistEditor *editor = m_service->playlists();
    for (TrackListView *view : findChildren<TrackListView *>()) {
        connect(view, &TrackListView::menuAboutToShow, m_editActions, &LibraryEditActions::addSongActions);
        view->setPlaylists(editor->playlists());
        connect(view, &TrackListView::addToPlaylistRequested, editor,
                [editor](qint64 id, const QStringList &ids) { editor->addSongs(id, ids); });
        connect(view, &TrackListView::newPlaylistRequested, this,
                [this](const QStringList &ids) { m_playlistActions->newPlaylist(ids); });
        connect(view, &TrackListView::linkFileRequested, this, [this](const QString &songId) {
            const QString file = QFileDialog::getOpenFileName(
                this, tr("Link an audio file"), QString(),
                tr("Audio (*.mp3 *.flac *.ogg *.opus *.m4a *.wav *.aac *.wma)"));
            if (!file.isEmpty())
                m_service->localMusic()->link(songId, file);
        });
        connect(view, &TrackListView::linkFileDropped, m_service->localMusic(), &LocalMusicService::link);
        connect(view, &TrackListView::unlinkRequested, m_service->localMusic(), &LocalMusicService::unlink);
        connect(view, &TrackListView::playNextRequested, m_service->playback(),
                &PlaybackController::playNext);
        connect(view, &TrackListView::queueRequested, m_service->playback(), &PlaybackController::addToQueue);
    }
}

void MainWindow::navigate(const Location &location)
{
    m_history.visit(location);
    showLocation(location);
}

void MainWindow::goBack()
{
    if (m_history.canGoBack())
        showLocation(m_history.back());
}

void MainWindow::goForward()
{
    if (m_history.canGoForward())
        showLocation(m_history.forward());
}

void MainWindow::showLocation(const Location &location)
{
    updateNavigationActions();
    m_search->hideResults();
    switch (location.page) {
    case Location::Page::Grid:
        m_stack->setCurrentWidget(m_gridPage);
        setWindowTitle(tr("OST Shelf"));
        m_grid->setFocus();
        Q_EMIT pageShown(location);
        break;
    case Location::Page::Drama: m_service->requestDrama(location.id); break;
    case Location::Page::Artist: m_service->requestArtist(location.id); break;
    case Location::Page::OtherMusic:
        m_service->requestOtherTracks();
        m_stack->setCurrentWidget(m_otherPage);
        setWindowTitle(tr("Other music") + u" — "_s + tr("OST Shelf"));
        m_otherPage->songList()->setFocus();
        Q_EMIT pageShown(location);
        break;
    case Location::Page::Favorites:
        m_service->requestFavoriteSongs();
        m_stack->setCurrentWidget(m_favoritesPage);
        setWindowTitle(tr("Favorites") + u" — "_s + tr("OST Shelf"));
        m_favoritesPage->dramaGrid()->setFocus();
        Q_EMIT pageShown(location);
        break;
    case Location::Page::Playlist: {
        const qint64 id = location.id.toLongLong();
        PlaylistEditor *editor = m_service->playlists();
        const int row = editor->playlists()->rowOf(id);
        if (row < 0) { // deleted since it was visited
            statusBar()->showMessage(tr("That playlist was deleted; it is in the trash."), 5000);
            m_stack->setCurrentWidget(m_gridPage);
            Q_EMIT pageShown({});
            break;
        }
        editor->open(id);
        m_playlistPage->showPlaylist(id);
        m_stack->setCurrentWidget(m_playlistPage);
        setWindowTitle(editor->playlists()->playlist(row).name + u" — "_s + tr("OST Shelf"));
        Q_EMIT pageShown(location);
        break;
    }
    case Location::Page::Collection:
        for (const auto &c : m_service->collections()) {
            if (c.id == location.id) {
                m_collectionPage->showCollection(c);
                m_stack->setCurrentWidget(m_collectionPage);
                setWindowTitle(c.title + u" — "_s + tr("OST Shelf"));
                Q_EMIT pageShown(location);
            }
        }
        break;
    }
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
    m_proxy->setYearRange(state.yearFrom, state.yearTo);
    m_proxy->setBroadcaster(state.broadcaster);
    m_proxy->setFavoritesOnly(state.favoritesOnly);
    m_proxy->setOrigin(state.origin);
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
    m_proxy->setAllowedIds(allowed, active);
    if (!state.artistId.isEmpty())
        m_service->requestDramasOfArtist(state.artistId);
    updateEmptyState();
}

void MainWindow::updateNavigationActions()
{
    if (m_back)
        m_back->setEnabled(m_history.canGoBack());
    if (m_forward)
        m_forward->setEnabled(m_history.canGoForward());
}

void MainWindow::updateEmptyState()
{
    const bool loaded = m_service->gridModel()->rowCount() > 0;
    const bool empty = m_proxy->rowCount() == 0;
    if (loaded && empty)
        m_emptyState->setText(tr("No drama matches these filters. Remove a filter above to see more."));
    m_emptyState->setVisible(empty);
    m_grid->setVisible(!empty);
}

void MainWindow::showGridContextMenu(const QModelIndex &index, const QPoint &globalPos)
{
    if (!index.isValid())
        return;
    const QString id = index.data(DramaGridModel::IdRole).toString();
    const bool fav = index.data(DramaGridModel::FavoriteRole).toBool();
    QMenu menu(this);
    menu.addAction(tr("Open"), this, [this, id] { navigate({ Location::Page::Drama, id }); });
    menu.addAction(fav ? tr("Remove from favorites") : tr("Add to favorites"), this,
                   [this, id, fav] { m_service->setDramaFavorite(id, !fav); });
    menu.addSeparator();
    menu.addAction(tr("Choose poster image…"), this, [this, id] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Choose a poster"), QString(), tr("Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)"));
        if (!file.isEmpty())
            m_service->setCustomPoster(id, file);
    });
    if (!m_service->gridModel()->customPoster(id).isEmpty())
        menu.addAction(tr("Use the generated poster"), this,
                       [this, id] { m_service->setCustomPoster(id, QString()); });
    menu.addSeparator();
    m_editActions->addDramaActions(&menu, id);
    menu.exec(globalPos);
}

void MainWindow::playSongs(const QStringList &songIds, int startRow)
{
    m_service->playback()->playSongs(songIds, startRow);
}

void MainWindow::showError(const QString &message)
{
    statusBar()->showMessage(message, 10000);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonPress) {
        auto *me = static_cast<QMouseEvent *>(event);
        auto *w = qobject_cast<QWidget *>(watched);
        if (w && w->window() == this) {
            if (me->button() == Qt::BackButton) {
                goBack();
                return true;
            }
            if (me->button() == Qt::ForwardButton) {
                goForward();
                return true;
            }
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::restoreSettings()
{
    QSettings s;
    if (!restoreGeometry(s.value(u"window/geometry"_s).toByteArray()))
        resize(1280, 820);
    restoreState(s.value(u"window/state"_s).toByteArray());
    if (auto *split = findChild<QSplitter *>(u"mainSplitter"_s))
        split->restoreState(s.value(u"window/splitter"_s).toByteArray());
    if (auto *split = findChild<QSplitter *>(u"favoritesSplitter"_s))
        split->restoreState(s.value(u"window/favoritesSplitter"_s).toByteArray());
    m_grid->setPosterWidth(s.value(u"grid/posterWidth"_s, 160).toInt());
    m_sort->setCurrentIndex(std::clamp(s.value(u"grid/sort"_s, 0).toInt(), 0, m_sort->count() - 1));
    m_proxy->setSortKey(DramaFilterProxy::SortKey(m_sort->currentData().toInt()));
}

void MainWindow::exportCurrentSelection()
{
    const Location here = m_history.current();
    CatalogSelection selection;
    QString title;
    qint64 playlistId = 0;
    switch (here.page) {
    case Location::Page::Drama:
        selection.dramaIds << here.id;
        title = m_dramaPage->windowTitle().isEmpty() ? here.id : m_dramaPage->windowTitle();
        break;
    case Location::Page::Collection:
        selection.collectionIds << here.id;
        title = here.id;
        break;
    case Location::Page::Playlist:
        playlistId = here.id.toLongLong();
        title = tr("Playlist %1").arg(here.id);
        break;
    case Location::Page::Favorites:
        selection.dramaIds
            = QStringList(m_service->favoriteDramas().cbegin(), m_service->favoriteDramas().cend());
        title = tr("Favorites");
        break;
    default: {
        // The grid: the selected posters, else every drama the filters show.
        const auto rows = m_grid->selectionModel()->selectedIndexes();
        for (const auto &i : rows)
            selection.dramaIds << i.data(DramaGridModel::IdRole).toString();
        if (selection.dramaIds.isEmpty())
            for (int r = 0; r < m_proxy->rowCount(); ++r)
                selection.dramaIds << m_proxy->index(r, 0).data(DramaGridModel::IdRole).toString();
        title = selection.dramaIds.size() == 1 ? m_proxy->index(0, 0).data(Qt::DisplayRole).toString()
                                               : tr("%n drama(s)", nullptr, int(selection.dramaIds.size()));
        if (rows.size() == 1)
            title = rows.first().data(Qt::DisplayRole).toString();
    }
    }
    m_packActions->exportSelection(selection, title, playlistId);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const auto urls = event->mimeData()->urls();
    if (std::any_of(urls.cbegin(), urls.cend(), [](const QUrl &u) {
            return u.isLocalFile()
                && (PackActions::isPack(u.toLocalFile()) || BackupActions::isBackup(u.toLocalFile()));
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
    if (PackActions::isPack(path)) {
        QMetaObject::invokeMethod(
            this, [this, path] { m_packActions->importPack(path); }, Qt::QueuedConnection);
        return true;
    }
    if (BackupActions::isBackup(path)) {
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
    if (auto *split = findChild<QSplitter *>(u"mainSplitter"_s))
        s.setValue(u"window/splitter"_s, split->saveState());
    if (auto *split = findChild<QSplitter *>(u"favoritesSplitter"_s))
        s.setValue(u"window/favoritesSplitter"_s, split->saveState());
    s.setValue(u"grid/posterWidth"_s, m_grid->posterWidth());
    s.setValue(u"grid/sort"_s, m_sort->currentIndex());
    m_playbackUi->saveSettings();
    event->accept();
}

} // namespace ost
