#include "sidebarmodel.h"

#include "playlistlistmodel.h"

#include <QFont>
#include <QImage>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace ost {

SidebarModel::SidebarModel(PlaylistListModel *playlists, QObject *parent)
    : QAbstractListModel(parent)
    , m_playlists(playlists)
{
    connectPlaylists();
}

void SidebarModel::connectPlaylists()
{
    PlaylistListModel *p = m_playlists;
    connect(p, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this](const QModelIndex &, int first, int last) {
                beginInsertRows({}, firstPlaylistRow() + first, firstPlaylistRow() + last);
            });
    connect(p, &QAbstractItemModel::rowsInserted, this, [this] { endInsertRows(); });
    connect(p, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) {
                beginRemoveRows({}, firstPlaylistRow() + first, firstPlaylistRow() + last);
            });
    connect(p, &QAbstractItemModel::rowsRemoved, this, [this] { endRemoveRows(); });
    connect(p, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
    connect(p, &QAbstractItemModel::modelReset, this, [this] {
        m_icons.clear();
        endResetModel();
    });
    connect(p, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                Q_EMIT dataChanged(index(firstPlaylistRow() + topLeft.row()),
                                   index(firstPlaylistRow() + bottomRight.row()));
            });
    // A rename re-sorts the playlists: the rows views hold move with their playlists.
    connect(p, &QAbstractItemModel::layoutAboutToBeChanged, this, [this] {
        Q_EMIT layoutAboutToBeChanged();
        m_layoutOwn.clear();
        m_layoutSources.clear();
        const int first = firstPlaylistRow();
        for (const QModelIndex &own : persistentIndexList()) {
            if (own.row() >= first && own.row() < first + playlistCount()) {
                m_layoutOwn << own;
                m_layoutSources << QPersistentModelIndex(m_playlists->index(own.row() - first));
            }
        }
    });
    connect(p, &QAbstractItemModel::layoutChanged, this, [this] {
        QModelIndexList to;
        for (const QPersistentModelIndex &source : std::as_const(m_layoutSources))
            to << (source.isValid() ? index(firstPlaylistRow() + source.row()) : QModelIndex());
        changePersistentIndexList(m_layoutOwn, to);
        m_layoutOwn.clear();
        m_layoutSources.clear();
        Q_EMIT layoutChanged();
    });
}

void SidebarModel::setCollections(const QList<std::pair<QString, QString>> &collections)
{
    if (collections == m_collections)
        return;
    if (const int old = collectionRows(); old > 0) {
        beginRemoveRows({}, kFixedRows, kFixedRows + old - 1);
        m_collections.clear();
        endRemoveRows();
    }
    if (!collections.isEmpty()) {
        beginInsertRows({}, kFixedRows, kFixedRows + int(collections.size()));
        m_collections = collections;
        endInsertRows();
    }
}

int SidebarModel::collectionRows() const
{
    return m_collections.isEmpty() ? 0 : 1 + int(m_collections.size());
}

int SidebarModel::playlistCount() const
{
    return m_playlists->rowCount();
}

int SidebarModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return firstPlaylistRow() + playlistCount() + 2; // new playlist, trash
}

std::pair<SidebarModel::Kind, int> SidebarModel::rowAt(int row) const
{
    switch (row) {
    case 0: return { Kind::AllDramas, -1 };
    case 1: return { Kind::Favorites, -1 };
    case 2: return { Kind::OtherMusic, -1 };
    case 3: return { Kind::History, -1 };
    default: break;
    }
    if (const int c = row - kFixedRows; c >= 0 && c < collectionRows())
        return c == 0 ? std::pair { Kind::Header, -1 } : std::pair { Kind::Collection, c - 1 };
    if (row == playlistsHeaderRow())
        return { Kind::Header, -1 };
    const int p = row - firstPlaylistRow();
    if (p < playlistCount())
        return { Kind::Playlist, p };
    return { p == playlistCount() ? Kind::NewPlaylist : Kind::Trash, -1 };
}

SidebarModel::Kind SidebarModel::kindAt(const QModelIndex &index)
{
    return index.isValid() ? index.data(KindRole).value<Kind>() : Kind::Header;
}

QModelIndex SidebarModel::indexOf(Kind kind, const QString &id) const
{
    for (int r = 0; r < rowCount(); ++r) {
        const auto [k, at] = rowAt(r);
        if (k != kind)
            continue;
        if (k == Kind::Collection && m_collections.at(at).first != id)
            continue;
        if (k == Kind::Playlist && QString::number(m_playlists->playlist(at).id) != id)
            continue;
        return index(r);
    }
    return {};
}

QIcon SidebarModel::playlistIcon(int playlistRow) const
{
    const QModelIndex source = m_playlists->index(playlistRow);
    const QImage cover = source.data(PlaylistListModel::CoverRole).value<QImage>();
    if (cover.isNull())
        return {};
    const qint64 id = m_playlists->playlist(playlistRow).id;
    auto it = m_icons.find(id);
    if (it == m_icons.end() || it->first != cover.cacheKey())
        it = m_icons.insert(id, { cover.cacheKey(), QIcon(QPixmap::fromImage(cover)) });
    return it->second;
}

QVariant SidebarModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto [kind, at] = rowAt(index.row());
    if (role == KindRole)
        return QVariant::fromValue(kind);
    if (role == IdRole) {
        if (kind == Kind::Collection)
            return m_collections.at(at).first;
        if (kind == Kind::Playlist)
            return QString::number(m_playlists->playlist(at).id);
        return QString();
    }
    switch (kind) {
    case Kind::AllDramas: return role == Qt::DisplayRole ? QVariant(tr("All dramas")) : QVariant();
    case Kind::Favorites: return role == Qt::DisplayRole ? QVariant(tr("♥ Favorites")) : QVariant();
    case Kind::OtherMusic:
        if (role == Qt::DisplayRole)
            return tr("♪ Other music");
        return role == Qt::ToolTipRole ? QVariant(tr("Songs of your files that belong to no drama"))
                                       : QVariant();
    case Kind::History:
        if (role == Qt::DisplayRole)
            return tr("↺ History");
        return role == Qt::ToolTipRole ? QVariant(tr("What you played: today, this week and earlier"))
                                       : QVariant();
    case Kind::Header:
        if (role == Qt::DisplayRole)
            return index.row() == playlistsHeaderRow() ? tr("Playlists") : tr("Collections");
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Kind::Collection:
        return role == Qt::DisplayRole ? QVariant(m_collections.at(at).second) : QVariant();
    case Kind::Playlist:
        if (role == Qt::DisplayRole)
            return m_playlists->index(at).data(PlaylistListModel::NameRole);
        if (role == Qt::ToolTipRole)
            return m_playlists->index(at).data(PlaylistListModel::SummaryRole);
        if (role == Qt::DecorationRole) {
            const QIcon icon = playlistIcon(at);
            return icon.isNull() ? QVariant() : QVariant(icon);
        }
        return {};
    case Kind::NewPlaylist:
        if (role == Qt::DisplayRole)
            return tr("＋ New playlist…");
        return role == Qt::ToolTipRole
            ? QVariant(tr("Create a playlist (Ctrl+N); drop songs here to start one with them"))
            : QVariant();
    case Kind::Trash: return role == Qt::DisplayRole ? QVariant(tr("Trash")) : QVariant();
    }
    return {};
}

Qt::ItemFlags SidebarModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Kind kind = rowAt(index.row()).first;
    if (kind == Kind::Header)
        return Qt::ItemIsEnabled;
    if (kind == Kind::Playlist || kind == Kind::NewPlaylist)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QHash<int, QByteArray> SidebarModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(IdRole, "id");
    return names;
}

} // namespace ost
