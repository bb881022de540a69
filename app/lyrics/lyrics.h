#pragma once

#include <QList>
#include <QString>

#include <algorithm>

namespace ost {

// A song's lyrics: synced lines (a time each, from an .lrc file or a synced tag) or plain
// lines without times. A line may carry a second-language line (an .lrc that gives two lines
// the same time) and the times of its words (enhanced LRC, <mm:ss.xx>).
struct LyricWord
{
    qint64 timeMs = 0;
    QString text;
    bool operator==(const LyricWord &) const = default;
};

struct LyricLine
{
    qint64 timeMs = -1; // -1: not synced
    QString text;
    QString second; // the line in a second language, when the file gives one
    QList<LyricWord> words;
    bool operator==(const LyricLine &) const = default;
};

struct Lyrics
{
    QList<LyricLine> lines;
    bool synced = false;
    QString source; // the .lrc file or the audio file whose tag held them
    QString encoding; // as read: UTF-8, UTF-16LE, CP949, ...

    bool isEmpty() const { return lines.isEmpty(); }
    // The line sung at positionMs: the last line that started at or before it; -1 before the
    // first line, or when the lyrics are not synced.
    int lineAt(qint64 positionMs) const
    {
        if (!synced)
            return -1;
        const auto it = std::upper_bound(lines.cbegin(), lines.cend(), positionMs,
                                         [](qint64 p, const LyricLine &l) { return p < l.timeMs; });
        return int(it - lines.cbegin()) - 1;
    }
};

} // namespace ost
