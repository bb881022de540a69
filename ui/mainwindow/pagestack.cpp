#include "pagestack.h"

#include "models/dramagridmodel.h"
#include "models/playlistlistmodel.h"
#include "models/trackmodel.h"
#include "pages/artistpage.h"
#include "pages/collectionpage.h"
#include "pages/dramapage.h"
#include "pages/favoritespage.h"
#include "pages/gridpage.h"
#include "pages/historypage.h"
#include "pages/othermusicpage.h"
#include "pages/playlistpage.h"
#include "pages/tracklistview.h"
#include "playlists/playlisteditor.h"
#include "postergrid/postergridview.h"
#include "services/historykeeper.h"
#include "services/libraryservice.h"

using namespace Qt::StringLiterals;

namespace ost {

PageStack::PageStack(LibraryService *service, GridPage *grid, QWidget *parent)
    : QStackedWidget(parent)
    , m_service(service)
    , m_grid(grid)
    , m_drama(new DramaPage(service->posterLoader()))
    , m_artist(new ArtistPage)
    , m_collection(new CollectionPage)
    , m_playlist(new PlaylistPage(service->playlists()->model(), service->playlists()->playlists()))
    , m_favorites(new FavoritesPage(service->gridModel()))
    , m_other(new OtherMusicPage)
    , m_history(new HistoryPage)
{
    addWidget(m_grid);
    addWidget(m_drama);
    addWidget(m_artist);
    addWidget(m_collection);
    addWidget(m_playlist);
    addWidget(m_favorites);
    addWidget(m_other);
    addWidget(m_history);

    connect(service, &LibraryService::dramaReady, this, [this](const DramaDetail &d) {
        if (m_showing != Location { Location::Page::Drama, d.drama.id })
            return;
        m_drama->showDrama(d, m_service->favoriteDramas().contains(d.drama.id), m_service->favoriteSongs(),
                           m_service->gridModel()->customPoster(d.drama.id));
        showPage(m_drama, d.drama.title, m_showing, m_drama->trackView());
    });
    connect(service, &LibraryService::artistReady, this, [this](const Artist &a, const QList<Song> &songs) {
        if (m_showing != Location { Location::Page::Artist, a.id })
            return;
        m_artist->showArtist(a, songs, m_service->artists(), m_service->favoriteSongs());
        showPage(m_artist, a.name, m_showing);
    });
    connectPages();
}

void PageStack::connectPages()
{
    auto go = [this](Location::Page page) {
        return [this, page](const QString &id) { Q_EMIT navigationRequested({ page, id }); };
    };
    connect(m_drama, &DramaPage::dramaRequested, this, go(Location::Page::Drama));
    connect(m_drama, &DramaPage::artistRequested, this, go(Location::Page::Artist));
    connect(m_artist, &ArtistPage::dramaRequested, this, go(Location::Page::Drama));
    connect(m_artist, &ArtistPage::artistRequested, this, go(Location::Page::Artist));
    connect(m_collection, &CollectionPage::dramaRequested, this, go(Location::Page::Drama));
    connect(m_favorites, &FavoritesPage::dramaRequested, this, go(Location::Page::Drama));
    connect(m_favorites, &FavoritesPage::artistRequested, this, go(Location::Page::Artist));
    connect(m_other, &OtherMusicPage::dramaRequested, this, go(Location::Page::Drama));
    connect(m_other, &OtherMusicPage::artistRequested, this, go(Location::Page::Artist));

    connect(m_drama, &DramaPage::playRequested, this, &PageStack::playRequested);
    connect(m_artist, &ArtistPage::playRequested, this, &PageStack::playRequested);
    connect(m_collection, &CollectionPage::playRequested, this, &PageStack::playRequested);
    connect(m_favorites, &FavoritesPage::playRequested, this, &PageStack::playRequested);
    connect(m_other, &OtherMusicPage::playRequested, this, &PageStack::playRequested);
    connect(m_history, &HistoryPage::playRequested, this, &PageStack::playRequested);
    connect(m_history, &HistoryPage::dramaRequested, this, go(Location::Page::Drama));

    // The history page shows the newest plays and follows every change while it is shown.
    HistoryKeeper *history = m_service->history();
    connect(m_history, &HistoryPage::clearRequested, history, &HistoryKeeper::clear);
    connect(history, &HistoryKeeper::recentReady, m_history, &HistoryPage::setEntries);
    connect(history, &HistoryKeeper::changed, this, [this, history] {
        if (currentWidget() == m_history)
            history->requestRecent();
    });
    connect(history, &HistoryKeeper::message, this, &PageStack::message);
    connect(history, &HistoryKeeper::errorOccurred, this, &PageStack::message);

    // Pages ask for favorites and songs; the service does the work and says what changed.
    LibraryService *service = m_service;
    connect(m_drama, &DramaPage::favoriteToggled, service, &LibraryService::setDramaFavorite);
    connect(m_drama, &DramaPage::songFavoriteToggled, service, &LibraryService::setSongFavorite);
    connect(m_artist, &ArtistPage::songFavoriteToggled, service, &LibraryService::setSongFavorite);
    connect(m_favorites, &FavoritesPage::songFavoriteToggled, service, &LibraryService::setSongFavorite);
    connect(m_other, &OtherMusicPage::songFavoriteToggled, service, &LibraryService::setSongFavorite);
    connect(m_collection, &CollectionPage::songRequested, service, &LibraryService::locateSong);
    connect(service, &LibraryService::dramaFavoriteChanged, this, [this](const QString &id, bool favorite) {
        if (m_drama->dramaId() == id)
            m_drama->setFavorite(favorite);
    });
    connect(service, &LibraryService::songFavoriteChanged, this, [this](const QString &id, bool favorite) {
        m_drama->setSongFavorite(id, favorite);
        m_artist->setSongFavorite(id, favorite);
        m_favorites->setSongFavorite(id, favorite);
        m_other->setSongFavorite(id, favorite);
    });
    connect(service, &LibraryService::favoriteSongsReady, this,
            [this](const QList<Song> &songs) { m_favorites->setSongs(songs, m_service->favoriteSongs()); });
    connect(service, &LibraryService::otherTracksReady, this, [this](const QList<OtherTrack> &tracks) {
        m_other->setTracks(tracks, m_service->favoriteSongs());
    });

    // Each song list shows whether its songs have a file; asked again when a list is reset.
    const QList<TrackModel *> lists
        = { m_drama->trackModel(), m_artist->trackModel(), m_favorites->songModel(), m_other->songModel() };
    connect(service, &LibraryService::fileStatesReady, this,
            [lists](const QHash<QString, FileState> &states) {
                for (TrackModel *m : lists)
                    m->setFileStates(states);
            });
    for (TrackModel *m : lists)
        connect(m, &QAbstractItemModel::modelReset, this,
                [this, m] { m_service->requestFileStates(m->songIds()); });
    // And how often its songs were played: asked for every list at once, again after each play.
    const auto askPlayCounts = [this, lists] {
        QStringList ids;
        for (TrackModel *m : lists)
            ids += m->songIds();
        ids.removeDuplicates();
        if (!ids.isEmpty())
            m_service->history()->requestCounts(ids);
    };
    for (TrackModel *m : lists)
        connect(m, &QAbstractItemModel::modelReset, this, askPlayCounts);
    connect(m_service->history(), &HistoryKeeper::changed, this, askPlayCounts);
    connect(m_service->history(), &HistoryKeeper::countsReady, this,
            [lists](const QHash<QString, SongPlayCounts> &counts) {
                for (TrackModel *m : lists)
                    m->setPlayCounts(counts);
            });
}

void PageStack::requestFileStates()
{
    for (TrackModel *m : { m_drama->trackModel(), m_artist->trackModel(), m_favorites->songModel() })
        m_service->requestFileStates(m->songIds());
}

void PageStack::showPage(QWidget *page, const QString &title, const Location &location, QWidget *focus)
{
    setCurrentWidget(page);
    if (focus)
        focus->setFocus();
    Q_EMIT titleChanged(title.isEmpty() ? tr("OST Shelf") : title + u" — "_s + tr("OST Shelf"));
    Q_EMIT pageShown(location);
}

void PageStack::show(const Location &location)
{
    m_showing = location;
    switch (location.page) {
    case Location::Page::Grid: showPage(m_grid, {}, location, m_grid->grid()); break;
    case Location::Page::Drama: m_service->requestDrama(location.id); break;
    case Location::Page::Artist: m_service->requestArtist(location.id); break;
    case Location::Page::OtherMusic:
        m_service->requestOtherTracks();
        showPage(m_other, tr("Other music"), location, m_other->songList());
        break;
    case Location::Page::History:
        m_service->history()->requestRecent();
        showPage(m_history, tr("History"), location, m_history->view());
        break;
    case Location::Page::Favorites:
        m_service->requestFavoriteSongs();
        showPage(m_favorites, tr("Favorites"), location, m_favorites->dramaGrid());
        break;
    case Location::Page::Playlist: {
        const qint64 id = location.id.toLongLong();
        PlaylistEditor *editor = m_service->playlists();
        const int row = editor->playlists()->rowOf(id);
        if (row < 0) { // deleted since it was visited
            Q_EMIT message(tr("That playlist was deleted; it is in the trash."));
            setCurrentWidget(m_grid);
            Q_EMIT pageShown({});
            break;
        }
        editor->open(id);
        m_playlist->showPlaylist(id);
        showPage(m_playlist, editor->playlists()->playlist(row).name, location);
        break;
    }
    case Location::Page::Collection:
        for (const auto &c : m_service->collections()) {
            if (c.id == location.id) {
                m_collection->showCollection(c);
                showPage(m_collection, c.title, location);
            }
        }
        break;
    }
}

void PageStack::toggleShownFavorite()
{
    if (currentWidget() == m_drama && !m_drama->dramaId().isEmpty()) {
        m_service->setDramaFavorite(m_drama->dramaId(),
                                    !m_service->favoriteDramas().contains(m_drama->dramaId()));
    } else if (currentWidget() == m_grid && m_grid->grid()->currentIndex().isValid()) {
        const QString id = m_grid->grid()->currentIndex().data(DramaGridModel::IdRole).toString();
        m_service->setDramaFavorite(id, !m_service->favoriteDramas().contains(id));
    }
}

QString PageStack::selectionAt(const Location &here, CatalogSelection &selection, qint64 &playlistId) const
{
    switch (here.page) {
    case Location::Page::Drama:
        selection.dramaIds << here.id;
        return m_drama->windowTitle().isEmpty() ? here.id : m_drama->windowTitle();
    case Location::Page::Collection: selection.collectionIds << here.id; return here.id;
    case Location::Page::Playlist: playlistId = here.id.toLongLong(); return tr("Playlist %1").arg(here.id);
    case Location::Page::Favorites:
        selection.dramaIds
            = QStringList(m_service->favoriteDramas().cbegin(), m_service->favoriteDramas().cend());
        return tr("Favorites");
    default: return m_grid->chosenDramas(selection.dramaIds);
    }
}

} // namespace ost
