#pragma once

#include "domain/artist.h"
#include "domain/song.h"

#include <QWidget>

class QLabel;

namespace ost {

class TrackListView;
class TrackModel;

// An artist or group: names, groups and members (links), and their songs across dramas.
class ArtistPage final : public QWidget
{
    Q_OBJECT
public:
    explicit ArtistPage(QWidget *parent = nullptr);

    void showArtist(const Artist &artist, const QList<Song> &songs, const QList<Artist> &allArtists,
                    const QSet<QString> &favoriteSongs);
    void setSongFavorite(const QString &songId, bool favorite);
    QString artistId() const { return m_artistId; }

    TrackModel *trackModel() const { return m_model; }

Q_SIGNALS:
    void artistRequested(const QString &artistId);
    void dramaRequested(const QString &dramaId);
    void songFavoriteToggled(const QString &songId, bool favorite);
    void playRequested(const QStringList &songIds, int startRow); // the list, from that song on

private:
    QString m_artistId;
    QLabel *m_name;
    QLabel *m_info;
    TrackListView *m_tracks;
    TrackModel *m_model;
};

} // namespace ost
