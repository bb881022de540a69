#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace ost {

// Text from files written by other programs: a BOM wins, then strict UTF-8, else the
// legacy Korean code page (CP949, a superset of EUC-KR) that old Windows players wrote.
class LegacyText
{
public:
    enum class Encoding { Utf8, Utf16LE, Utf16BE, Cp949, Latin1 };
    struct Decoded
    {
        QString text;
        Encoding encoding = Encoding::Utf8;
    };
    static Decoded decode(const QByteArray &bytes);
    static bool isStrictUtf8(const QByteArray &bytes);
    // The bytes decoded as CP949 if they are valid CP949 with at least one Hangul syllable.
    static std::optional<QString> strictCp949(const QByteArray &bytes);
    static QString encodingName(Encoding e);
};

} // namespace ost
