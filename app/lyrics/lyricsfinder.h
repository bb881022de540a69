#pragma once

#include "core/error.h"
#include "lyrics.h"

namespace ost {

// Lyrics for an audio file: an .lrc beside it with the same base name wins, else synced lyrics
// in an ID3v2 SYLT frame (MP3, WAV, AIFF, FLAC), else the lyrics tag inside it (ID3 USLT,
// Vorbis LYRICS, MP4 ©lyr: TagLib's LYRICS property). No lyrics is
// an empty result, not an error; an unreadable or oversized .lrc is an error naming it.
// Reads the disk: call it off the UI thread.
class LyricsFinder
{
public:
    static Result<Lyrics> forAudioFile(const QString &audioPath);
    static QString lrcBeside(const QString &audioPath); // the .lrc that would be read, or empty
};

} // namespace ost
