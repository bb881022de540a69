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
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QListView::activated, this, &SidebarView::activate);
    connect(this, &QListView::clicked, this, &SidebarView::activate);
    connect(this, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex i = indexAt(pos);
        if (SidebarModel::kindAt(i) == SidebarModel::Kind::Playlist)
            Q_EMIT playlistMenuRequested(i.data(SidebarModel::IdRole).toString().toLongLong(),
                                         viewport()->mapToGlobal(pos));
    });
}

void SidebarView::activate(const QModelIndex &i)
{
    const QString id = i.data(SidebarModel::IdRole).toString();
    switch (SidebarModel::kindAt(i)) {
    case SidebarModel::Kind::AllDramas: Q_EMIT navigationRequested({}); break;
    case SidebarModel::Kind::Favorites: Q_EMIT navigationRequested({ Location::Page::Favorites, {} }); break;
    case SidebarModel::Kind::OtherMusic:
        Q_EMIT navigationRequested({ Location::Page::OtherMusic, {} });
        break;
    case SidebarModel::Kind::History: Q_EMIT navigationRequested({ Location::Page::History, {} }); break;
    case SidebarModel::Kind::Collection:
        Q_EMIT navigationRequested({ Location::Page::Collection, id });
        break;
    case SidebarModel::Kind::Playlist: Q_EMIT navigationRequested({ Location::Page::Playlist, id }); break;
    case SidebarModel::Kind::NewPlaylist: Q_EMIT newPlaylistRequested({}); break;
    case SidebarModel::Kind::Trash: Q_EMIT trashRequested(); break;
    case SidebarModel::Kind::Header: break;
    }
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
    if (SidebarModel::kindAt(target) == SidebarModel::Kind::NewPlaylist)
        Q_EMIT newPlaylistRequested(ids);
    else
        Q_EMIT songsDroppedOnPlaylist(target.data(SidebarModel::IdRole).toString().toLongLong(), ids);
}

} // namespace ost
