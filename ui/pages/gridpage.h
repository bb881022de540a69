#pragma once

#include "filters/filterstate.h"

#include <QSet>
#include <QWidget>

class QAbstractItemModel;
class QLabel;

namespace ost {

class DramaFilterProxy;
class FilterBar;
class PosterGridView;

// All dramas: the filter bar over the poster grid, and in place of an empty grid a line that
// says why it is empty (still loading, an empty library, or filters that match nothing).
class GridPage final : public QWidget
{
    Q_OBJECT
public:
    explicit GridPage(QAbstractItemModel *dramas, QWidget *parent = nullptr);

    PosterGridView *grid() const { return m_grid; }
    DramaFilterProxy *proxy() const { return m_proxy; }
    FilterBar *filterBar() const { return m_filterBar; }

    // The library's dramas arrived: count of them in all.
    void setLoaded(int count);
    // The filter bar's filters, with the dramas a collection or an artist allows (inactive
    // when neither is chosen); one pass over the grid.
    void setFilter(const FilterState &state, const QSet<QString> &allowed, bool allowedActive);

    // The dramas a "these dramas" action means here: the selected posters, else every drama
    // the filters show. Adds their ids to ids and returns a title for them.
    QString chosenDramas(QStringList &ids) const;

private:
    void updateEmptyState();

    QAbstractItemModel *m_dramas;
    DramaFilterProxy *m_proxy;
    PosterGridView *m_grid;
    FilterBar *m_filterBar;
    QLabel *m_emptyState;
    bool m_focusWhenShown = true; // the grid had the focus when it was hidden (or it is the start)
};

} // namespace ost
