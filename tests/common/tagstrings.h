// Tag text as taggers write it, for tests that write tags with TagLib.
#pragma once

#include <QString>
#include <QStringEncoder>

#include <taglib/tstring.h>

#include <string>

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

} // namespace ost::test
