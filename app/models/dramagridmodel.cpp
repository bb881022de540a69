#include "dramagridmodel.h"

#include <QLinearGradient>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace ost {

DramaGridModel::DramaGridModel(PosterLoader *loader, QObject *parent)
    : QAbstractListModel(parent)
    , m_loader(loader)
{
    setPosterCacheLimit(64ll * 1024 * 1024);
    if (m_loader) {
        connect(m_loader, &PosterLoader::ready, this, &DramaGridModel::posterReady);
        connect(m_loader, &PosterLoader::dropped, this, [this](const QString &id, QSize size) {
            if (size == m_posterSize)
                m_pending.remove(cacheKey(id)); // asked again when next painted
        });
    }
}

void DramaGridModel::setPosterCacheLimit(qint64 bytes)
{
    m_cache.setMaxCost(qsizetype(bytes / 1024)); // cost in KiB
}

void DramaGridModel::setDramas(QList<Drama> dramas, const QSet<QString> &favorites,
                               const QHash<QString, QString> &customPosters)
{
    beginResetModel();
    m_dramas = std::move(dramas);
    m_favorites = favorites;
    m_customPosters = customPosters;
    m_rowById.clear();
    for (int i = 0; i < m_dramas.size(); ++i)
        m_rowById.insert(m_dramas[i].id, i);
    m_cache.clear();
    m_pending.clear();
    endResetModel();
}

void DramaGridModel::setFavorite(const QString &id, bool favorite)
{
    const int row = rowOf(id);
    if (favorite)
        m_favorites.insert(id);
    else
        m_favorites.remove(id);
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row), { FavoriteRole });
}

void DramaGridModel::setCustomPoster(const QString &id, const QString &path)
{
    if (path.isEmpty())
        m_customPosters.remove(id);
    else
        m_customPosters.insert(id, path);
    m_cache.remove(cacheKey(id));
    const int row = rowOf(id);
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row), { Qt::DecorationRole, PosterLoadedRole });
}

void DramaGridModel::setPosterSize(QSize size, qreal dpr)
{
    if (size == m_posterSize && qFuzzyCompare(dpr, m_dpr))
        return;
    m_posterSize = size;
    m_dpr = dpr;
    m_placeholder = QPixmap();
    m_cache.clear();
    m_pending.clear();
    if (!m_dramas.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_dramas.size()) - 1), { Qt::DecorationRole, PosterLoadedRole });
}

QString DramaGridModel::cacheKey(const QString &id) const
{
    return id + u'@' + QString::number(m_posterSize.width()) + u'x' + QString::number(m_posterSize.height());
}

int DramaGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_dramas.size());
}

QPixmap DramaGridModel::placeholder() const
{
    if (m_placeholder.isNull()) {
        QImage img((QSizeF(m_posterSize) * m_dpr).toSize(), QImage::Format_ARGB32_Premultiplied);
        img.setDevicePixelRatio(m_dpr);
        QPainter p(&img);
        QLinearGradient g(0, 0, 0, m_posterSize.height());
        g.setColorAt(0, QColor(0x4a, 0x4e, 0x5a));
        g.setColorAt(1, QColor(0x2c, 0x2f, 0x38));
        p.fillRect(QRect(QPoint(), m_posterSize), g);
        p.end();
        m_placeholder = QPixmap::fromImage(img);
    }
    return m_placeholder;
}

QVariant DramaGridModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Drama &d = m_dramas.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return d.title;
    case Qt::ToolTipRole: {
        QString tip = d.title;
        if (!d.titleKo.isEmpty())
            tip += u" · "_s + d.titleKo;
        if (d.year > 0)
            tip += u" ("_s + QString::number(d.year) + u")"_s;
        if (!d.broadcaster.isEmpty())
            tip += u"\n"_s + d.broadcaster;
        tip += u"\n"_s + tr("%n song(s) in the catalog", nullptr, d.songCount);
        return tip;
    }
    case Qt::AccessibleTextRole:
        return d.titleKo.isEmpty() ? d.title : d.title + u", "_s + d.titleKo;
    case IdRole:
        return d.id;
    case TitleKoRole:
        return d.titleKo;
    case YearRole:
        return d.year;
    case BroadcasterRole:
        return d.broadcaster;
    case FavoriteRole:
        return m_favorites.contains(d.id);
    case AddedAtRole:
        return d.addedAt;
    case SongCountRole:
        return d.songCount;
    case SoundtrackCompleteRole:
        return d.soundtrackComplete;
    case PosterLoadedRole:
        return m_cache.contains(cacheKey(d.id));
    case Qt::DecorationRole: {
        const QString key = cacheKey(d.id);
        if (const QPixmap *p = m_cache.object(key))
            return *p;
        if (m_loader && !m_pending.contains(key)) {
            m_pending.insert(key);
            m_loader->request(PosterSpec { d.id, d.title, d.titleKo, d.year, d.broadcaster, m_customPosters.value(d.id) },
                              m_posterSize, m_dpr);
        }
        return placeholder();
    }
    default:
        return {};
    }
}

bool DramaGridModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != FavoriteRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Q_EMIT favoriteToggleRequested(m_dramas.at(index.row()).id, value.toBool());
    return true;
}

Qt::ItemFlags DramaGridModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

QHash<int, QByteArray> DramaGridModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(IdRole, "dramaId");
    names.insert(TitleRole, "title");
    names.insert(TitleKoRole, "titleKo");
    names.insert(YearRole, "year");
    names.insert(BroadcasterRole, "broadcaster");
    names.insert(FavoriteRole, "favorite");
    names.insert(AddedAtRole, "addedAt");
    names.insert(SongCountRole, "songCount");
    names.insert(SoundtrackCompleteRole, "soundtrackComplete");
    names.insert(PosterLoadedRole, "posterLoaded");
    return names;
}

std::optional<PosterSpec> DramaGridModel::posterSpec(const QString &id) const
{
    const int row = rowOf(id);
    if (row < 0)
        return std::nullopt;
    const Drama &d = m_dramas.at(row);
    return PosterSpec { d.id, d.title, d.titleKo, d.year, d.broadcaster, m_customPosters.value(d.id) };
}

void DramaGridModel::posterReady(const QString &id, QSize size, const QImage &image)
{
    if (size != m_posterSize)
        return; // a request from before a zoom change
    const QString key = cacheKey(id);
    m_pending.remove(key);
    const int row = rowOf(id);
    if (row < 0 || image.isNull())
        return;
    const qsizetype cost = std::max<qsizetype>(1, image.sizeInBytes() / 1024);
    m_cache.insert(key, new QPixmap(QPixmap::fromImage(image)), cost);
    const QModelIndex i = index(row);
    Q_EMIT dataChanged(i, i, { Qt::DecorationRole, PosterLoadedRole });
}

} // namespace ost
