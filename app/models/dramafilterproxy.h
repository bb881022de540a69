#pragma once

#include <QCollator>
#include <QSet>
#include <QSortFilterProxyModel>

namespace ost {

// Filters and sorts the drama grid. Filters combine: year range, broadcaster, a set of
// allowed dramas (from a collection or an artist, computed by the owner), favorites only and
// where the dramas come from (the catalog, the user's files, packs).
class DramaFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class SortKey { Title, KoreanTitle, Year, RecentlyAdded };

    // Every filter at once; see the setters below for what each field means.
    struct Filter
    {
        int yearFrom = 0;
        int yearTo = 0;
        QString broadcaster;
        QSet<QString> allowed;
        bool allowedActive = false;
        bool favoritesOnly = false;
        QString origin;
    };

    explicit DramaFilterProxy(QObject *parent = nullptr);

    // Sets every filter and filters the rows once (the setters below filter once each).
    void setFilter(const Filter &filter);

    void setSortKey(SortKey key);
    SortKey sortKey() const { return m_sortKey; }
    void setYearRange(int from, int to); // 0 = open end
    void setBroadcaster(const QString &broadcaster); // empty = any
    void setAllowedIds(const QSet<QString> &ids, bool active); // inactive = any
    void setFavoritesOnly(bool on);
    void setOrigin(const QString &origin); // bundled, files, pack; empty = any
    bool favoritesOnly() const { return m_favoritesOnly; }
    void clearFilters();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    SortKey m_sortKey = SortKey::Title;
    int m_yearFrom = 0;
    int m_yearTo = 0;
    QString m_broadcaster;
    QSet<QString> m_allowed;
    bool m_allowedActive = false;
    bool m_favoritesOnly = false;
    QString m_origin;
    QCollator m_collator;
    QCollator m_koreanCollator;
};

} // namespace ost
