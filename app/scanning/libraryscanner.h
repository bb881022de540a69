#pragma once

#include "storage/database.h"

#include <atomic>
#include <functional>
#include <optional>

namespace ost {

// Scans music folders: reads tags with TagLib (legacy Korean encodings repaired) and makes
// every audio file a song of the library (FilePlacer): of its drama, found by the album's
// title, or of no drama ("Other music"); a catalog song that is uncertain waits for review.
// Incremental: a file whose size and modification time did not change is not read again;
// a file gone since the last scan is marked missing (its song, favorites and playlist places
// stay); a file moved or renamed is found again by its tags and keeps its song.
// Runs on any thread with that thread's connection; writes in short transactions so the
// app's own edits are never blocked for long.
class LibraryScanner
{
public:
    struct Progress
    {
        int seen = 0; // audio files found so far
        int read = 0; // of which new or changed (tags read)
        int dramasMade = 0; // new dramas committed so far
        int songsMade = 0;
        bool committed = false; // a batch was just committed: what it made is visible now
        QString current;
    };
    struct Summary
    {
        int files = 0, unchanged = 0, read = 0, linked = 0, added = 0, other = 0, duplicates = 0, review = 0,
            errors = 0;
        int dramasMade = 0, songsMade = 0, missing = 0, moved = 0;
        QStringList problems; // "path: reason" of unreadable files, first kMaxProblems
        bool cancelled = false;
        qint64 elapsedMs = 0;
        QString text() const;
    };
    using ProgressFn = std::function<void(const Progress &)>;

    explicit LibraryScanner(Database db);
    Result<Summary> scan(const QStringList &folders, const std::atomic<bool> *cancel = nullptr,
                         const ProgressFn &progress = {});
    static bool isAudioFile(const QString &fileName);
    // The modification time a scan records for a file, in nanoseconds (a retag within the
    // second of the last scan is still a change); none when the file cannot be read.
    static std::optional<qint64> modificationStamp(const QString &path);

    static constexpr int kBatch = 200;
    static constexpr int kMaxProblems = 50;

private:
    Database m_db;
};

} // namespace ost
