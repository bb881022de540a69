#pragma once

#include "core/error.h"
#include "loudness/replaygain.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ost {

struct TrackTags
{
    QString title;
    QString artist;
    QString album;
    QString albumArtist;
    int track = 0;
    int year = 0;
    qint64 durationMs = 0;
    bool hasPicture = false; // an embedded picture is there (read it with readCover)
    QStringList notes; // what was wrong with the tags and how it was read anyway
};

struct CoverImage
{
    QByteArray data;
    QString mimeType;
};

// Reads tags with TagLib. Legacy players stored CP949/EUC-KR bytes in Latin-1 frames;
// such strings are recognized and decoded as Korean. Text is cleaned of control characters
// (NUL, binary) and cut at kMaxText characters; what was cleaned is said in notes.
class TagReader
{
public:
    static Result<TrackTags> read(const QString &path);
    // The front cover (ID3 APIC, FLAC/Vorbis picture, MP4 covr), else the first picture;
    // an empty result when there is none; an error for a picture over kMaxCoverBytes.
    static Result<CoverImage> readCover(const QString &path);
    // ReplayGain (ID3v2 TXXX, APEv2, Vorbis comments, MP4 freeform items) and R128 (Opus)
    // tags; empty when the file has none, an error when TagLib cannot read the file.
    static Result<ReplayGain> readReplayGain(const QString &path);
    static QString repairLegacy(const QString &latin1Text); // CP949 hidden in Latin-1, else unchanged

    static constexpr int kMaxText = 500;
    static constexpr qint64 kMaxCoverBytes = 16 * 1024 * 1024;
};

} // namespace ost
