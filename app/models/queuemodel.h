#pragma once

#include "domain/song.h"

#include <QAbstractListModel>
#include <QHash>

namespace ost {

// The play queue: songs in order and which one is current. Changed by PlaybackController.
class QueueModel : public QAbstractListModel
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
    void setCurrent(int row);
    void setDetails(const QList<Song> &songs);

    int current() const { return m_current; }
    QString songId(int row) const { return m_ids.value(row); }
    QStringList songIds() const { return m_ids; }
    const Song *details(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    QStringList m_ids;
    QHash<QString, Song> m_details;
    int m_current = -1;
};

} // namespace ost
