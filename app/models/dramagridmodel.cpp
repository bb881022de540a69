#include "dramagridmodel.h"

#include <QLinearGradient>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace ost {

DramaGridModel::DramaGridModel(PosterLoader *loader, QObject *parent)
    : QAbstractListModel(parent)
    , m_loader(loader)
{
    setPosterCacheLimit(24ll * 1024 * 1024); // about 160 posters at 160×240: six screens
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
    if (m_dramas.isEmpty()) {
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
        return;
    }
    QHash<QString, qsizetype> incoming;
    for (qsizetype i = 0; i < dramas.size(); ++i)
        incoming.insert(dramas[i].id, i);
    // Rows gone, from the end so the rows before keep their numbers.
    for (int row = int(m_dramas.size()) - 1; row >= 0; --row) {
        if (incoming.contains(m_dramas[row].id))
            continue;
        int first = row;
        while (first > 0 && !incoming.contains(m_dramas[first - 1].id))
            --first;
        beginRemoveRows({}, first, row);
        m_dramas.remove(first, row - first + 1);
        endRemoveRows();
        row = first;
    }
    m_rowById.clear();
    for (int i = 0; i < m_dramas.size(); ++i)
        m_rowById.insert(m_dramas[i].id, i);
    const QSet<QString> oldFavorites = m_favorites;
    const QHash<QString, QString> oldPosters = m_customPosters;
    m_favorites = favorites;
    m_customPosters = customPosters;
    // Rows changed: their poster is drawn again when it depends on what changed.
    for (int row = 0; row < m_dramas.size(); ++row) {
        Drama &old = m_dramas[row];
        const Drama &now = dramas.at(incoming.value(old.id));
        const bool posterChanged = old.title != now.title || old.titleKo != now.titleKo
            || old.year != now.year || old.broadcaster != now.broadcaster
            || oldPosters.value(old.id) != customPosters.value(old.id);
        const bool changed = posterChanged || old.songCount != now.songCount || old.origin != now.origin
            || old.aliases != now.aliases || oldFavorites.contains(old.id) != favorites.contains(old.id);
        if (!changed)
            continue;
        old = now;
        if (posterChanged) {
            m_cache.remove(cacheKey(old.id));
            m_pending.remove(cacheKey(old.id));
        }
        Q_EMIT dataChanged(index(row), index(row));
    }
    // New rows at the end (the proxy sorts them into place).
    QList<Drama> added;
    for (Drama &d : dramas)
        if (!m_rowById.contains(d.id))
            added << std::move(d);
    if (added.isEmpty())
        return;
    beginInsertRows({}, int(m_dramas.size()), int(m_dramas.size() + added.size()) - 1);
    for (Drama &d : added) {
        m_rowById.insert(d.id, int(m_dramas.size()));
        m_dramas << std::move(d);
    }
    endInsertRows();
}

void DramaGridModel::setFavorite(const QString &id, bool favorite)
{
    const int row = rowOf(id);
    if (favorite)
        m_favorites.insert(id);
    else
        m_favorites.remove(id);
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row), { FavoriteRole, Qt::AccessibleTextRole });
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
        Q_EMIT dataChanged(index(0), index(int(m_dramas.size()) - 1),
                           { Qt::DecorationRole, PosterLoadedRole });
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
        m_placeholder = QPixmap::fromImage(PosterLoader::withRoundedCorners(img));
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
    case TitleRole: return d.title;
    case Qt::ToolTipRole: {
        QString tip = d.title;
        if (!d.titleKo.isEmpty())
            tip += u" · "_s + d.titleKo;
        if (d.year > 0)
            tip += u" ("_s + QString::number(d.year) + u")"_s;
        if (!d.broadcaster.isEmpty())
            tip += u"\n"_s + d.broadcaster;
        tip += u"\n"_s + tr("%n song(s)", nullptr, d.songCount);
        if (d.origin == u"files"_s)
            tip += u"\n"_s + tr("From your files");
        else if (d.origin == u"pack"_s)
            tip += u"\n"_s + tr("From a drama pack");
        return tip;
    }
    case Qt::AccessibleTextRole: {
        // What a screen reader says for a poster: "Goblin, 도깨비, 2016, tvN, favorite".
        QStringList parts { d.title };
        if (!d.titleKo.isEmpty())
            parts << d.titleKo;
        if (d.year > 0)
            parts << QString::number(d.year);
        if (!d.broadcaster.isEmpty())
            parts << d.broadcaster;
        if (m_favorites.contains(d.id))
            parts << tr("favorite");
        return parts.join(u", "_s);
    }
    case IdRole: return d.id;
    case TitleKoRole: return d.titleKo;
    case YearRole: return d.year;
    case BroadcasterRole: return d.broadcaster;
    case FavoriteRole: return m_favorites.contains(d.id);
    case AddedAtRole: return d.addedAt;
    case SongCountRole: return d.songCount;
    case SoundtrackCompleteRole: return d.soundtrackComplete;
    case OriginRole: return d.origin;
    case PosterLoadedRole: return m_cache.contains(cacheKey(d.id));
    case Qt::DecorationRole: {
        const QString key = cacheKey(d.id);
        if (const QPixmap *p = m_cache.object(key))
            return *p;
        if (m_loader && !m_pending.contains(key)) {
            m_pending.insert(key);
            m_loader->request(
                PosterSpec { d.id, d.title, d.titleKo, d.year, d.broadcaster, m_customPosters.value(d.id) },
                m_posterSize, m_dpr);
        }
        return placeholder();
    }
    default: return {};
    }
}

bool DramaGridModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != FavoriteRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
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
    names.insert(OriginRole, "origin");
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
