#include "queuemodel.h"

#include "songmime.h"

#include <QFont>

using namespace Qt::StringLiterals;

namespace ost {

QueueModel::QueueModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void QueueModel::setSongs(const QStringList &songIds, int current)
{
    beginResetModel();
    m_ids = songIds;
    m_current = songIds.isEmpty() ? -1 : std::clamp(current, 0, int(songIds.size()) - 1);
    endResetModel();
}

void QueueModel::insertSongs(int row, const QStringList &songIds)
{
    if (songIds.isEmpty())
        return;
    row = std::clamp(row, 0, int(m_ids.size()));
    beginInsertRows({}, row, row + int(songIds.size()) - 1);
    for (int i = 0; i < songIds.size(); ++i)
        m_ids.insert(row + i, songIds[i]);
    if (m_current >= row)
        m_current += int(songIds.size());
    endInsertRows();
}

void QueueModel::removeSongs(QList<int> rows)
{
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (int r : rows) {
        if (r < 0 || r >= m_ids.size())
            continue;
        beginRemoveRows({}, r, r);
        m_ids.removeAt(r);
        if (m_current > r)
            --m_current;
        else if (m_current == r)
            m_current = -1; // the playing song left the queue; it plays on until it ends
        endRemoveRows();
    }
}

void QueueModel::moveSong(int from, int to)
{
    if (from < 0 || from >= m_ids.size() || to < 0 || to >= m_ids.size() || from == to)
        return;
    beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    m_ids.move(from, to);
    if (m_current == from)
        m_current = to;
    else if (from < m_current && to >= m_current)
        --m_current;
    else if (from > m_current && to <= m_current && m_current >= 0)
        ++m_current;
    endMoveRows();
}

void QueueModel::moveSongs(QList<int> rows, int destinationRow)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    rows.removeIf([this](int r) { return r < 0 || r >= m_ids.size(); });
    if (rows.isEmpty())
        return;
    int dest = std::clamp(destinationRow, 0, int(m_ids.size()));
    // One beginMoveRows per row keeps views' selections and the tester's checks exact.
    // Rows above the destination go in from the last, so each lands right before dest.
    int insertAt = dest;
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        const int from = *it;
        if (from >= dest)
            continue;
        const int to = insertAt - 1; // final index of this row after the move
        if (from != to)
            moveSong(from, to);
        insertAt = to;
    }
    // Rows below go in from the first, each after the previous one.
    insertAt = dest;
    for (int from : std::as_const(rows)) {
        if (from < dest)
            continue;
        if (from != insertAt)
            moveSong(from, insertAt);
        ++insertAt;
    }
}

void QueueModel::setCurrent(int row)
{
    const int old = m_current;
    m_current = row >= 0 && row < m_ids.size() ? row : -1;
    for (int r : { old, m_current })
        if (r >= 0 && r < m_ids.size())
            Q_EMIT dataChanged(index(r), index(r));
}

void QueueModel::setDetails(const QList<Song> &songs)
{
    for (const auto &s : songs)
        m_details.insert(s.id, s);
    if (!m_ids.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_ids.size()) - 1));
}

const Song *QueueModel::details(const QString &id) const
{
    const auto it = m_details.constFind(id);
    return it == m_details.cend() ? nullptr : &*it;
}

int QueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

QVariant QueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString id = m_ids.at(index.row());
    const Song *s = details(id);
    switch (role) {
    case SongIdRole: return id;
    case TitleRole: return s ? s->title : id;
    case ArtistsRole: return s ? s->artistLine() : QString();
    case CurrentRole: return index.row() == m_current;
    case Qt::DisplayRole: return s ? s->title + u" — "_s + s->artistLine() : id;
    case Qt::FontRole:
        if (index.row() == m_current) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case Qt::AccessibleDescriptionRole: return index.row() == m_current ? tr("now playing") : QString();
    }
    return {};
}

Qt::ItemFlags QueueModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled; // drops between rows
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

QStringList QueueModel::mimeTypes() const
{
    return { QString::fromLatin1(SongMime::kSongIds), QString::fromLatin1(SongMime::kQueueRows) };
}

QMimeData *QueueModel::mimeData(const QModelIndexList &indexes) const
{
    const QList<int> rows = SongMime::rows(indexes);
    QStringList ids;
    for (int r : rows)
        ids << m_ids.at(r);
    return SongMime::createQueue(ids, rows);
}

Qt::DropActions QueueModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

Qt::DropActions QueueModel::supportedDragActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

bool QueueModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int, const QModelIndex &) const
{
    return !SongMime::songIds(data).isEmpty();
}

bool QueueModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                              const QModelIndex &parent)
{
    if (action == Qt::IgnoreAction || !canDropMimeData(data, action, row, 0, parent))
        return false;
    if (row < 0)
        row = parent.isValid() ? parent.row() : int(m_ids.size());
    const QStringList ids = SongMime::songIds(data);
    const QList<int> own = SongMime::queueRows(data);
    // The rows were taken when the drag began; if the queue changed since (a file opened
    // from outside replaces it), they no longer hold those songs: add the songs instead.
    bool stillThere = !own.isEmpty() && own.size() == ids.size();
    for (qsizetype i = 0; stillThere && i < own.size(); ++i)
        stillThere = m_ids.value(own[i]) == ids[i];
    if (stillThere)
        Q_EMIT moveRequested(own, row);
    else
        Q_EMIT insertRequested(row, ids);
    // The controller changes the queue; "not accepted" keeps the view from removing rows.
    return false;
}

} // namespace ost
