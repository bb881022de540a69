#pragma once

#include <QMimeData>
#include <QModelIndexList>
#include <QStringList>

namespace ost {

// Drag-and-drop payloads between song views, the sidebar and playlists.
class SongMime
{
public:
    static constexpr const char *kSongIds = "application/x-ostshelf-song-ids";
    static constexpr const char *kPlaylistRows = "application/x-ostshelf-playlist-rows";
    static constexpr const char *kQueueRows = "application/x-ostshelf-queue-rows";

    static QMimeData *create(const QStringList &songIds, qint64 playlistId = 0, const QList<int> &rows = {});
    static QStringList songIds(const QMimeData *mime);
    // The distinct rows of a view's selected indexes (one per row, whatever the columns), in order.
    static QList<int> rows(const QModelIndexList &indexes);
    // Rows of a playlist being dragged within it; empty if the drag came from elsewhere.
    static QList<int> playlistRows(const QMimeData *mime, qint64 playlistId);
    // Rows dragged within the play queue (marked with this process, so another window's
    // queue drag is taken as songs to add).
    static QMimeData *createQueue(const QStringList &songIds, const QList<int> &rows);
    static QList<int> queueRows(const QMimeData *mime);
};

} // namespace ost
