#pragma once

#include "history/playrecord.h"

#include <QAbstractItemModel>
#include <QDateTime>

namespace ost {

// The History page's plays in groups: Today, This week, Earlier (only those that hold plays),
// each play a row under its group with the song, its artists, its drama, when and how.
class HistoryModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { Song, Artists, Drama, Played, Heard, ColumnCount };
    enum Role {
        SongIdRole = Qt::UserRole + 1, // QString; empty on group rows
        DramaIdRole, // QString
        KindRole, // PlayRecord::Kind as int
        SkippedRole, // bool
        IsGroupRole, // bool
    };
    Q_ENUM(Role)

    explicit HistoryModel(QObject *parent = nullptr);

    // Plays newest first; now decides what is today and this week (in local time).
    void setEntries(const QList<HistoryEntry> &entries, const QDateTime &now = QDateTime::currentDateTime());
    QStringList songIds() const; // of every play shown, top to bottom
    int playRow(const QModelIndex &index) const; // its place in songIds(), -1 for a group

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Group
    {
        QString title;
        QList<HistoryEntry> entries;
        int firstPlay = 0; // its first play's place in songIds()
    };
    QVariant playData(const HistoryEntry &e, int column, int role) const;
    QList<Group> m_groups;
    QDateTime m_now;
};

} // namespace ost
