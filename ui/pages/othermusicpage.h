#pragma once

#include "domain/othertrack.h"

#include <QWidget>

class QLabel;

namespace ost {

class TrackListView;
class TrackModel;

// Songs of the user's files that belong to no drama (albums that are no OST), by album
// artist and album. They play, go into playlists and favorites like any song.
class OtherMusicPage final : public QWidget
{
    Q_OBJECT
public:
    explicit OtherMusicPage(QWidget *parent = nullptr);

    void setTracks(const QList<OtherTrack> &tracks, const QSet<QString> &favorites);
    void setSongFavorite(const QString &songId, bool favorite);
    TrackListView *songList() const { return m_songs; }
    TrackModel *songModel() const { return m_model; }

Q_SIGNALS:
    void songFavoriteToggled(const QString &songId, bool favorite);
    void playRequested(const QStringList &songIds, int startRow);
    void dramaRequested(const QString &dramaId);
    void artistRequested(const QString &artistId);

private:
    TrackListView *m_songs;
    TrackModel *m_model;
    QLabel *m_label;
};

} // namespace ost
