#include "artistpage.h"

#include "models/trackmodel.h"
#include "tracklistview.h"

#include <QBoxLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace ost {

ArtistPage::ArtistPage(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLabel(this))
    , m_info(new QLabel(this))
    , m_tracks(new TrackListView(this))
    , m_model(new TrackModel(this))
{
    setAccessibleName(tr("Artist page"));
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.9);
    big.setBold(true);
    m_name->setFont(big);
    m_info->setTextFormat(Qt::RichText);
    m_info->setWordWrap(true);
    m_info->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_tracks->setTrackModel(m_model);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_name);
    layout->addWidget(m_info);
    layout->addWidget(m_tracks, 1);
    connect(m_info, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(u"artist:"_s))
            Q_EMIT artistRequested(link.mid(7));
    });
    connect(m_model, &TrackModel::favoriteToggleRequested, this, &ArtistPage::songFavoriteToggled);
    connect(m_tracks, &TrackListView::dramaRequested, this, &ArtistPage::dramaRequested);
    connect(m_tracks, &TrackListView::artistRequested, this, &ArtistPage::artistRequested);
    connect(m_tracks, &TrackListView::playRequested, this, &ArtistPage::playRequested);
}

void ArtistPage::showArtist(const Artist &artist, const QList<Song> &songs, const QList<Artist> &allArtists,
                            const QSet<QString> &favoriteSongs)
{
    m_artistId = artist.id;
    m_name->setText(artist.nameKo.isEmpty() ? artist.name : artist.name + u"  "_s + artist.nameKo);
    QHash<QString, QString> names;
    for (const auto &a : allArtists)
        names.insert(a.id, a.name);
    auto links = [&](const QStringList &ids) {
        QStringList out;
        for (const auto &id : ids)
            out << u"<a href=\"artist:%1\">%2</a>"_s.arg(id, names.value(id, id).toHtmlEscaped());
        return out.join(u", "_s);
    };
    QStringList lines;
    if (!artist.aliases.isEmpty())
        lines << tr("Also credited as: %1").arg(artist.aliases.join(u", "_s).toHtmlEscaped());
    if (!artist.groupIds.isEmpty())
        lines << tr("Member of: %1").arg(links(artist.groupIds));
    if (!artist.memberIds.isEmpty())
        lines << tr("Members: %1").arg(links(artist.memberIds));
    lines << (songs.isEmpty() ? tr("No songs in the catalog yet.")
                  : artist.memberIds.isEmpty()
                  ? tr("%n song(s):", nullptr, int(songs.size()))
                  : tr("%n song(s) by the group or its members:", nullptr, int(songs.size())));
    m_info->setText(lines.join(u"<br>"_s));
    m_model->setTracks(songs, {}, favoriteSongs);
    m_tracks->setVisible(!songs.isEmpty());
}

void ArtistPage::setSongFavorite(const QString &songId, bool favorite)
{
    m_model->setFavorite(songId, favorite);
}

} // namespace ost
