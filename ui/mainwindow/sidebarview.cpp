#include "sidebarview.h"

#include "models/songmime.h"

#include <QDragEnterEvent>
#include <QMimeData>

using namespace Qt::StringLiterals;

namespace ost {

SidebarView::SidebarView(QWidget *parent)
    : QListView(parent)
{
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DropOnly);
}

QModelIndex SidebarView::dropTarget(const QDropEvent *event) const
{
    const QModelIndex i = indexAt(event->position().toPoint());
    const QString kind = i.data(KindRole).toString();
    if (kind == u"playlist"_s || kind == u"newplaylist"_s)
        return i;
    return {};
}

void SidebarView::dragEnterEvent(QDragEnterEvent *event)
{
    if (!SongMime::songIds(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void SidebarView::dragMoveEvent(QDragMoveEvent *event)
{
    const QModelIndex target = dropTarget(event);
    if (target.isValid() && !SongMime::songIds(event->mimeData()).isEmpty()) {
        setCurrentIndex(target); // shows where the songs will go
        event->setDropAction(Qt::CopyAction);
        event->accept(visualRect(target));
    } else {
        event->ignore();
    }
}

void SidebarView::dropEvent(QDropEvent *event)
{
    const QModelIndex target = dropTarget(event);
    const QStringList ids = SongMime::songIds(event->mimeData());
    if (!target.isValid() || ids.isEmpty()) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
    Q_EMIT songsDropped(target, ids);
}

} // namespace ost
