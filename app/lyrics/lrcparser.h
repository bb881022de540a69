#pragma once

#include "core/error.h"
#include "lyrics.h"

#include <QByteArray>

namespace ost {

// Reads LRC lyrics as players write them: [mm:ss.xx] times (several on one line, hundredths,
// tenths or milliseconds), [offset:±ms], ID tags ([ti:], [ar:], ...) skipped, enhanced word
// times <mm:ss.xx>, two lines with one time as a line and its second language. Lines come out
// sorted by time whatever order the file has; control characters are dropped; a time an
// offset would make negative starts at 0. Text without any time is plain (unsynced) lyrics.
// The encoding is found as for playlists (LegacyText: BOM, UTF-8, else CP949).
class LrcParser
{
public:
    static constexpr qsizetype kMaxBytes = 1024 * 1024; // lyrics, not a book
    static constexpr qsizetype kMaxLines = 5000;

    static Result<Lyrics> parse(const QByteArray &bytes);
    // Plain or LRC text from a tag (USLT, LYRICS, ©lyr): LRC when it holds a time tag.
    static Lyrics fromText(const QString &text);
};

} // namespace ost
