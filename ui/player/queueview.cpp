#include "queueview.h"

#include <QDropEvent>
#include <QKeyEvent>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace ost {

QueueView::QueueView(QWidget *parent)
    : QListView(parent)
{
    setObjectName(u"queueView"_s);
    setAccessibleName(tr("Play queue"));
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setContextMenuPolicy(Qt::CustomContextMenu);
    setUniformItemSizes(true);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    connect(this, &QAbstractItemView::activated, this,
            [this](const QModelIndex &i) { Q_EMIT playRowRequested(i.row()); });
    connect(this, &QWidget::customContextMenuRequested, this, &QueueView::showMenu);
}

QList<int> QueueView::selectedRows() const
{
    QList<int> rows;
    for (const auto &i : selectionModel()->selectedIndexes())
        rows << i.row();
    if (rows.isEmpty() && currentIndex().isValid())
        rows << currentIndex().row();
    return rows;
}

void QueueView::keyPressEvent(QKeyEvent *event)
{
    const int row = currentIndex().row();
    if (event->matches(QKeySequence::Delete) || event->key() == Qt::Key_Backspace) {
        Q_EMIT removeRowsRequested(selectedRows());
        return;
    }
    if (event->modifiers() == Qt::AltModifier && row >= 0
        && (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down)) {
        const int to = row + (event->key() == Qt::Key_Up ? -1 : 1);
        if (to >= 0 && to < model()->rowCount()) {
            Q_EMIT moveRequested(row, to);
            setCurrentIndex(model()->index(to, 0));
        }
        return;
    }
    QListView::keyPressEvent(event);
}

void QueueView::dropEvent(QDropEvent *event)
{
    // QListView's own drop handling moves rows of a drag from this view itself with
    // moveRow(), and for some selections claims the drop without the model being asked.
    // Every drop must reach the model, which turns it into a request to the controller, so
    // QListView's is skipped on purpose.
    // NOLINTNEXTLINE(bugprone-parent-virtual-call)
    QAbstractItemView::dropEvent(event);
}

void QueueView::showMenu(const QPoint &pos)
{
    const QModelIndex i = indexAt(pos);
    if (!i.isValid())
        return;
    QMenu menu(this);
    menu.addAction(tr("Play"), this, [this, i] { Q_EMIT playRowRequested(i.row()); });
    menu.addAction(tr("Remove from queue"), QKeySequence::Delete, this,
                   [this] { Q_EMIT removeRowsRequested(selectedRows()); });
    menu.exec(viewport()->mapToGlobal(pos));
}

} // namespace ost
