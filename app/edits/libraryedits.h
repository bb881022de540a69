#pragma once

#include "edits/rowsnapshot.h"
#include "storage/database.h"

#include <optional>

namespace ost {

struct DramaEdit
{
    std::optional<QString> title;
    std::optional<QString> titleKo;
    std::optional<int> year;
    std::optional<QString> broadcaster;
    bool isEmpty() const { return !title && !titleKo && !year && !broadcaster; }
};

struct SongEdit
{
    std::optional<QString> title;
    std::optional<QString> titleKo;
    std::optional<QString> artists; // as a tag writes them: "A, B feat. C"
    std::optional<int> part;
    bool isEmpty() const { return !title && !titleKo && !artists && !part; }
};

// The user's edits of dramas, songs and albums. Catalog facts are never changed in place
// for good: every edit is a row of the user layer (drama_edits, song_edits, drama_merges,
// song_placements, album_overrides) that reapply() writes over the rows again after a
// catalog update or a pack import (scans write only their own rows and leave the edits'
// rows alone), so edits survive all of them and backups too.
// Each edit runs in one transaction, checks its input first (a clear message, nothing
// written) and returns the rows it changed as they were, which undo() puts back.
class LibraryEdits
{
public:
    explicit LibraryEdits(Database db);

    Result<RowSnapshot> editDrama(const QString &dramaId, const DramaEdit &edit);
    Result<RowSnapshot> mergeDramas(const QString &fromId, const QString &intoId);
    Result<RowSnapshot> moveSong(const QString &songId, const QString &dramaId,
                                 int part = 0); // empty drama: none
    Result<RowSnapshot> setAlbum(const QString &album, const QString &dramaId); // empty drama: "not a drama"
    Result<RowSnapshot> editSong(const QString &songId, const SongEdit &edit);
    // setAlbum() for the album a song's file came on.
    Result<RowSnapshot> setAlbumOfSong(const QString &songId, const QString &dramaId);
    Result<void> undo(const RowSnapshot &before);

    // The layer over the rows; runs inside the caller's transaction.
    static Result<void> reapply(const QSqlDatabase &db);

private:
    Result<void> requireWritable() const;
    Database m_db;
};

} // namespace ost
