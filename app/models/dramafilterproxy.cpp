#include "dramafilterproxy.h"

#include "dramagridmodel.h"

using namespace Qt::StringLiterals;

namespace ost {

DramaFilterProxy::DramaFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_koreanCollator(QLocale(QLocale::Korean, QLocale::SouthKorea))
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
    m_koreanCollator.setNumericMode(true);
    setDynamicSortFilter(true);
    sort(0);
}

void DramaFilterProxy::setSortKey(SortKey key)
{
    m_sortKey = key;
    invalidate();
    sort(0, key == SortKey::Year || key == SortKey::RecentlyAdded ? Qt::DescendingOrder : Qt::AscendingOrder);
}

void DramaFilterProxy::setFilter(const Filter &f)
{
    if (f.yearFrom == m_yearFrom && f.yearTo == m_yearTo && f.broadcaster == m_broadcaster
        && f.allowed == m_allowed && f.allowedActive == m_allowedActive && f.favoritesOnly == m_favoritesOnly
        && f.origin == m_origin)
        return;
    m_yearFrom = f.yearFrom;
    m_yearTo = f.yearTo;
    m_broadcaster = f.broadcaster;
    m_allowed = f.allowed;
    m_allowedActive = f.allowedActive;
    m_favoritesOnly = f.favoritesOnly;
    m_origin = f.origin;
    invalidateRowsFilter();
}

void DramaFilterProxy::setYearRange(int from, int to)
{
    m_yearFrom = from;
    m_yearTo = to;
    invalidateRowsFilter();
}

void DramaFilterProxy::setBroadcaster(const QString &broadcaster)
{
    m_broadcaster = broadcaster;
    invalidateRowsFilter();
}

void DramaFilterProxy::setAllowedIds(const QSet<QString> &ids, bool active)
{
    m_allowed = ids;
    m_allowedActive = active;
    invalidateRowsFilter();
}

void DramaFilterProxy::setFavoritesOnly(bool on)
{
    m_favoritesOnly = on;
    invalidateRowsFilter();
}

void DramaFilterProxy::setOrigin(const QString &origin)
{
    m_origin = origin;
    invalidateRowsFilter();
}

void DramaFilterProxy::clearFilters()
{
    m_origin.clear();
    m_yearFrom = m_yearTo = 0;
    m_broadcaster.clear();
    m_allowed.clear();
    m_allowedActive = false;
    m_favoritesOnly = false;
    invalidateRowsFilter();
}

bool DramaFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    const int year = i.data(DramaGridModel::YearRole).toInt();
    if (m_yearFrom > 0 && year < m_yearFrom)
        return false;
    if (m_yearTo > 0 && (year == 0 || year > m_yearTo))
        return false;
    if (!m_broadcaster.isEmpty() && i.data(DramaGridModel::BroadcasterRole).toString() != m_broadcaster)
        return false;
    if (m_allowedActive && !m_allowed.contains(i.data(DramaGridModel::IdRole).toString()))
        return false;
    if (m_favoritesOnly && !i.data(DramaGridModel::FavoriteRole).toBool())
        return false;
    if (!m_origin.isEmpty() && i.data(DramaGridModel::OriginRole).toString() != m_origin)
        return false;
    return true;
}

bool DramaFilterProxy::lessThan(const QModelIndex &l, const QModelIndex &r) const
{
    switch (m_sortKey) {
    case SortKey::Year: {
        const int a = l.data(DramaGridModel::YearRole).toInt();
        const int b = r.data(DramaGridModel::YearRole).toInt();
        if (a != b)
            return a < b;
        break;
    }
    case SortKey::RecentlyAdded: {
        const QString a = l.data(DramaGridModel::AddedAtRole).toString();
        const QString b = r.data(DramaGridModel::AddedAtRole).toString();
        if (a != b)
            return a < b;
        break;
    }
    case SortKey::KoreanTitle: {
        // Dramas without a Hangul title follow, by their English title.
        const QString a = l.data(DramaGridModel::TitleKoRole).toString();
        const QString b = r.data(DramaGridModel::TitleKoRole).toString();
        if (a.isEmpty() != b.isEmpty())
            return !a.isEmpty();
        if (const int c = m_koreanCollator.compare(a, b); c != 0)
            return c < 0;
        break;
    }
    case SortKey::Title: break;
    }
    return m_collator.compare(l.data(DramaGridModel::TitleRole).toString(),
                              r.data(DramaGridModel::TitleRole).toString())
        < 0;
}

} // namespace ost
