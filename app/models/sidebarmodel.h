#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QIcon>
#include <QPersistentModelIndex>

#include <utility>

namespace ost {

class PlaylistListModel;

// The sidebar's rows: the fixed sections (all dramas, favorites, other music), the
// collections under a header when there are any, the playlists under a header, then "New
// playlist…" and the trash. The playlist rows follow the playlist model row by row (inserts,
// removals, renames, covers and re-sorting arrive as the same changes here), so a view keeps
// its selection and scroll position while playlists change.
class SidebarModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum class Kind {
        AllDramas,
        Favorites,
        OtherMusic,
        History,
        Header,
        Collection,
        Playlist,
        NewPlaylist,
        Trash
    };
    Q_ENUM(Kind)
    enum Role {
        KindRole = Qt::UserRole + 1, // Kind
        IdRole, // a collection's id, a playlist's id as text; empty for the other rows
    };
    Q_ENUM(Role)

    explicit SidebarModel(PlaylistListModel *playlists, QObject *parent = nullptr);

    // Collections as (id, title), in the order to show them.
    void setCollections(const QList<std::pair<QString, QString>> &collections);

    QModelIndex indexOf(Kind kind, const QString &id = {}) const;
    static Kind kindAt(const QModelIndex &index);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    static constexpr int kFixedRows = 4; // all dramas, favorites, other music, history
    int collectionRows() const;
    int playlistsHeaderRow() const { return kFixedRows + collectionRows(); }
    int firstPlaylistRow() const { return playlistsHeaderRow() + 1; }
    int playlistCount() const;
    // What a row shows: its kind and, for a collection or playlist, the index in its list.
    std::pair<Kind, int> rowAt(int row) const;
    QIcon playlistIcon(int playlistRow) const;

    void connectPlaylists();

    PlaylistListModel *m_playlists;
    QList<std::pair<QString, QString>> m_collections;
    // Playlist rows held by views across a re-sort of the playlist model.
    QList<QPersistentModelIndex> m_layoutSources;
    QModelIndexList m_layoutOwn;
    mutable QHash<qint64, std::pair<qint64, QIcon>> m_icons; // playlist id -> (image key, icon)
};

} // namespace ost
