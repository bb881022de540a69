#include "lyricsfinder.h"

#include "lrcparser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QObject>

#include <taglib/aifffile.h>
#include <taglib/fileref.h>
#include <taglib/flacfile.h>
#include <taglib/id3v2tag.h>
#include <taglib/mpegfile.h>
#include <taglib/synchronizedlyricsframe.h>
#include <taglib/tpropertymap.h>
#include <taglib/wavfile.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ost {

namespace {

QString syltText(const TagLib::String &s)
{
    QString out = QString::fromStdString(s.to8Bit(true));
    out.removeIf([](QChar c) { return c.category() == QChar::Other_Control && c != u'\n'; });
    return out;
}

// The file's ID3v2 tag, in the kinds of file that carry one.
const TagLib::ID3v2::Tag *id3v2TagOf(TagLib::File *file)
{
    if (auto *mpeg = dynamic_cast<TagLib::MPEG::File *>(file))
        return mpeg->hasID3v2Tag() ? mpeg->ID3v2Tag() : nullptr;
    if (auto *wav = dynamic_cast<TagLib::RIFF::WAV::File *>(file))
        return wav->hasID3v2Tag() ? wav->ID3v2Tag() : nullptr;
    if (auto *aiff = dynamic_cast<TagLib::RIFF::AIFF::File *>(file))
        return aiff->hasID3v2Tag() ? aiff->tag() : nullptr;
    if (auto *flac = dynamic_cast<TagLib::FLAC::File *>(file))
        return flac->hasID3v2Tag() ? flac->ID3v2Tag() : nullptr;
    return nullptr;
}

// Synced lyrics of ID3v2 SYLT frames (lyrics or transcription, times in milliseconds or MPEG
// frames). An entry that starts with a line break begins a new line; a frame without any is a
// line per entry; a frame with them holds the words of karaoke-style lines.
Lyrics fromSylt(const TagLib::ID3v2::Tag &tag, int sampleRate)
{
    Lyrics lyrics;
    const auto frames = tag.frameListMap().find("SYLT");
    if (frames == tag.frameListMap().end())
        return lyrics;
    for (const TagLib::ID3v2::Frame *f : frames->second) {
        const auto *sylt = dynamic_cast<const TagLib::ID3v2::SynchronizedLyricsFrame *>(f);
        if (!sylt
            || (sylt->type() != TagLib::ID3v2::SynchronizedLyricsFrame::Lyrics
                && sylt->type() != TagLib::ID3v2::SynchronizedLyricsFrame::TextTranscription))
            continue;
        const bool frames1152
            = sylt->timestampFormat() == TagLib::ID3v2::SynchronizedLyricsFrame::AbsoluteMpegFrames;
        if (frames1152 && sampleRate <= 0)
            continue; // MPEG frame numbers without a sample rate to turn them into time
        if (!frames1152
            && sylt->timestampFormat() != TagLib::ID3v2::SynchronizedLyricsFrame::AbsoluteMilliseconds)
            continue;
        bool karaoke = false;
        for (const auto &entry : sylt->synchedText())
            karaoke = karaoke || syltText(entry.text).startsWith(u'\n');
        for (const auto &entry : sylt->synchedText()) {
            if (lyrics.lines.size() >= LrcParser::kMaxLines)
                break;
            const qint64 ms = frames1152 ? qint64(entry.time) * 1152 * 1000 / sampleRate : qint64(entry.time);
            QString piece = syltText(entry.text);
            const bool newLine = !karaoke || piece.startsWith(u'\n') || lyrics.lines.isEmpty();
            piece = piece.trimmed();
            if (newLine) {
                LyricLine line;
                line.timeMs = ms;
                line.text = piece;
                if (karaoke && !piece.isEmpty())
                    line.words << LyricWord { ms, piece };
                lyrics.lines << line;
            } else if (!piece.isEmpty()) {
                LyricLine &line = lyrics.lines.last();
                line.text += (line.text.isEmpty() ? QString() : u" "_s) + piece;
                line.words << LyricWord { ms, piece };
            }
        }
        if (!lyrics.lines.isEmpty())
            break; // the first frame that holds lyrics
    }
    lyrics.lines.removeIf([](const LyricLine &l) { return l.text.isEmpty(); });
    std::stable_sort(lyrics.lines.begin(), lyrics.lines.end(),
                     [](const LyricLine &a, const LyricLine &b) { return a.timeMs < b.timeMs; });
    lyrics.synced = !lyrics.lines.isEmpty();
    return lyrics;
}

} // namespace

QString LyricsFinder::lrcBeside(const QString &audioPath)
{
    const QFileInfo audio(audioPath);
    const QDir dir = audio.absoluteDir();
    for (const QString &ext : { u".lrc"_s, u".LRC"_s, u".Lrc"_s }) {
        const QString candidate = dir.filePath(audio.completeBaseName() + ext);
        if (QFileInfo(candidate).isFile())
            return candidate;
    }
    return {};
}

Result<Lyrics> LyricsFinder::forAudioFile(const QString &audioPath)
{
    if (const QString lrc = lrcBeside(audioPath); !lrc.isEmpty()) {
        QFile f(lrc);
        if (f.size() > LrcParser::kMaxBytes)
            return fail(Error::Kind::InvalidInput,
                        QObject::tr("The lyrics file %1 is larger than %2 KB and was not read.")
                            .arg(lrc)
                            .arg(LrcParser::kMaxBytes / 1024));
        if (!f.open(QIODevice::ReadOnly))
            return fail(Error::Kind::Io,
                        QObject::tr("The lyrics file %1 cannot be read: %2").arg(lrc, f.errorString()));
        auto parsed = LrcParser::parse(f.read(LrcParser::kMaxBytes + 1));
        if (!parsed)
            return fail(parsed.error().kind, lrc + u": "_s + parsed.error().message);
        parsed->source = lrc;
        return parsed;
    }
    if (!QFileInfo(audioPath).isFile())
        return fail(Error::Kind::NotFound, QObject::tr("The audio file %1 is not there.").arg(audioPath));
    TagLib::FileRef ref(QFile::encodeName(audioPath).constData(), true, TagLib::AudioProperties::Fast);
    if (ref.isNull())
        return Lyrics {};
    // Synced lyrics in an ID3v2 SYLT frame before the plain USLT ones.
    if (const TagLib::ID3v2::Tag *tag = id3v2TagOf(ref.file())) {
        const int rate = ref.audioProperties() ? ref.audioProperties()->sampleRate() : 0;
        Lyrics synced = fromSylt(*tag, rate);
        if (!synced.isEmpty()) {
            synced.source = audioPath;
            synced.encoding = u"tag"_s;
            return synced;
        }
    }
    const TagLib::PropertyMap props = ref.properties();
    const auto it = props.find("LYRICS");
    if (it == props.end() || it->second.isEmpty())
        return Lyrics {};
    const QString text = QString::fromStdString(it->second.toString("\n").to8Bit(true));
    Lyrics lyrics = LrcParser::fromText(text.left(LrcParser::kMaxBytes));
    lyrics.source = audioPath;
    lyrics.encoding = u"tag"_s;
    return lyrics;
}

} // namespace ost
