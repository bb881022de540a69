#include "pagestack.h"

#include "models/dramagridmodel.h"
#include "models/playlistlistmodel.h"
#include "pages/artistpage.h"
#include "pages/collectionpage.h"
#include "pages/dramapage.h"
#include "pages/favoritespage.h"
#include "pages/gridpage.h"
#include "pages/othermusicpage.h"
#include "pages/playlistpage.h"
#include "pages/tracklistview.h"
#include "playlists/playlisteditor.h"
#include "postergrid/postergridview.h"
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
{
    addWidget(m_grid);
    addWidget(m_drama);
    addWidget(m_artist);
    addWidget(m_collection);
    addWidget(m_playlist);
    addWidget(m_favorites);
    addWidget(m_other);

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

} // namespace ost
