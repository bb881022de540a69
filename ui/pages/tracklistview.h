#pragma once

#include "domain/song.h"

#include <QTreeView>

class QMenu;

namespace ost {

class TrackModel;

// A table of songs with a clickable favorite column and a context menu of intents.
class TrackListView final : public QTreeView
{
    Q_OBJECT
public:
    explicit TrackListView(QWidget *parent = nullptr);
    void setTrackModel(TrackModel *model);
    void setPlaylists(QAbstractItemModel *playlists) { m_playlists = playlists; }
    QStringList selectedSongIds() const;
    QStringList allSongIds() const;

Q_SIGNALS:
    void playRequested(const QStringList &songIds, int startRow); // the list, from that song on
    void dramaRequested(const QString &dramaId);
    void artistRequested(const QString &artistId);
    void playNextRequested(const QStringList &songIds);
    void linkFileRequested(const QString &songId); // "Link audio file…"
    void linkFileDropped(const QString &songId, const QString &path); // an audio file dropped on a song
    void unlinkRequested(const QString &songId);
    void queueRequested(const QStringList &songIds);
    void addToPlaylistRequested(qint64 playlistId, const QStringList &songIds);
    void newPlaylistRequested(const QStringList &songIds);
    void menuAboutToShow(QMenu *menu, const ost::Song &song, int part);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    static QString droppedAudioFile(const QMimeData *mime);
    void showMenu(const QPoint &pos);
    void addPlaylistMenu(QMenu *menu);
    TrackModel *m_model = nullptr;
    QAbstractItemModel *m_playlists = nullptr;
};

} // namespace ost
