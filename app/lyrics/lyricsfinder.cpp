#include "lyricsfinder.h"

#include "lrcparser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QObject>

#include <taglib/fileref.h>
#include <taglib/tpropertymap.h>

using namespace Qt::StringLiterals;

namespace ost {

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
    TagLib::FileRef ref(QFile::encodeName(audioPath).constData(), false);
    if (ref.isNull())
        return Lyrics {};
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
