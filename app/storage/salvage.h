#pragma once

#include "core/error.h"
#include "database.h"

#include <QList>
#include <QString>

namespace ost {

// Recovers what can still be read from a damaged library into a new one (already built from
// the catalog and at the latest schema): every table the two share, row by row, in rowid
// ranges that shrink around unreadable pages down to single rows. Rows the new library already
// has (the catalog's own) are kept as they are; rows that point at a row that was lost are
// dropped at the end, so the result passes foreign_key_check.
class Salvage
{
public:
    struct Table
    {
        QString name;
        qint64 recovered = 0; // rows read from the damaged file
        qint64 unreadable = 0; // rowids in ranges that could not be read (rows lost, if any stood there)
    };
    struct Report
    {
        QList<Table> tables;
        qint64 droppedOrphans = 0;
        qint64 recovered(const QString &table) const;
        bool lostAny() const;
        // "3 playlists with 41 songs, 5 favorite dramas, 12 favorite songs, 8 linked files"
        QString userSummary() const;
    };

    static Result<Report> recover(const QString &damagedPath, const Database &target);

    // The user's own rows in a library file (playlists, their songs, favorites, linked files,
    // edits), to compare a salvaged library with a backup.
    static Result<qint64> userRows(const QString &path);
};

} // namespace ost
