#include "postergridview.h"

#include "models/dramagridmodel.h"
#include "posterdelegate.h"

#include <QDragEnterEvent>
#include <QDragMoveEvent>
#include <QDropEvent>
#include <QKeyEvent>
#include <QScrollBar>
#include <QWheelEvent>

namespace ost {

PosterGridView::PosterGridView(QWidget *parent)
    : QListView(parent)
    , m_delegate(new PosterDelegate(this))
{
    setViewMode(QListView::IconMode);
    setFlow(QListView::LeftToRight);
    setWrapping(true);
    setResizeMode(QListView::Adjust);
    setMovement(QListView::Static);
    setUniformItemSizes(true);
    setLayoutMode(QListView::Batched); // lays out 10,000 items without a long stall
    setBatchSize(500);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setMouseTracking(true);
    setSpacing(4);
    setItemDelegate(m_delegate);
    setContextMenuPolicy(Qt::CustomContextMenu);
    // A poster dropped on another offers to merge the two (one drama under two names).
    setDragEnabled(true);
    setAcceptDrops(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::LinkAction);
    setAccessibleName(tr("Dramas"));
    setAccessibleDescription(tr("Poster grid of dramas. Enter opens a drama, Ctrl+D toggles favorite."));
    connect(this, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        Q_EMIT contextMenuRequestedFor(indexAt(pos), viewport()->mapToGlobal(pos));
    });
}

void PosterGridView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->source() == this) {
        event->setDropAction(Qt::LinkAction);
        event->accept();
        return;
    }
    QListView::dragEnterEvent(event);
}

void PosterGridView::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->source() != this) {
        QListView::dragMoveEvent(event);
        return;
    }
    const QModelIndex onto = indexAt(event->position().toPoint());
    if (onto.isValid() && onto != currentIndex()) {
        event->setDropAction(Qt::LinkAction);
        event->accept();
    } else {
        event->ignore();
    }
}

void PosterGridView::dropEvent(QDropEvent *event)
{
    if (event->source() != this) {
        QListView::dropEvent(event);
        return;
    }
    const QModelIndex from = currentIndex();
    const QModelIndex onto = indexAt(event->position().toPoint());
    event->setDropAction(Qt::IgnoreAction); // nothing moves in the model; the owner asks first
    event->accept();
    if (from.isValid() && onto.isValid() && from != onto)
        Q_EMIT posterDroppedOnPoster(from.data(DramaGridModel::IdRole).toString(),
                                     onto.data(DramaGridModel::IdRole).toString());
}

int PosterGridView::posterWidth() const
{
    return m_delegate->posterSize().width();
}

void PosterGridView::setPosterWidth(int width)
{
    width = std::clamp(width, 96, 320);
    const QSize size(width, width * 3 / 2);
    if (size == m_delegate->posterSize())
        return;
    m_delegate->setPosterSize(size);
    verticalScrollBar()->setSingleStep(size.height() / 6);
    scheduleDelayedItemsLayout();
    Q_EMIT posterSizeChanged(size);
}

bool PosterGridView::visiblePostersLoaded() const
{
    if (!model())
        return false;
    const QRect area = viewport()->rect();
    QModelIndex i = indexAt(area.topLeft() + QPoint(spacing() + 2, spacing() + 2));
    if (!i.isValid())
        return model()->rowCount() == 0;
    for (int row = i.row(); row < model()->rowCount(); ++row) {
        const QModelIndex idx = model()->index(row, 0);
        const QRect r = visualRect(idx);
        if (r.top() > area.bottom())
            break;
        if (r.intersects(area) && !idx.data(DramaGridModel::PosterLoadedRole).toBool())
            return false;
    }
    return true;
}

void PosterGridView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        setPosterWidth(posterWidth() + (event->angleDelta().y() > 0 ? 16 : -16));
        event->accept();
        return;
    }
    QListView::wheelEvent(event);
}

void PosterGridView::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentIndex().isValid()) {
        Q_EMIT activated(currentIndex());
        return;
    }
    QListView::keyPressEvent(event);
}

} // namespace ost
