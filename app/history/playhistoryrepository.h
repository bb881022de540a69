#pragma once

#include "playrecord.h"
#include "storage/database.h"

#include <QHash>
#include <QList>

namespace ost {

// The plays table (schema 7) and its per-song counts. "Clear history" hides every play under a
// token instead of deleting it, so that it can be undone (restore); what a clear hid is
// deleted at the next start (purgeCleared), when no undo can reach it any more.
class PlayHistoryRepository
{
public:
    explicit PlayHistoryRepository(Database db);

    Result<qint64> record(const PlayRecord &play); // the new play's id
    // The plays by start, newest first: those after the play beforeId in that order (0: from
    // the newest), at most limit.
    Result<QList<HistoryEntry>> recent(int limit, qint64 beforeId = 0) const;
    Result<qint64> count() const; // plays shown
    Result<QHash<QString, SongPlayCounts>> counts(const QStringList &songIds) const;

    Result<qint64> clear(); // hides every shown play; the token restore() takes
    Result<void> restore(qint64 token);
    Result<void> purgeCleared();

private:
    Result<void> rebuildCounts();
    Database m_db;
};

} // namespace ost
