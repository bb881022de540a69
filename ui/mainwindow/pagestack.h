#pragma once

#include "catalog/catalogsnapshot.h"
#include "services/navigationhistory.h"

#include <QStackedWidget>

namespace ost {

class ArtistPage;
class CollectionPage;
class DramaPage;
class FavoritesPage;
class GridPage;
class LibraryService;
class HistoryPage;
class OtherMusicPage;
class PlaylistPage;

// The pages the window shows one at a time, and what showing a location takes: asking the
// service for the page's content, switching to the page when it arrives (a drama or an
// artist comes from the database thread), focus, and the title the window should carry.
// It also wires the pages to the service (favorites, file states, lists that arrive) and
// gathers what they ask of the window into navigationRequested and playRequested.
class PageStack final : public QStackedWidget
{
    Q_OBJECT
public:
    PageStack(LibraryService *service, GridPage *grid, QWidget *parent = nullptr);

    // Shows location; pageShown follows when the page has its content.
    void show(const Location &location);
    Location showing() const { return m_showing; }
    // Asks again which songs of the open lists have a file (after links changed).
    void requestFileStates();
    // Ctrl+D: the drama on screen, or the poster with the keyboard focus in the grid, becomes a
    // favorite or stops being one.
    void toggleShownFavorite();
    // What "Export as pack" means at a location: the drama, the collection, the playlist
    // (playlistId), the favorites, else the posters chosen in the grid. Returns their title.
    QString selectionAt(const Location &here, CatalogSelection &selection, qint64 &playlistId) const;

    GridPage *gridPage() const { return m_grid; }
    DramaPage *dramaPage() const { return m_drama; }
    ArtistPage *artistPage() const { return m_artist; }
    CollectionPage *collectionPage() const { return m_collection; }
    PlaylistPage *playlistPage() const { return m_playlist; }
    FavoritesPage *favoritesPage() const { return m_favorites; }
    OtherMusicPage *otherPage() const { return m_other; }
    HistoryPage *historyPage() const { return m_history; }

Q_SIGNALS:
    void pageShown(const ost::Location &location);
    void titleChanged(const QString &title); // for the window: "Goblin — OST Shelf"
    void message(const QString &text);
    void navigationRequested(const ost::Location &location); // a drama or an artist, from any page
    void playRequested(const QStringList &songIds, int startRow); // a page's list, from that song on

private:
    void connectPages();
    // Switches to page, focuses focus, names the window after title (the app alone when empty).
    void showPage(QWidget *page, const QString &title, const Location &location, QWidget *focus = nullptr);

    LibraryService *m_service;
    GridPage *m_grid;
    DramaPage *m_drama;
    ArtistPage *m_artist;
    CollectionPage *m_collection;
    PlaylistPage *m_playlist;
    FavoritesPage *m_favorites;
    OtherMusicPage *m_other;
    HistoryPage *m_history;
    Location m_showing;
};

} // namespace ost
