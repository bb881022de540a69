#include "tagreader.h"

#include "core/legacytext.h"

#include <QFile>
#include <QObject>

#include <taglib/fileref.h>
#include <taglib/tag.h>

namespace ost {

namespace {

QString toQString(const TagLib::String &s)
{
    const QString text = QString::fromStdString(s.to8Bit(true)).trimmed();
    if (s.isLatin1() && !s.isAscii())
        return TagReader::repairLegacy(text);
    return text;
}

} // namespace

QString TagReader::repairLegacy(const QString &latin1Text)
{
    for (const QChar c : latin1Text)
        if (c.unicode() > 0xFF)
            return latin1Text;
    if (auto k = LegacyText::strictCp949(latin1Text.toLatin1()))
        return *k;
    return latin1Text;
}

Result<TrackTags> TagReader::read(const QString &path)
{
    TagLib::FileRef ref(QFile::encodeName(path).constData(), true, TagLib::AudioProperties::Fast);
    if (ref.isNull() || !ref.tag())
        return fail(QObject::tr("Cannot read tags of \"%1\": not an audio file TagLib knows.").arg(path));
    TrackTags t;
    t.title = toQString(ref.tag()->title());
    t.artist = toQString(ref.tag()->artist());
    t.album = toQString(ref.tag()->album());
    if (ref.audioProperties())
        t.durationMs = ref.audioProperties()->lengthInMilliseconds();
    return t;
}

} // namespace ost
