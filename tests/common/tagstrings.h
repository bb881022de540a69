// Tag text as taggers write it, for tests that write tags with TagLib.
#pragma once

#include <QFile>
#include <QList>
#include <QString>
#include <QStringEncoder>

#include <taglib/fileref.h>
#include <taglib/tpropertymap.h>
#include <taglib/tstring.h>

#include <string>
#include <utility>

namespace ost::test {

inline TagLib::String utf8(const QString &s)
{
    return TagLib::String(s.toStdString(), TagLib::String::UTF8);
}

// Bytes of CP949 stored as a Latin-1 frame: what legacy Windows taggers wrote.
inline TagLib::String cp949(const QString &s)
{
    QStringEncoder enc("windows-949");
    const QByteArray bytes = enc.encode(s);
    return TagLib::String(std::string(bytes.constData(), size_t(bytes.size())), TagLib::String::Latin1);
}

// Writes properties (REPLAYGAIN_TRACK_GAIN, LYRICS, ...) into a file's tags through TagLib's
// property interface: TXXX frames in ID3v2 (WAV, MP3), comments in FLAC and Ogg.
inline bool writeProperties(const QString &path, const QList<std::pair<QString, QString>> &properties)
{
    TagLib::FileRef ref(QFile::encodeName(path).constData(), false);
    if (ref.isNull())
        return false;
    TagLib::PropertyMap map = ref.properties();
    for (const auto &[key, value] : properties)
        map.replace(utf8(key), TagLib::StringList(utf8(value)));
    ref.setProperties(map);
    return ref.save();
}

} // namespace ost::test
