#pragma once

#include <QDateTime>
#include <QString>

#include <algorithm>

namespace ost {

// One play of a song, as the history keeps it.
struct PlayRecord
{
    enum class Kind { Full, Preview };

    QString songId;
    QDateTime startedAt; // UTC
    qint64 listenedMs = 0; // time heard (pauses not counted)
    qint64 lengthMs = 0; // the song's length, or the preview's window
    Kind kind = Kind::Full;
    bool skipped = false;

    // Moved on before half of it (or four minutes of a long song) was heard: a skip. A play
    // that ran to its end is never one.
    static bool isSkip(qint64 listenedMs, qint64 lengthMs, bool ranToEnd)
    {
        if (ranToEnd)
            return false;
        const qint64 enough = lengthMs > 0 ? std::min<qint64>(lengthMs / 2, 240'000) : 240'000;
        return listenedMs < enough;
    }
    bool operator==(const PlayRecord &) const = default;
};

// "3:07": a time heard or a length, as the History page and ostshelf-cli history show it.
inline QString minutesSeconds(qint64 ms)
{
    const qint64 s = (ms + 500) / 1000;
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QChar(u'0'));
}

// A play with what the History page shows of its song.
struct HistoryEntry
{
    qint64 id = 0;
    PlayRecord play;
    QString title; // empty: the song is no longer in the library
    QString artists;
    QString dramaId;
    QString dramaTitle;
};

// A song's counts over the history that is shown (a cleared history counts nothing).
struct SongPlayCounts
{
    int plays = 0; // full plays heard through
    int skips = 0;
    int previews = 0;
    QDateTime lastPlayed; // invalid: never
    bool operator==(const SongPlayCounts &) const = default;
};

} // namespace ost
