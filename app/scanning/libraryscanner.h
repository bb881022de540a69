#pragma once

#include "storage/database.h"

#include <atomic>
#include <functional>

namespace ost {

// Scans music folders: reads tags with TagLib (legacy Korean encodings repaired), matches
// files to catalog songs, links confident matches and queues uncertain ones for review.
// Incremental: a file whose size and modification time did not change is not read again.
// Runs on any thread with that thread's connection; writes in short transactions so the
// app's own edits are never blocked for long.
class LibraryScanner
{
public:
    struct Progress
    {
        int seen = 0; // audio files found so far
        int read = 0; // of which new or changed (tags read)
        QString current;
    };
    struct Summary
    {
        int files = 0, unchanged = 0, read = 0, linked = 0, review = 0, unmatched = 0, errors = 0;
        bool cancelled = false;
        qint64 elapsedMs = 0;
        QString text() const;
    };
    using ProgressFn = std::function<void(const Progress &)>;

    explicit LibraryScanner(Database db);
    Result<Summary> scan(const QStringList &folders, const std::atomic<bool> *cancel = nullptr, const ProgressFn &progress = {});
    static bool isAudioFile(const QString &fileName);

    static constexpr int kBatch = 200;

private:
    Database m_db;
};

} // namespace ost
