#include "artistcredits.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ost {

QList<CreditName> ArtistCredits::split(const QString &artistTag)
{
    static const QRegularExpression feat(
        uR"(\s*[\(\[]?\s*(?<![A-Za-z])(?:feat\.?|ft\.|featuring)\s+(.*?)\s*[\)\]]?\s*$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression separators(u"\\s*(?:,|&|、|，|；|;)\\s*"_s);
    QString text = artistTag.normalized(QString::NormalizationForm_KC).simplified();
    QString featured;
    if (const auto m = feat.match(text); m.hasMatch()) {
        featured = m.captured(1);
        text = text.left(m.capturedStart()).trimmed();
    }
    QList<CreditName> out;
    const auto add = [&out](const QString &part, bool featuring) {
        for (const QString &name : part.split(separators, Qt::SkipEmptyParts)) {
            const QString n = name.trimmed();
            bool known = false;
            for (const CreditName &c : out)
                known = known || c.name.compare(n, Qt::CaseInsensitive) == 0;
            if (!n.isEmpty() && !known)
                out << CreditName { n, featuring };
        }
    };
    add(text, false);
    add(featured, true);
    return out;
}

} // namespace ost
