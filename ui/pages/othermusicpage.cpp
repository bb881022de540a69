#include "othermusicpage.h"

#include "models/trackmodel.h"
#include "tracklistview.h"

#include <QBoxLayout>
#include <QLabel>
#include <QSet>

using namespace Qt::StringLiterals;

namespace ost {

OtherMusicPage::OtherMusicPage(QWidget *parent)
    : QWidget(parent)
    , m_songs(new TrackListView(this))
    , m_model(new TrackModel(this))
    , m_label(new QLabel(this))
{
    setObjectName(u"otherMusicPage"_s);
    setAccessibleName(tr("Other music"));
    m_songs->setTrackModel(m_model);
    m_songs->setObjectName(u"otherSongs"_s);
    m_songs->setAccessibleName(tr("Songs of your files that belong to no drama"));
    QFont bold = font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_label->setFont(bold);
    m_label->setWordWrap(true);
    m_label->setBuddy(m_songs);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    layout->addWidget(m_songs, 1);
    connect(m_model, &TrackModel::favoriteToggleRequested, this, &OtherMusicPage::songFavoriteToggled);
    connect(m_songs, &TrackListView::playRequested, this, &OtherMusicPage::playRequested);
    connect(m_songs, &TrackListView::dramaRequested, this, &OtherMusicPage::dramaRequested);
    connect(m_songs, &TrackListView::artistRequested, this, &OtherMusicPage::artistRequested);
    setTracks({}, {});
}

void OtherMusicPage::setTracks(const QList<OtherTrack> &tracks, const QSet<QString> &favorites)
{
    QList<Song> songs;
    QStringList notes;
    QSet<QString> albums;
    for (const OtherTrack &t : tracks) {
        songs << t.song;
        // Shown where a drama would be: the album and its artist.
        notes << (t.albumArtist.isEmpty() ? t.album : t.album + u" · "_s + t.albumArtist);
        albums.insert(t.albumArtist + u'\1' + t.album);
    }
    m_model->setTracks(songs, {}, favorites, notes);
    m_label->setText(
        tracks.isEmpty()
            ? tr("Other music — none: every song of your files belongs to a drama. Albums that are no "
                 "OST (singles, studio albums) show here after a scan.")
            : tr("Other music — %n song(s)", nullptr, int(tracks.size())) + u", "_s
                + tr("%n album(s)", nullptr, int(albums.size())));
}

void OtherMusicPage::setSongFavorite(const QString &songId, bool favorite)
{
    m_model->setFavorite(songId, favorite);
}

} // namespace ost
