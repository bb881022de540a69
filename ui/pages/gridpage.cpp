#include "gridpage.h"

#include "filters/filterbar.h"
#include "models/dramafilterproxy.h"
#include "models/dramagridmodel.h"
#include "postergrid/postergridview.h"

#include <QApplication>
#include <QBoxLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace ost {

GridPage::GridPage(QAbstractItemModel *dramas, QWidget *parent)
    : QWidget(parent)
    , m_dramas(dramas)
    , m_proxy(new DramaFilterProxy(this))
    , m_grid(new PosterGridView)
    , m_filterBar(new FilterBar)
    , m_emptyState(new QLabel)
{
    m_proxy->setSourceModel(dramas);
    m_grid->setModel(m_proxy);
    m_grid->setObjectName(u"posterGrid"_s);
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setText(tr("Loading your library…"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_emptyState);
    layout->addWidget(m_grid, 1);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &GridPage::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &GridPage::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &GridPage::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &GridPage::updateEmptyState);
}

void GridPage::setLoaded(int count)
{
    m_emptyState->setText(count == 0 ? tr("The library is empty.") : QString());
    updateEmptyState();
    if (m_proxy->rowCount() > 0 && !m_grid->currentIndex().isValid())
        m_grid->setCurrentIndex(m_proxy->index(0, 0));
}

void GridPage::setFilter(const FilterState &state, const QSet<QString> &allowed, bool allowedActive)
{
    DramaFilterProxy::Filter f;
    f.yearFrom = state.yearFrom;
    f.yearTo = state.yearTo;
    f.broadcaster = state.broadcaster;
    f.favoritesOnly = state.favoritesOnly;
    f.origin = state.origin;
    f.allowed = allowed;
    f.allowedActive = allowedActive;
    m_proxy->setFilter(f);
    updateEmptyState();
}

void GridPage::updateEmptyState()
{
    const bool loaded = m_dramas->rowCount() > 0;
    const bool empty = m_proxy->rowCount() == 0;
    if (loaded && empty)
        m_emptyState->setText(tr("No drama matches these filters. Remove a filter above to see more."));
    // A hidden grid loses the keyboard focus to the next control (the sidebar); it takes it back
    // when it shows again if it had it, and on the first load, when it is the page on show.
    if (empty && m_grid->isVisible())
        m_focusWhenShown = m_grid->hasFocus();
    m_emptyState->setVisible(empty);
    m_grid->setVisible(!empty);
    // Never from a field the user is typing in.
    if (!empty && m_focusWhenShown && isVisible()
        && !qobject_cast<QLineEdit *>(QApplication::focusWidget())) {
        m_grid->setFocus();
        m_focusWhenShown = false;
    }
}

QString GridPage::chosenDramas(QStringList &ids) const
{
    const auto rows = m_grid->selectionModel()->selectedIndexes();
    for (const auto &i : rows)
        ids << i.data(DramaGridModel::IdRole).toString();
    if (rows.isEmpty())
        for (int r = 0; r < m_proxy->rowCount(); ++r)
            ids << m_proxy->index(r, 0).data(DramaGridModel::IdRole).toString();
    if (rows.size() == 1)
        return rows.first().data(Qt::DisplayRole).toString();
    return ids.size() == 1 ? m_proxy->index(0, 0).data(Qt::DisplayRole).toString()
                           : tr("%n drama(s)", nullptr, int(ids.size()));
}

} // namespace ost
