#pragma once

#include "domain/dramadetail.h"

#include <QWidget>

class QLabel;
class QToolButton;

namespace ost {

class PosterLoader;
class TrackListView;
class TrackModel;

// A drama: large poster, titles and aliases, year, broadcaster, synopsis, awards and the
// soundtrack by OST part, with an honest note when the catalog lacks part of it.
class DramaPage final : public QWidget
{
    Q_OBJECT
public:
    DramaPage(PosterLoader *posters, QWidget *parent = nullptr);

    void showDrama(const DramaDetail &detail, bool favorite, const QSet<QString> &favoriteSongs,
                   const QString &customPoster);
    void setFavorite(bool favorite);
    void setSongFavorite(const QString &songId, bool favorite);
    QString dramaId() const { return m_detail.drama.id; }
    TrackListView *trackView() const { return m_tracks; }
    TrackModel *trackModel() const { return m_model; }

Q_SIGNALS:
    void favoriteToggled(const QString &dramaId, bool favorite);
    void songFavoriteToggled(const QString &songId, bool favorite);
    void playRequested(const QStringList &songIds, int startRow); // the list, from that song on
    void dramaRequested(const QString &dramaId);
    void artistRequested(const QString &artistId);
    void editRequested(const QString &dramaId);

private:
    PosterLoader *m_posters;
    DramaDetail m_detail;
    bool m_favorite = false;
    QLabel *m_poster;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_meta;
    QLabel *m_synopsis;
    QLabel *m_status;
    QLabel *m_awards;
    QToolButton *m_heart;
    TrackListView *m_tracks;
    TrackModel *m_model;
};

} // namespace ost
