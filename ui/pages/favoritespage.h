#pragma once

#include "domain/song.h"

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QSplitter;

namespace ost {

class DramaFilterProxy;
class PosterGridView;
class TrackListView;
class TrackModel;

// Everything with a heart: favorite dramas as posters, favorite songs as a list.
class FavoritesPage final : public QWidget
{
    Q_OBJECT
public:
    explicit FavoritesPage(QAbstractItemModel *dramas, QWidget *parent = nullptr);

    void setSongs(const QList<Song> &songs, const QSet<QString> &favorites);
    void setSongFavorite(const QString &songId, bool favorite);
    PosterGridView *dramaGrid() const { return m_grid; }
    TrackListView *songList() const { return m_songs; }

    TrackModel *songModel() const { return m_model; }
    // Where the line between dramas and songs is, for the settings.
    QByteArray saveLayout() const;
    void restoreLayout(const QByteArray &state);

Q_SIGNALS:
    void dramaRequested(const QString &dramaId);
    void dramaContextMenuRequested(const QModelIndex &index, const QPoint &globalPos);
    void songFavoriteToggled(const QString &songId, bool favorite);
    void playRequested(const QStringList &songIds, int startRow); // the list, from that song on
    void artistRequested(const QString &artistId);

private:
    void updateCounts();

    DramaFilterProxy *m_proxy;
    PosterGridView *m_grid;
    TrackListView *m_songs;
    TrackModel *m_model;
    QLabel *m_dramaLabel;
    QLabel *m_songLabel;
    QSplitter *m_split;
};

} // namespace ost
