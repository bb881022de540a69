#include "playlistlistmodel.h"

#include "posters/posterloader.h"

#include <QCollator>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace ost {

PlaylistListModel::PlaylistListModel(PosterLoader *loader, SpecProvider specs, QObject *parent)
    : QAbstractListModel(parent)
    , m_loader(loader)
    , m_specs(std::move(specs))
{
    if (m_loader)
        connect(m_loader, &PosterLoader::ready, this, &PlaylistListModel::posterReady);
}

void PlaylistListModel::setPlaylists(const QList<Playlist> &playlists)
{
    beginResetModel();
    m_playlists = playlists;
    m_covers.clear();
    endResetModel();
}

void PlaylistListModel::sortRows()
{
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    QList<Playlist> sorted = m_playlists;
    std::stable_sort(sorted.begin(), sorted.end(), [&collator](const Playlist &a, const Playlist &b) {
        return collator.compare(a.name, b.name) < 0;
    });
    bool same = true;
    for (int i = 0; i < sorted.size() && same; ++i)
        same = sorted[i].id == m_playlists[i].id;
    if (same)
        return;
    Q_EMIT layoutAboutToBeChanged();
    QHash<qint64, int> newRow;
    for (int i = 0; i < sorted.size(); ++i)
        newRow.insert(sorted[i].id, i);
    QModelIndexList from = persistentIndexList(), to;
    for (const auto &i : from)
        to << index(newRow.value(m_playlists.at(i.row()).id), 0);
    m_playlists = sorted;
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged();
}

void PlaylistListModel::update(const Playlist &playlist)
{
    const int row = rowOf(playlist.id);
    if (row < 0) {
        beginInsertRows({}, int(m_playlists.size()), int(m_playlists.size()));
        m_playlists << playlist;
        endInsertRows();
    } else {
        m_playlists[row] = playlist;
        m_covers.remove(playlist.id);
        Q_EMIT dataChanged(index(row), index(row));
    }
    sortRows();
}

void PlaylistListModel::remove(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_playlists.removeAt(row);
    m_covers.remove(id);
    endRemoveRows();
}

int PlaylistListModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_playlists.size(); ++i)
        if (m_playlists[i].id == id)
            return i;
    return -1;
}

int PlaylistListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_playlists.size());
}

QVariant PlaylistListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Playlist &p = m_playlists.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return p.name;
    case IdRole: return p.id;
    case SongCountRole: return p.songCount;
    case UnavailableCountRole: return p.unavailableCount;
    case CoverRole: return cover(p);
    case SummaryRole:
    case Qt::ToolTipRole: {
        QString s = tr("%n song(s)", nullptr, p.songCount);
        if (p.unavailableCount > 0)
            s += u" · "_s + tr("%n without a local file", nullptr, p.unavailableCount);
        return s;
    }
    }
    return {};
}

QHash<int, QByteArray> PlaylistListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(IdRole, "playlistId");
    names.insert(NameRole, "name");
    names.insert(SongCountRole, "songCount");
    names.insert(UnavailableCountRole, "unavailableCount");
    names.insert(CoverRole, "cover");
    names.insert(SummaryRole, "summary");
    return names;
}

QImage PlaylistListModel::cover(const Playlist &p) const
{
    if (const auto it = m_covers.constFind(p.id); it != m_covers.cend())
        return *it;
    if (p.coverDramaIds.isEmpty())
        return {};
    bool complete = true;
    for (const auto &id : p.coverDramaIds) {
        if (m_posters.contains(id))
            continue;
        complete = false;
        if (m_loader && m_specs && !m_requested.contains(id)) {
            if (const auto spec = m_specs(id)) {
                m_requested.insert(id);
                m_loader->request(*spec, kTile, 1.0);
            }
        }
    }
    if (!complete)
        return {};
    // One poster fills the cover; two to four share it as a mosaic.
    const QSize size(kTile.width() * 2, kTile.height() * 2);
    QImage img(size, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    QPainter painter(&img);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const auto &ids = p.coverDramaIds;
    if (ids.size() == 1) {
        painter.drawImage(QRect(QPoint(), size), m_posters.value(ids[0]));
    } else {
        for (int i = 0; i < 4; ++i) {
            const QRect cell(QPoint((i % 2) * kTile.width(), (i / 2) * kTile.height()), kTile);
            painter.drawImage(cell, m_posters.value(ids[i % ids.size()]));
        }
    }
    painter.end();
    m_covers.insert(p.id, img);
    return img;
}

void PlaylistListModel::posterReady(const QString &dramaId, QSize size, const QImage &image)
{
    if (size != kTile || !m_requested.contains(dramaId))
        return;
    m_posters.insert(dramaId, image);
    for (int r = 0; r < m_playlists.size(); ++r)
        if (m_playlists[r].coverDramaIds.contains(dramaId)) {
            m_covers.remove(m_playlists[r].id);
            Q_EMIT dataChanged(index(r), index(r), { CoverRole, Qt::DecorationRole });
        }
}

} // namespace ost
