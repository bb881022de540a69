#include "playlistmodel.h"

#include "songmime.h"

#include <QMimeData>

using namespace Qt::StringLiterals;

namespace ost {

PlaylistModel::PlaylistModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void PlaylistModel::setPlaylist(qint64 id, const QStringList &songIds)
{
    beginResetModel();
    m_playlistId = id;
    m_rows.clear();
    for (const auto &s : songIds)
        m_rows << Row { s };
    endResetModel();
}

QStringList PlaylistModel::songIds() const
{
    QStringList out;
    out.reserve(m_rows.size());
    for (const auto &r : m_rows)
        out << r.songId;
    return out;
}

void PlaylistModel::insertSongs(int row, const QStringList &songIds)
{
    if (songIds.isEmpty())
        return;
    row = std::clamp(row, 0, int(m_rows.size()));
    beginInsertRows({}, row, row + int(songIds.size()) - 1);
    for (int i = 0; i < songIds.size(); ++i)
        m_rows.insert(row + i, Row { songIds[i] });
    endInsertRows();
}

void PlaylistModel::removeSongs(QList<int> rows)
{
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    // Contiguous runs go in one removal each, from the bottom so row numbers stay valid.
    for (int i = 0; i < rows.size();) {
        int last = rows[i], first = rows[i];
        while (i + 1 < rows.size() && rows[i + 1] == first - 1)
            first = rows[++i];
        ++i;
        if (first < 0 || last >= m_rows.size())
            continue;
        beginRemoveRows({}, first, last);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
    }
}

void PlaylistModel::reorder(const QList<int> &order)
{
    if (order.size() != m_rows.size())
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    QList<int> newRowOf(order.size());
    QList<Row> rows;
    rows.reserve(order.size());
    for (int i = 0; i < order.size(); ++i) {
        rows << m_rows.at(order[i]);
        newRowOf[order[i]] = i;
    }
    m_rows = rows;
    QModelIndexList from = persistentIndexList(), to;
    for (const auto &i : from)
        to << index(newRowOf.value(i.row(), i.row()), i.column());
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void PlaylistModel::emitChangedFor(const QSet<QString> &ids)
{
    for (int r = 0; r < m_rows.size(); ++r)
        if (ids.contains(m_rows[r].songId))
            Q_EMIT dataChanged(index(r, 0), index(r, ColumnCount - 1));
}

void PlaylistModel::setDetails(const QList<Song> &songs)
{
    QSet<QString> ids;
    for (const auto &s : songs) {
        m_details.insert(s.id, s);
        ids.insert(s.id);
    }
    emitChangedFor(ids);
}

QStringList PlaylistModel::idsWithoutDetails() const
{
    QStringList out;
    for (const auto &r : m_rows)
        if (!m_details.contains(r.songId) && !out.contains(r.songId))
            out << r.songId;
    return out;
}

void PlaylistModel::setAvailable(const QHash<QString, qint64> &durations, const QSet<QString> &missing)
{
    QSet<QString> changed = m_missing;
    changed.unite(missing);
    m_missing = missing;
    for (auto it = m_available.cbegin(); it != m_available.cend(); ++it)
        changed.insert(it.key());
    for (auto it = durations.cbegin(); it != durations.cend(); ++it)
        changed.insert(it.key());
    m_available = durations;
    emitChangedFor(changed);
    Q_EMIT availabilityChanged();
}

qint64 PlaylistModel::totalDurationMs() const
{
    qint64 total = 0;
    for (const auto &r : m_rows)
        total += m_available.value(r.songId, 0);
    return total;
}

int PlaylistModel::availableCount() const
{
    int n = 0;
    for (const auto &r : m_rows)
        n += m_available.contains(r.songId) ? 1 : 0;
    return n;
}

void PlaylistModel::setFavorite(const QString &songId, bool favorite)
{
    if (favorite)
        m_favorites.insert(songId);
    else
        m_favorites.remove(songId);
    emitChangedFor({ songId });
}

void PlaylistModel::setFavorites(const QSet<QString> &songIds)
{
    QSet<QString> changed = m_favorites;
    changed.unite(songIds);
    m_favorites = songIds;
    emitChangedFor(changed);
}

int PlaylistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PlaylistModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlaylistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString id = m_rows.at(index.row()).songId;
    const auto detail = m_details.constFind(id);
    const bool known = detail != m_details.cend();
    const bool available = m_available.contains(id);
    QStringList dramas;
    if (known)
        for (const auto &a : detail->dramas)
            dramas << a.dramaTitle;
    switch (role) {
    case SongIdRole: return id;
    case TitleRole: return known ? detail->title : id;
    case ArtistsRole: return known ? detail->artistLine() : QString();
    case DramasRole: return dramas.join(u", "_s);
    case AvailableRole: return available;
    case MissingRole: return m_missing.contains(id);
    case FavoriteRole: return m_favorites.contains(id);
    case PositionRole: return index.row() + 1;
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return known
                ? (detail->titleKo.isEmpty() ? detail->title : detail->title + u" · "_s + detail->titleKo)
                : tr("Loading…");
        case ArtistColumn: return known ? detail->artistLine() : QString();
        case DramaColumn: return dramas.join(u", "_s);
        case StatusColumn:
            return available ? QString() : m_missing.contains(id) ? tr("file missing") : tr("no local file");
        }
        break;
    case Qt::ToolTipRole:
        if (m_missing.contains(id))
            return tr(
                "The linked audio file is no longer on disk. The song stays in the playlist; link the file again to play it.");
        if (!available)
            return tr(
                "No audio file is linked to this song, so it cannot play yet. It stays in the playlist.");
        break;
    case Qt::AccessibleTextRole:
        return QString((known ? detail->title : id)
                       + (available ? QString() : u", "_s + tr("no local file")));
    }
    return {};
}

QVariant PlaylistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn: return tr("Title");
    case ArtistColumn: return tr("Artists");
    case DramaColumn: return tr("Drama");
    case StatusColumn: return tr("File");
    }
    return {};
}

Qt::ItemFlags PlaylistModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled; // drops between rows
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

QStringList PlaylistModel::mimeTypes() const
{
    return { QString::fromLatin1(SongMime::kSongIds), QString::fromLatin1(SongMime::kPlaylistRows) };
}

QMimeData *PlaylistModel::mimeData(const QModelIndexList &indexes) const
{
    const QList<int> rows = SongMime::rows(indexes);
    QStringList ids;
    for (int r : rows)
        ids << m_rows.at(r).songId;
    return SongMime::create(ids, m_playlistId, rows);
}

Qt::DropActions PlaylistModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

Qt::DropActions PlaylistModel::supportedDragActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

bool PlaylistModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int,
                                    const QModelIndex &) const
{
    return m_playlistId > 0 && !SongMime::songIds(data).isEmpty();
}

bool PlaylistModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                 const QModelIndex &parent)
{
    if (action == Qt::IgnoreAction || !canDropMimeData(data, action, row, 0, parent))
        return false;
    if (row < 0)
        row = parent.isValid() ? parent.row() : int(m_rows.size());
    const QList<int> own = SongMime::playlistRows(data, m_playlistId);
    if (!own.isEmpty())
        Q_EMIT moveRequested(own, row);
    else
        Q_EMIT insertRequested(row, SongMime::songIds(data));
    // The editor changes the rows through an undoable command; telling the view "not
    // accepted" keeps it from removing the dragged rows itself.
    return false;
}

} // namespace ost
