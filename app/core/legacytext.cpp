#include "legacytext.h"

#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace ost {

bool LegacyText::isStrictUtf8(const QByteArray &bytes)
{
    QStringDecoder d(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString s = d.decode(bytes);
    return !d.hasError();
}

std::optional<QString> LegacyText::strictCp949(const QByteArray &bytes)
{
    // ICU names the Windows Korean code page "windows-949"; EUC-KR is the fallback subset.
    for (const char *name : { "windows-949", "CP949", "EUC-KR" }) {
        QStringDecoder d(name, QStringDecoder::Flag::Stateless);
        if (!d.isValid())
            continue;
        QString s = d.decode(bytes);
        if (d.hasError() || s.contains(QChar::ReplacementCharacter))
            return std::nullopt;
        for (const QChar c : s)
            if (c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3)
                return s;
        return std::nullopt;
    }
    return std::nullopt;
}

LegacyText::Decoded LegacyText::decode(const QByteArray &bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return { QString::fromUtf8(bytes.mid(3)), Encoding::Utf8 };
    if (bytes.startsWith("\xFF\xFE")) {
        QStringDecoder d(QStringDecoder::Utf16LE);
        return { d.decode(bytes.mid(2)), Encoding::Utf16LE };
    }
    if (bytes.startsWith("\xFE\xFF")) {
        QStringDecoder d(QStringDecoder::Utf16BE);
        return { d.decode(bytes.mid(2)), Encoding::Utf16BE };
    }
    if (isStrictUtf8(bytes))
        return { QString::fromUtf8(bytes), Encoding::Utf8 };
    if (auto k = strictCp949(bytes))
        return { *k, Encoding::Cp949 };
    return { QString::fromLatin1(bytes), Encoding::Latin1 };
}

QString LegacyText::encodingName(Encoding e)
{
    switch (e) {
    case Encoding::Utf8: return u"UTF-8"_s;
    case Encoding::Utf16LE: return u"UTF-16LE"_s;
    case Encoding::Utf16BE: return u"UTF-16BE"_s;
    case Encoding::Cp949: return u"CP949"_s;
    case Encoding::Latin1: return u"Latin-1"_s;
    }
    return {};
}

} // namespace ost
