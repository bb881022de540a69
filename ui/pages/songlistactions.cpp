#include "songlistactions.h"

#include "edits/libraryeditactions.h"
#include "models/playlistlistmodel.h"
#include "playback/playbackcontroller.h"
#include "playlists/playlistactions.h"
#include "playlists/playlisteditor.h"
#include "services/libraryservice.h"
#include "services/localmusicservice.h"
#include "tracklistview.h"

#include <QFileDialog>

namespace ost {

SongListActions::SongListActions(LibraryService *service, PlaylistActions *playlists,
                                 LibraryEditActions *edits, QWidget *window)
    : QObject(window)
    , m_service(service)
    , m_playlists(playlists)
    , m_edits(edits)
    , m_window(window)
{ }

void SongListActions::attach(TrackListView *view)
{
    PlaylistEditor *editor = m_service->playlists();
    LocalMusicService *music = m_service->localMusic();
    connect(view, &TrackListView::menuAboutToShow, m_edits, &LibraryEditActions::addSongActions);
    view->setPlaylists(editor->playlists());
    connect(view, &TrackListView::addToPlaylistRequested, editor,
            [editor](qint64 id, const QStringList &ids) { editor->addSongs(id, ids); });
    connect(view, &TrackListView::newPlaylistRequested, m_playlists,
            [playlists = m_playlists](const QStringList &ids) { playlists->newPlaylist(ids); });
    connect(view, &TrackListView::linkFileRequested, this, [this, music](const QString &songId) {
        const QString file
            = QFileDialog::getOpenFileName(m_window, tr("Link an audio file"), QString(),
                                           tr("Audio (*.mp3 *.flac *.ogg *.opus *.m4a *.wav *.aac *.wma)"));
        if (!file.isEmpty())
            music->link(songId, file);
    });
    connect(view, &TrackListView::linkFileDropped, music, &LocalMusicService::link);
    connect(view, &TrackListView::unlinkRequested, music, &LocalMusicService::unlink);
    connect(view, &TrackListView::playNextRequested, m_service->playback(), &PlaybackController::playNext);
    connect(view, &TrackListView::queueRequested, m_service->playback(), &PlaybackController::addToQueue);
}

} // namespace ost
