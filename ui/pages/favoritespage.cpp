#include "favoritespage.h"

#include "models/dramafilterproxy.h"
#include "models/dramagridmodel.h"
#include "models/trackmodel.h"
#include "postergrid/postergridview.h"
#include "tracklistview.h"

#include <QBoxLayout>
#include <QLabel>
#include <QSplitter>

using namespace Qt::StringLiterals;

namespace ost {

FavoritesPage::FavoritesPage(QAbstractItemModel *dramas, QWidget *parent)
    : QWidget(parent)
    , m_proxy(new DramaFilterProxy(this))
    , m_grid(new PosterGridView(this))
    , m_songs(new TrackListView(this))
    , m_model(new TrackModel(this))
    , m_dramaLabel(new QLabel(this))
    , m_songLabel(new QLabel(this))
{
    setObjectName(u"favoritesPage"_s);
    setAccessibleName(tr("Favorites"));
    m_proxy->setSourceModel(dramas);
    m_proxy->setFavoritesOnly(true);
    m_grid->setModel(m_proxy);
    m_grid->setObjectName(u"favoriteDramas"_s);
    m_grid->setAccessibleName(tr("Favorite dramas"));
    m_songs->setTrackModel(m_model);
    m_songs->setObjectName(u"favoriteSongs"_s);
    m_songs->setAccessibleName(tr("Favorite songs"));
    QFont bold = font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_dramaLabel->setFont(bold);
    m_songLabel->setFont(bold);
    m_dramaLabel->setBuddy(m_grid);
    m_songLabel->setBuddy(m_songs);

    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_dramaLabel);
    topLayout->addWidget(m_grid, 1);
    auto *bottom = new QWidget;
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_songLabel);
    bottomLayout->addWidget(m_songs, 1);
    m_split = new QSplitter(Qt::Vertical, this);
    m_split->setObjectName(u"favoritesSplitter"_s);
    m_split->addWidget(top);
    m_split->addWidget(bottom);
    m_split->setSizes({ 410, 320 });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_split);

    connect(m_grid, &QAbstractItemView::activated, this, [this](const QModelIndex &i) {
        Q_EMIT dramaRequested(i.data(DramaGridModel::IdRole).toString());
    });
    connect(m_grid, &PosterGridView::contextMenuRequestedFor, this,
            &FavoritesPage::dramaContextMenuRequested);
    connect(m_model, &TrackModel::favoriteToggleRequested, this, &FavoritesPage::songFavoriteToggled);
    connect(m_songs, &TrackListView::playRequested, this, &FavoritesPage::playRequested);
    connect(m_songs, &TrackListView::dramaRequested, this, &FavoritesPage::dramaRequested);
    connect(m_songs, &TrackListView::artistRequested, this, &FavoritesPage::artistRequested);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &FavoritesPage::updateCounts);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &FavoritesPage::updateCounts);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &FavoritesPage::updateCounts);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &FavoritesPage::updateCounts);
    updateCounts();
}

void FavoritesPage::setSongs(const QList<Song> &songs, const QSet<QString> &favorites)
{
    m_model->setTracks(songs, {}, favorites);
    updateCounts();
}

void FavoritesPage::setSongFavorite(const QString &songId, bool favorite)
{
    m_model->setFavorite(songId, favorite);
}

void FavoritesPage::updateCounts()
{
    const int dramas = m_proxy->rowCount();
    const int songs = m_model->rowCount();
    m_dramaLabel->setText(dramas == 0
                              ? tr("Favorite dramas — none yet: click the heart on a poster or press Ctrl+D")
                              : tr("Favorite dramas (%1)").arg(dramas));
    m_songLabel->setText(songs == 0 ? tr("Favorite songs — none yet: click the heart on a song")
                                    : tr("Favorite songs (%1)").arg(songs));
}

QByteArray FavoritesPage::saveLayout() const
{
    return m_split->saveState();
}

void FavoritesPage::restoreLayout(const QByteArray &state)
{
    m_split->restoreState(state);
}

} // namespace ost
