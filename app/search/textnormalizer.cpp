#include "textnormalizer.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace ost {

namespace {

constexpr char16_t kSyllableBase = 0xAC00;
constexpr char16_t kSyllableLast = 0xD7A3;

// Compatibility jamo for the 19 initial consonants, in Unicode syllable order.
constexpr char16_t kInitialJamo[19]
    = { 0x3131, 0x3132, 0x3134, 0x3137, 0x3138, 0x3139, 0x3141, 0x3142, 0x3143, 0x3145,
        0x3146, 0x3147, 0x3148, 0x3149, 0x314A, 0x314B, 0x314C, 0x314D, 0x314E };
const char *const kInitialRoman[19]
    = { "g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h" };
const char *const kMedialRoman[21] = { "a",  "ae", "ya", "yae", "eo", "e",  "yeo", "ye", "o",  "wa", "wae",
                                       "oe", "yo", "u",  "wo",  "we", "wi", "yu",  "eu", "ui", "i" };
// Final consonant as pronounced at the end of a syllable, and as carried over before a vowel.
const char *const kFinalRoman[28] = { "",  "k", "k", "k", "n", "n", "n", "t",  "l", "k", "m", "l", "l", "l",
                                      "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t" };
const char *const kFinalLiaison[28]
    = { "",   "g",  "kk", "ks", "n",  "nj", "nh", "d",  "r", "lg", "lm", "lb", "ls", "lt",
        "lp", "lh", "m",  "b",  "bs", "s",  "ss", "ng", "j", "ch", "k",  "t",  "p",  "h" };

bool isSyllable(char16_t c)
{
    return c >= kSyllableBase && c <= kSyllableLast;
}

bool keep(QChar c)
{
    return c.isLetterOrNumber();
}

} // namespace

bool TextNormalizer::isInitialConsonant(QChar c)
{
    const char16_t u = c.unicode();
    return u >= 0x3131 && u <= 0x314E;
}

bool TextNormalizer::containsHangul(const QString &text)
{
    for (QChar c : text)
        if (isSyllable(c.unicode()) || isInitialConsonant(c))
            return true;
    return false;
}

bool TextNormalizer::isInitialsQuery(const QString &folded)
{
    if (folded.isEmpty())
        return false;
    for (QChar c : folded)
        if (!isInitialConsonant(c))
            return false;
    return true;
}

QString TextNormalizer::fold(const QString &text)
{
    const QString nfc = text.normalized(QString::NormalizationForm_C);
    QString out;
    out.reserve(nfc.size());
    for (QChar c : nfc)
        if (keep(c))
            out.append(c);
    return out.toCaseFolded();
}

QString TextNormalizer::initials(const QString &text)
{
    const QString folded = fold(text);
    QString out;
    out.reserve(folded.size());
    for (QChar c : folded) {
        const char16_t u = c.unicode();
        out.append(isSyllable(u) ? QChar(kInitialJamo[(u - kSyllableBase) / (21 * 28)]) : c);
    }
    return out;
}

QString TextNormalizer::romanize(const QString &text)
{
    const QString folded = fold(text);
    QString out;
    out.reserve(folded.size() * 3);
    for (qsizetype i = 0; i < folded.size(); ++i) {
        const char16_t u = folded.at(i).unicode();
        if (!isSyllable(u)) {
            out.append(folded.at(i));
            continue;
        }
        const int index = u - kSyllableBase;
        const int initial = index / (21 * 28);
        const int medial = (index % (21 * 28)) / 28;
        const int final = index % 28;
        out.append(QLatin1StringView(kInitialRoman[initial]));
        out.append(QLatin1StringView(kMedialRoman[medial]));
        // A final consonant before a syllable starting with silent ㅇ moves over (별에 -> byeore).
        const bool nextIsVowelStart = i + 1 < folded.size() && isSyllable(folded.at(i + 1).unicode())
            && (folded.at(i + 1).unicode() - kSyllableBase) / (21 * 28) == 11;
        out.append(QLatin1StringView(nextIsVowelStart ? kFinalLiaison[final] : kFinalRoman[final]));
    }
    return out;
}

QString TextNormalizer::romanizeWords(const QString &text)
{
    if (!containsHangul(text))
        return {};
    QStringList words;
    for (const QString &w : text.split(u' ', Qt::SkipEmptyParts))
        if (const QString r = romanize(w); !r.isEmpty())
            words << r;
    QString out = words.join(u' ');
    if (!out.isEmpty())
        out[0] = out[0].toUpper();
    return out;
}

} // namespace ost
