#pragma once

#include "domain/playlist.h"
#include "storage/database.h"

namespace ost {

// Personal playlists. Every public mutation is one committed transaction: a user action is
// either saved whole or not at all. Deleting moves a playlist to the trash; only purge()
// and emptyTrash() remove rows.
class PlaylistRepository
{
public:
    explicit PlaylistRepository(Database db);

    // id > 0 re-creates a playlist under a known id (redo of an undone create).
    Result<qint64> create(const QString &name, const QStringList &songIds = {}, qint64 id = 0);
    Result<void> rename(qint64 id, const QString &name);
    Result<qint64> duplicate(qint64 id);
    Result<void> moveToTrash(qint64 id);
    Result<QString> restore(qint64 id); // the name it came back under
    Result<void> purge(qint64 id);
    Result<int> emptyTrash();

    Result<QList<Playlist>> list(bool trash = false) const;
    Result<Playlist> playlist(qint64 id) const;
    Result<QStringList> songIds(qint64 id) const;

    Result<void> setSongIds(qint64 id, const QStringList &songIds);
    Result<void> addSongs(qint64 id, const QStringList &songIds, int position = -1); // -1: at the end
    Result<void> removeAt(qint64 id, QList<int> positions);
    Result<void> move(qint64 id, int from, int to);

    // A numeric id, or else a live playlist's name (case-insensitive).
    Result<qint64> resolve(const QString &idOrName, bool trash = false) const;
    static Result<QString> checkName(const QString &name);
    // base, or "base (2)", "base (3)"… — the first name no live playlist other than except has.
    Result<QString> freeName(const QString &base, qint64 except = 0) const;

private:
    Result<void> writeItems(qint64 id, const QStringList &songIds) const; // inside a transaction
    Result<void> checkSongs(const QStringList &songIds) const;
    Result<void> checkWritable() const;
    Result<bool> nameTaken(const QString &name, qint64 except) const;

    Database m_db;
};

} // namespace ost
