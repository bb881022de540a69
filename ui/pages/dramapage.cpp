#include "dramapage.h"

#include "models/trackmodel.h"
#include "posters/posterloader.h"
#include "tracklistview.h"

#include <QBoxLayout>
#include <QLabel>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace ost {

namespace {
constexpr QSize kPosterSize(220, 330);
}

DramaPage::DramaPage(PosterLoader *posters, QWidget *parent)
    : QWidget(parent)
    , m_posters(posters)
    , m_poster(new QLabel(this))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_meta(new QLabel(this))
    , m_synopsis(new QLabel(this))
    , m_status(new QLabel(this))
    , m_awards(new QLabel(this))
    , m_heart(new QToolButton(this))
    , m_tracks(new TrackListView(this))
    , m_model(new TrackModel(this))
{
    setAccessibleName(tr("Drama page"));
    m_poster->setFixedSize(kPosterSize);
    m_poster->setAccessibleName(tr("Poster"));
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.9);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont mid = font();
    mid.setPointSizeF(mid.pointSizeF() * 1.3);
    m_subtitle->setFont(mid);
    m_subtitle->setWordWrap(true);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_meta->setWordWrap(true);
    m_synopsis->setWordWrap(true);
    m_synopsis->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    m_status->setObjectName(u"soundtrackStatus"_s);
    m_awards->setWordWrap(true);
    m_awards->setTextFormat(Qt::RichText);
    m_heart->setCheckable(true);
    m_heart->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_heart->setAccessibleName(tr("Favorite"));
    m_tracks->setTrackModel(m_model);
    m_tracks->hideColumn(TrackModel::DramaColumn); // it is this drama

    auto *info = new QVBoxLayout;
    info->addWidget(m_title);
    info->addWidget(m_subtitle);
    info->addWidget(m_meta);
    auto *heartRow = new QHBoxLayout;
    heartRow->addWidget(m_heart);
    auto *edit = new QToolButton(this);
    edit->setText(tr("Edit…"));
    edit->setObjectName(u"editDrama"_s);
    edit->setToolTip(
        tr("Correct the titles, year or broadcaster, choose a poster, or merge with another drama"));
    connect(edit, &QToolButton::clicked, this, [this] { Q_EMIT editRequested(m_detail.drama.id); });
    heartRow->addWidget(edit);
    heartRow->addStretch();
    info->addLayout(heartRow);
    info->addWidget(m_synopsis);
    info->addWidget(m_awards);
    info->addStretch();
    auto *top = new QHBoxLayout;
    top->addWidget(m_poster, 0, Qt::AlignTop);
    top->addSpacing(16);
    top->addLayout(info, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    auto *soundtrack = new QLabel(tr("<b>Soundtrack</b>"), this);
    layout->addWidget(soundtrack);
    layout->addWidget(m_status);
    layout->addWidget(m_tracks, 1);

    connect(m_heart, &QToolButton::clicked, this, [this](bool on) {
        m_heart->setChecked(m_favorite); // the saved state decides, see setFavorite()
        Q_EMIT favoriteToggled(m_detail.drama.id, on);
    });
    connect(m_model, &TrackModel::favoriteToggleRequested, this, &DramaPage::songFavoriteToggled);
    connect(m_tracks, &TrackListView::playRequested, this, &DramaPage::playRequested);
    connect(m_tracks, &TrackListView::dramaRequested, this, &DramaPage::dramaRequested);
    connect(m_tracks, &TrackListView::artistRequested, this, &DramaPage::artistRequested);
    connect(m_posters, &PosterLoader::ready, this, [this](const QString &id, QSize size, const QImage &img) {
        if (id == m_detail.drama.id && size == kPosterSize)
            m_poster->setPixmap(QPixmap::fromImage(img));
    });
}

void DramaPage::showDrama(const DramaDetail &detail, bool favorite, const QSet<QString> &favoriteSongs,
                          const QString &customPoster)
{
    m_detail = detail;
    const Drama &d = detail.drama;
    m_poster->clear();
    m_posters->request(PosterSpec { d.id, d.title, d.titleKo, d.year, d.broadcaster, customPoster },
                       kPosterSize, devicePixelRatioF());
    m_title->setText(d.title);
    QStringList sub;
    if (!d.titleKo.isEmpty())
        sub << d.titleKo;
    if (!d.romanization.isEmpty())
        sub << d.romanization;
    m_subtitle->setText(sub.join(u"  ·  "_s));
    QStringList meta;
    meta << (d.year > 0 ? QString::number(d.year) : tr("Year unknown"));
    if (!d.broadcaster.isEmpty())
        meta << d.broadcaster;
    if (d.origin == u"files"_s)
        meta << tr("♪ from your files");
    else if (d.origin == u"pack"_s)
        meta << tr("from a drama pack");
    QString metaText = meta.join(u" · "_s);
    if (!d.aliases.isEmpty())
        metaText += u"\n"_s + tr("Also known as: %1").arg(d.aliases.join(u"; "_s));
    m_meta->setText(metaText);
    m_synopsis->setText(d.synopsis);
    m_synopsis->setVisible(!d.synopsis.isEmpty());

    if (detail.tracks.isEmpty())
        m_status->setText(
            tr("No songs from this soundtrack are in the catalog yet. The album is known, but its "
               "tracks have not been added."));
    else if (d.origin == u"files"_s)
        m_status->setText(tr("%n song(s) from your files.", nullptr, int(detail.tracks.size())));
    else if (!d.soundtrackComplete)
        m_status->setText(tr("%n song(s) of this soundtrack are in the catalog; the full album has more.",
                             nullptr, int(detail.tracks.size())));
    else
        m_status->setText(tr("The complete soundtrack: %n song(s).", nullptr, int(detail.tracks.size())));

    QStringList awards;
    for (const auto &a : detail.awards)
        awards << tr("🏆 <b>%1</b> — %2, %3 %4 (%5)")
                      .arg(a.songTitle.toHtmlEscaped(), a.category.toHtmlEscaped(),
                           a.ceremony.isEmpty() ? tr("ceremony not named") : a.ceremony.toHtmlEscaped(),
                           a.year > 0 ? QString::number(a.year) : QString(),
                           a.result == u"won"_s ? tr("won") : tr("nominated"));
    m_awards->setText(awards.isEmpty() ? QString() : tr("<b>Awards</b><br>") + awards.join(u"<br>"_s));
    m_awards->setVisible(!awards.isEmpty());
    m_tracks->setVisible(!detail.tracks.isEmpty());
    m_model->setTracks(detail.tracks, detail.parts, favoriteSongs);
    setFavorite(favorite);
}

void DramaPage::setFavorite(bool favorite)
{
    m_favorite = favorite;
    m_heart->setChecked(favorite);
    m_heart->setText(favorite ? tr("♥ Favorite") : tr("♡ Add to favorites"));
    m_heart->setToolTip(favorite ? tr("Remove this drama from your favorites (Ctrl+D)")
                                 : tr("Add this drama to your favorites (Ctrl+D)"));
}

void DramaPage::setSongFavorite(const QString &songId, bool favorite)
{
    m_model->setFavorite(songId, favorite);
}

} // namespace ost
