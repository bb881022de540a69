#pragma once

#include "domain/song.h"

#include <QAbstractListModel>
#include <QHash>

namespace ost {

// The play queue: songs in order and which one is current. Changed by PlaybackController;
// drags and drops only become requests to it.
class QueueModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        SongIdRole = Qt::UserRole + 1,
        TitleRole,
        ArtistsRole,
        CurrentRole,
    };
    Q_ENUM(Role)

    explicit QueueModel(QObject *parent = nullptr);

    void setSongs(const QStringList &songIds, int current);
    void insertSongs(int row, const QStringList &songIds);
    void removeSongs(QList<int> rows);
    void moveSong(int from, int to);
    // Moves rows (any order, gaps allowed) so they sit together, in their order, before
    // what was at destinationRow (rowCount() = to the end); the current song stays current.
    void moveSongs(QList<int> rows, int destinationRow);
    void setCurrent(int row);
    void setDetails(const QList<Song> &songs);

    int current() const { return m_current; }
    QString songId(int row) const { return m_ids.value(row); }
    QStringList songIds() const { return m_ids; }
    const Song *details(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    void moveRequested(const QList<int> &rows, int destinationRow);
    void insertRequested(int row, const QStringList &songIds);

private:
    QStringList m_ids;
    QHash<QString, Song> m_details;
    int m_current = -1;
};

} // namespace ost
