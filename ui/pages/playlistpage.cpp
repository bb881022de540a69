#include "playlistpage.h"

#include "models/playlistlistmodel.h"
#include "models/playlistmodel.h"

#include <QBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace ost {

namespace {
constexpr QSize kCover { 120, 180 };
}

PlaylistPage::PlaylistPage(PlaylistModel *model, PlaylistListModel *playlists, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_playlists(playlists)
    , m_cover(new QLabel(this))
    , m_name(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_view(new QTreeView(this))
{
    setObjectName(u"playlistPage"_s);
    setAccessibleName(tr("Playlist"));
    m_cover->setFixedSize(kCover);
    m_cover->setAccessibleName(tr("Playlist cover"));
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.9);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setTextFormat(Qt::PlainText);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("This playlist is empty. Drag songs here from a drama, an artist or your favorites, "
                        "or use “Add to playlist” (Ctrl+Shift+P) on any song."));

    auto button = [this](const QString &text, const QString &tip, auto signal) {
        auto *b = new QPushButton(text, this);
        b->setToolTip(tip);
        connect(b, &QPushButton::clicked, this, [this, signal] { Q_EMIT(this->*signal)(m_id); });
        return b;
    };
    auto *play = new QPushButton(tr("▶ Play"), this);
    play->setToolTip(tr("Play the playlist from the first song"));
    play->setObjectName(u"playButton"_s);
    connect(play, &QPushButton::clicked, this, [this] {
        if (m_model->rowCount() > 0)
            Q_EMIT playRequested(0);
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(play);
    buttons->addWidget(button(tr("Rename…"), tr("Rename the playlist (F2)"), &PlaylistPage::renameRequested));
    buttons->addWidget(
        button(tr("Duplicate"), tr("Make a copy of the playlist"), &PlaylistPage::duplicateRequested));
    buttons->addWidget(
        button(tr("Export…"), tr("Save as M3U8, M3U or XSPF"), &PlaylistPage::exportRequested));
    buttons->addWidget(
        button(tr("Delete"), tr("Move the playlist to the trash"), &PlaylistPage::deleteRequested));
    buttons->addStretch(1);

    auto *info = new QVBoxLayout;
    info->addWidget(m_name);
    info->addWidget(m_summary);
    info->addStretch(1);
    info->addLayout(buttons);
    auto *header = new QHBoxLayout;
    header->addWidget(m_cover);
    header->addLayout(info, 1);

    m_view->setObjectName(u"playlistView"_s);
    m_view->setAccessibleName(tr("Songs of the playlist"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAllColumnsShowFocus(true);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDragDropOverwriteMode(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(PlaylistModel::TitleColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(PlaylistModel::StatusColumn, QHeaderView::ResizeToContents);
    m_view->header()->resizeSection(PlaylistModel::ArtistColumn, 220);
    m_view->header()->resizeSection(PlaylistModel::DramaColumn, 200);
    m_view->installEventFilter(this);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_empty);
    layout->addWidget(m_view, 1);

    connect(m_view, &QAbstractItemView::activated, this,
            [this](const QModelIndex &i) { Q_EMIT playRequested(i.row()); });
    connect(m_view, &QWidget::customContextMenuRequested, this, &PlaylistPage::showMenu);
    connect(m_playlists, &QAbstractItemModel::dataChanged, this, &PlaylistPage::updateHeader);
    connect(m_playlists, &QAbstractItemModel::layoutChanged, this, &PlaylistPage::updateHeader);
    connect(m_playlists, &QAbstractItemModel::modelReset, this, &PlaylistPage::updateHeader);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &PlaylistPage::updateHeader);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &PlaylistPage::updateHeader);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PlaylistPage::updateHeader);
    connect(m_model, &PlaylistModel::availabilityChanged, this, &PlaylistPage::updateHeader);
}

void PlaylistPage::showPlaylist(qint64 id)
{
    m_id = id;
    updateHeader();
    m_view->setFocus();
}

void PlaylistPage::updateHeader()
{
    const int row = m_playlists->rowOf(m_id);
    if (row < 0)
        return;
    const QModelIndex i = m_playlists->index(row);
    m_name->setText(i.data(PlaylistListModel::NameRole).toString());
    QString summary = i.data(PlaylistListModel::SummaryRole).toString();
    if (const qint64 ms = m_model->playlistId() == m_id ? m_model->totalDurationMs() : 0; ms > 0) {
        const qint64 s = ms / 1000;
        const QString length = s >= 3600
            ? u"%1:%2:%3"_s.arg(s / 3600).arg(s / 60 % 60, 2, 10, QChar(u'0')).arg(s % 60, 2, 10, QChar(u'0'))
            : u"%1:%2"_s.arg(s / 60).arg(s % 60, 2, 10, QChar(u'0'));
        summary += u" · "_s + tr("%1 playable").arg(length);
    }
    m_summary->setText(summary);
    const QImage cover = i.data(PlaylistListModel::CoverRole).value<QImage>();
    QPixmap pm(kCover * devicePixelRatioF());
    pm.setDevicePixelRatio(devicePixelRatioF());
    pm.fill(palette().color(QPalette::Mid));
    QPainter p(&pm);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    if (!cover.isNull()) {
        p.drawImage(QRect(QPoint(), kCover), cover);
    } else {
        p.setPen(palette().color(QPalette::Light));
        QFont f = font();
        f.setPointSizeF(f.pointSizeF() * 3);
        p.setFont(f);
        p.drawText(QRect(QPoint(), kCover), Qt::AlignCenter, u"♪"_s);
    }
    p.end();
    m_cover->setPixmap(pm);
    const bool empty = m_model->rowCount() == 0;
    m_empty->setVisible(empty);
}

QList<int> PlaylistPage::selectedRows() const
{
    QList<int> rows;
    for (const auto &i : m_view->selectionModel()->selectedRows())
        rows << i.row();
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows << m_view->currentIndex().row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void PlaylistPage::moveSelection(int delta)
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    // Destination in "insert before" terms: one above the first, or two below the last.
    const int dest = delta < 0 ? rows.first() - 1 : rows.last() + 2;
    if (dest < 0 || dest > m_model->rowCount())
        return;
    Q_EMIT moveRowsRequested(rows, dest);
}

bool PlaylistPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Delete) || key->key() == Qt::Key_Backspace) {
            Q_EMIT removeRowsRequested(selectedRows());
            return true;
        }
        if (key->modifiers() == Qt::AltModifier && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            moveSelection(key->key() == Qt::Key_Up ? -1 : 1);
            return true;
        }
        if (key->key() == Qt::Key_F2) {
            Q_EMIT renameRequested(m_id);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PlaylistPage::showMenu(const QPoint &pos)
{
    const QModelIndex i = m_view->indexAt(pos);
    QMenu menu(this);
    if (i.isValid()) {
        menu.addAction(tr("Play from here"), this, [this, i] { Q_EMIT playRequested(i.row()); });
        menu.addAction(tr("Remove from playlist"), QKeySequence::Delete, this,
                       [this] { Q_EMIT removeRowsRequested(selectedRows()); });
        menu.addAction(tr("Move up"), QKeySequence(Qt::ALT | Qt::Key_Up), this,
                       [this] { moveSelection(-1); });
        menu.addAction(tr("Move down"), QKeySequence(Qt::ALT | Qt::Key_Down), this,
                       [this] { moveSelection(1); });
        menu.addSeparator();
    }
    menu.addAction(tr("Rename playlist…"), this, [this] { Q_EMIT renameRequested(m_id); });
    menu.addAction(tr("Export playlist…"), this, [this] { Q_EMIT exportRequested(m_id); });
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace ost
