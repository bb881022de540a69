#pragma once

#include "domain/filestate.h"
#include "domain/song.h"
#include "history/playrecord.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

namespace ost {

// Songs as rows (a drama's soundtrack by OST part, an artist's songs, a collection).
class TrackModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        SongIdRole = Qt::UserRole + 1,
        TitleRole,
        TitleKoRole,
        ArtistsRole,
        DramasRole,
        PartRole,
        FavoriteRole,
        NoteRole,
        FileStateRole, // int(FileState)
        PlayCountRole, // int: full plays heard through
    };
    Q_ENUM(Role)
    enum Column {
        PartColumn,
        TitleColumn,
        ArtistColumn,
        DramaColumn,
        FileColumn,
        FavoriteColumn,
        ColumnCount
    };

    explicit TrackModel(QObject *parent = nullptr);

    void setTracks(QList<Song> songs, QList<int> parts, const QSet<QString> &favorites,
                   QStringList notes = {});
    void setFavorite(const QString &songId, bool favorite);
    void setFileStates(const QHash<QString, FileState> &states); // songs not listed keep theirs
    // The history's counts of (at least) every song of the list; a song not in it was never played.
    void setPlayCounts(const QHash<QString, SongPlayCounts> &counts);
    QStringList songIds() const;
    const Song &song(int row) const { return m_songs.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override; // songs drag onto playlists
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

Q_SIGNALS:
    void favoriteToggleRequested(const QString &songId, bool favorite);

private:
    QList<Song> m_songs;
    QList<int> m_parts;
    QStringList m_notes;
    QSet<QString> m_favorites;
    QHash<QString, FileState> m_files;
    QHash<QString, SongPlayCounts> m_plays;
};

} // namespace ost
