#include "sidebarview.h"

#include "models/sidebarmodel.h"
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

void SidebarView::setModel(QAbstractItemModel *model)
{
    if (this->model())
        disconnect(this->model(), nullptr, this, nullptr);
    QListView::setModel(model);
    auto *sidebar = qobject_cast<SidebarModel *>(model);
    if (sidebar == nullptr)
        return;
    connect(sidebar, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const QModelIndex current = currentIndex();
        m_keptKind = current.isValid() ? int(SidebarModel::kindAt(current)) : -1;
        m_keptId = current.data(SidebarModel::IdRole).toString();
    });
    connect(sidebar, &QAbstractItemModel::modelReset, this, [this, sidebar] {
        if (m_keptKind >= 0)
            setCurrentIndex(sidebar->indexOf(SidebarModel::Kind(m_keptKind), m_keptId));
        m_keptKind = -1;
    });
}

QModelIndex SidebarView::dropTarget(const QDropEvent *event) const
{
    const QModelIndex i = indexAt(event->position().toPoint());
    const SidebarModel::Kind kind = SidebarModel::kindAt(i);
    if (kind == SidebarModel::Kind::Playlist || kind == SidebarModel::Kind::NewPlaylist)
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
