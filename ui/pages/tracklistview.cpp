#include "tracklistview.h"

#include "models/trackmodel.h"
#include "playlists/addtoplaylistmenu.h"

#include <QAction>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMenu>
#include <QMimeData>

namespace ost {

TrackListView::TrackListView(QWidget *parent)
    : QTreeView(parent)
{
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setContextMenuPolicy(Qt::CustomContextMenu);
    setAllColumnsShowFocus(true);
    setAccessibleName(tr("Songs"));
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setDefaultDropAction(Qt::CopyAction);
    setAcceptDrops(true); // audio files from the file manager link to the song they land on
    // Keyboard route to playlists: the same menu as the context menu, at the current row.
    auto *add = new QAction(tr("Add to playlist…"), this);
    add->setShortcut(AddToPlaylistMenu::shortcut());
    add->setShortcutContext(Qt::WidgetShortcut);
    addAction(add);
    connect(add, &QAction::triggered, this, [this] {
        QMenu menu(this);
        addPlaylistMenu(&menu);
        const QRect r = visualRect(currentIndex());
        menu.exec(viewport()->mapToGlobal(r.isValid() ? r.bottomLeft() : QPoint()));
    });
    connect(this, &QWidget::customContextMenuRequested, this, &TrackListView::showMenu);
    connect(this, &QAbstractItemView::clicked, this, [this](const QModelIndex &i) {
        if (m_model && i.column() == TrackModel::FavoriteColumn)
            m_model->setData(i, !i.data(TrackModel::FavoriteRole).toBool(), TrackModel::FavoriteRole);
    });
    connect(this, &QAbstractItemView::activated, this, [this](const QModelIndex &i) {
        if (i.column() != TrackModel::FavoriteColumn)
            Q_EMIT playRequested(allSongIds(), i.row());
    });
}

void TrackListView::setTrackModel(TrackModel *model)
{
    m_model = model;
    setModel(model);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(TrackModel::PartColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(TrackModel::TitleColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(TrackModel::ArtistColumn, QHeaderView::Interactive);
    header()->setSectionResizeMode(TrackModel::DramaColumn, QHeaderView::Interactive);
    header()->setSectionResizeMode(TrackModel::FileColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(TrackModel::FavoriteColumn, QHeaderView::ResizeToContents);
    header()->resizeSection(TrackModel::ArtistColumn, 220);
    header()->resizeSection(TrackModel::DramaColumn, 200);
}

QStringList TrackListView::selectedSongIds() const
{
    QList<int> rows;
    for (const auto &i : selectionModel() ? selectionModel()->selectedRows() : QModelIndexList {})
        rows << i.row();
    if (rows.isEmpty() && currentIndex().isValid())
        rows << currentIndex().row();
    std::sort(rows.begin(), rows.end());
    QStringList ids;
    for (int r : rows)
        ids << m_model->song(r).id;
    return ids;
}

QStringList TrackListView::allSongIds() const
{
    QStringList ids;
    for (int r = 0; m_model && r < m_model->rowCount(); ++r)
        ids << m_model->song(r).id;
    return ids;
}

void TrackListView::addPlaylistMenu(QMenu *menu)
{
    if (!m_model)
        return;
    auto *sub = new AddToPlaylistMenu(m_playlists, selectedSongIds(), menu);
    connect(sub, &AddToPlaylistMenu::addRequested, this, &TrackListView::addToPlaylistRequested);
    connect(sub, &AddToPlaylistMenu::newPlaylistRequested, this, &TrackListView::newPlaylistRequested);
    menu->addMenu(sub);
}

QString TrackListView::droppedAudioFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1 || !mime->urls().first().isLocalFile())
        return {};
    const QString path = mime->urls().first().toLocalFile();
    return QFileInfo(path).isFile() ? path : QString();
}

void TrackListView::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedAudioFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        QTreeView::dragEnterEvent(event);
}

void TrackListView::dragMoveEvent(QDragMoveEvent *event)
{
    if (!droppedAudioFile(event->mimeData()).isEmpty() && indexAt(event->position().toPoint()).isValid()) {
        event->setDropAction(Qt::LinkAction);
        event->accept();
    } else {
        event->ignore();
    }
}

void TrackListView::dropEvent(QDropEvent *event)
{
    const QModelIndex i = indexAt(event->position().toPoint());
    const QString path = droppedAudioFile(event->mimeData());
    if (!i.isValid() || path.isEmpty() || !m_model) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::LinkAction);
    event->accept();
    Q_EMIT linkFileDropped(m_model->song(i.row()).id, path);
}

void TrackListView::showMenu(const QPoint &pos)
{
    const QModelIndex i = indexAt(pos);
    if (!i.isValid() || !m_model)
        return;
    const Song &s = m_model->song(i.row());
    QMenu menu(this);
    const bool fav = i.data(TrackModel::FavoriteRole).toBool();
    menu.addAction(tr("Play from here"), this,
                   [this, row = i.row()] { Q_EMIT playRequested(allSongIds(), row); });
    menu.addAction(tr("Play next"), this, [this] { Q_EMIT playNextRequested(selectedSongIds()); });
    menu.addAction(tr("Add to queue"), this, [this] { Q_EMIT queueRequested(selectedSongIds()); });
    menu.addAction(fav ? tr("Remove from favorites") : tr("Add to favorites"), this,
                   [this, i, fav] { m_model->setData(i, !fav, TrackModel::FavoriteRole); });
    addPlaylistMenu(&menu);
    menu.addSeparator();
    menu.addAction(tr("Link audio file…"), this, [this, id = s.id] { Q_EMIT linkFileRequested(id); });
    menu.addAction(tr("Unlink file"), this, [this, id = s.id] { Q_EMIT unlinkRequested(id); });
    menu.addSeparator();
    for (const auto &a : s.dramas)
        menu.addAction(tr("Go to drama “%1”").arg(a.dramaTitle), this,
                       [this, id = a.dramaId] { Q_EMIT dramaRequested(id); });
    for (const auto &c : s.credits)
        menu.addAction(tr("Go to artist “%1”").arg(c.name), this,
                       [this, id = c.artistId] { Q_EMIT artistRequested(id); });
    menu.addSeparator();
    menu.addAction(tr("Copy title"), this, [t = s.title] { QGuiApplication::clipboard()->setText(t); });
    menu.addSeparator();
    Q_EMIT menuAboutToShow(&menu, s,
                           i.data(TrackModel::PartRole).toInt()); // the owner adds its actions (editing)
    menu.exec(viewport()->mapToGlobal(pos));
}

} // namespace ost
