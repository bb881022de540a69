#pragma once

#include "domain/song.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

namespace ost {

// The songs of one playlist, in order. Rows change only through insertSongs, removeSongs
// and reorder (called by the editor's undoable commands); drops and drags become requests.
class PlaylistModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        SongIdRole = Qt::UserRole + 1,
        TitleRole,
        ArtistsRole,
        DramasRole,
        AvailableRole, // a local file is linked and present
        MissingRole, // a local file is linked but gone from disk
        FavoriteRole,
        PositionRole,
    };
    Q_ENUM(Role)
    // Title first: column 0 is stable for a row while others are inserted or moved around it.
    enum Column { TitleColumn, ArtistColumn, DramaColumn, StatusColumn, ColumnCount };

    explicit PlaylistModel(QObject *parent = nullptr);

    void setPlaylist(qint64 id, const QStringList &songIds);
    qint64 playlistId() const { return m_playlistId; }
    QStringList songIds() const;
    QString songId(int row) const { return m_rows.at(row).songId; }

    void insertSongs(int row, const QStringList &songIds);
    void removeSongs(QList<int> rows);
    void reorder(const QList<int> &order); // new row i shows the old row order[i]

    void setDetails(const QList<Song> &songs);
    QStringList idsWithoutDetails() const;
    // Songs whose linked file is present -> length in ms (0: unknown); songs whose linked file is gone.
    void setAvailable(const QHash<QString, qint64> &durations, const QSet<QString> &missing = {});
    qint64 totalDurationMs() const; // of the songs that can play
    int availableCount() const;
    void setFavorite(const QString &songId, bool favorite);
    void setFavorites(const QSet<QString> &songIds);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
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
    void availabilityChanged();
    void moveRequested(const QList<int> &rows, int destinationRow);
    void insertRequested(int row, const QStringList &songIds);

private:
    struct Row
    {
        QString songId;
    };
    void emitChangedFor(const QSet<QString> &ids);

    qint64 m_playlistId = 0;
    QList<Row> m_rows;
    QHash<QString, Song> m_details;
    QHash<QString, qint64> m_available;
    QSet<QString> m_missing;
    QSet<QString> m_favorites;
};

} // namespace ost
