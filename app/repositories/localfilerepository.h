#pragma once

#include "storage/database.h"

#include <QHash>

namespace ost {

// Links between catalog songs and the user's own audio files. A link whose file vanished
// is kept and reported missing, never dropped.
class LocalFileRepository
{
public:
    explicit LocalFileRepository(Database db);

    Result<void> link(const QString &songId, const QString &path);
    Result<void> unlink(const QString &songId);
    Result<QHash<QString, QString>> paths(const QStringList &songIds
                                          = {}) const; // song id -> path; empty list: all
    Result<QHash<QString, QString>> songsByPath() const; // NFC path -> song id
    // Lengths the scanner read from the tags, for files unchanged since (same size and mtime):
    // path -> ms. Saves reading every file again to sum up a playlist.
    Result<QHash<QString, qint64>> scannedDurations(const QStringList &paths) const;

private:
    Database m_db;
};

} // namespace ost
