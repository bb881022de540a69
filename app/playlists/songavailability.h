#pragma once

#include "core/error.h"
#include "storage/database.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace ost {

// Which of a playlist's songs can be played from the user's files, and for how long.
struct SongAvailability
{
    QHash<QString, qint64> present; // song -> length from the tags (0: unknown)
    QSet<QString> missing; // linked, but the file is gone

    // Run on a worker thread: it stats files and may read tags (a file linked by hand, or
    // changed since the scan). Songs without a linked file are in neither set.
    static Result<SongAvailability> check(const Database &db, const QStringList &ids);
};

} // namespace ost
