#pragma once

#include <QObject>

class QWidget;

namespace ost {

class LibraryEditActions;
class LibraryService;
class PlaylistActions;
class TrackListView;

// What every song list offers, wired in one place: add to a playlist or a new one, play next
// and queue, link or unlink a file of the user's (by dialog or drop), and the song's edit
// actions in its context menu.
class SongListActions final : public QObject
{
    Q_OBJECT
public:
    SongListActions(LibraryService *service, PlaylistActions *playlists, LibraryEditActions *edits,
                    QWidget *window);

    void attach(TrackListView *view);

private:
    LibraryService *m_service;
    PlaylistActions *m_playlists;
    LibraryEditActions *m_edits;
    QWidget *m_window;
};

} // namespace ost
