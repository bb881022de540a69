#pragma once

#include <QString>

namespace ost {

// Korean-aware text folding shared by the search index, the catalog checks and file matching.
class TextNormalizer
{
public:
    // NFC, case-folded, without spaces, punctuation or symbols: "Stay with Me!" -> "staywithme".
    static QString fold(const QString &text);
    // Initial consonants of Hangul syllables (도깨비 -> ㄷㄲㅂ); other letters and digits kept folded.
    static QString initials(const QString &text);
    // Revised Romanization of the Hangul in text, folded (도깨비 -> dokkaebi); Latin kept as is.
    static QString romanize(const QString &text);
    // "Sarangui bulsichak": romanized word by word, first letter capital, as the catalog
    // writes romanizations; empty when the text has no Hangul.
    static QString romanizeWords(const QString &text);
    static bool isInitialConsonant(QChar c); // compatibility jamo ㄱ..ㅎ
    static bool containsHangul(const QString &text);
    static bool isInitialsQuery(const QString &folded); // only compatibility consonants
};

} // namespace ost
