#include "lrcparser.h"

#include "core/legacytext.h"

#include <QObject>
#include <QStringList>

#include <optional>

using namespace Qt::StringLiterals;

namespace ost {

namespace {

// "mm:ss", "mm:ss.x", "mm:ss.xx", "mm:ss.xxx" (or ':' before the fraction) in milliseconds.
std::optional<qint64> parseTime(QStringView t)
{
    const qsizetype colon = t.indexOf(u':');
    if (colon <= 0 || colon > 4)
        return std::nullopt;
    bool ok = false;
    const qint64 minutes = t.first(colon).toLongLong(&ok);
    if (!ok || minutes < 0)
        return std::nullopt;
    QStringView rest = t.sliced(colon + 1);
    qsizetype dot = rest.indexOf(u'.');
    if (dot < 0)
        dot = rest.indexOf(u':');
    const QStringView secondsText = dot < 0 ? rest : rest.first(dot);
    if (secondsText.isEmpty() || secondsText.size() > 2)
        return std::nullopt;
    const qint64 seconds = secondsText.toLongLong(&ok);
    if (!ok || seconds < 0 || seconds > 59)
        return std::nullopt;
    qint64 ms = 0;
    if (dot >= 0) {
        const QStringView fraction = rest.sliced(dot + 1);
        if (fraction.isEmpty() || fraction.size() > 3)
            return std::nullopt;
        for (const QChar c : fraction)
            if (!c.isDigit())
                return std::nullopt;
        ms = fraction.toLongLong(&ok);
        if (!ok)
            return std::nullopt;
        ms *= fraction.size() == 1 ? 100 : fraction.size() == 2 ? 10 : 1;
    }
    for (const QChar c : t.first(colon))
        if (!c.isDigit())
            return std::nullopt;
    return (minutes * 60 + seconds) * 1000 + ms;
}

QString withoutControls(const QString &line)
{
    QString out;
    out.reserve(line.size());
    for (const QChar c : line) {
        if (c == u'\t')
            out += u' ';
        else if (c.category() != QChar::Other_Control)
            out += c;
    }
    return out;
}

// The text of a line and, in enhanced LRC, the time of each word.
void splitWords(const QString &body, LyricLine &line)
{
    QString text;
    qsizetype i = 0;
    std::optional<qint64> wordTime;
    QString word;
    auto flush = [&] {
        if (wordTime && !word.trimmed().isEmpty())
            line.words << LyricWord { *wordTime, word.trimmed() };
        word.clear();
    };
    while (i < body.size()) {
        if (body.at(i) == u'<') {
            const qsizetype close = body.indexOf(u'>', i);
            if (close > i)
                if (const auto t = parseTime(QStringView(body).sliced(i + 1, close - i - 1))) {
                    flush();
                    wordTime = t;
                    i = close + 1;
                    continue;
                }
        }
        text += body.at(i);
        word += body.at(i);
        ++i;
    }
    flush();
    line.text = text.simplified();
}

} // namespace

Result<Lyrics> LrcParser::parse(const QByteArray &bytes)
{
    if (bytes.size() > kMaxBytes)
        return fail(Error::Kind::InvalidInput,
                    QObject::tr("The lyrics file is %1 KB; lyrics files over %2 KB are not read.")
                        .arg(bytes.size() / 1024)
                        .arg(kMaxBytes / 1024));
    const LegacyText::Decoded decoded = LegacyText::decode(bytes);
    Lyrics lyrics = fromText(decoded.text);
    lyrics.encoding = LegacyText::encodingName(decoded.encoding);
    return lyrics;
}

Lyrics LrcParser::fromText(const QString &text)
{
    Lyrics out;
    QList<LyricLine> synced;
    QList<LyricLine> plain;
    qint64 offset = 0;
    QString all = text;
    all.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
    const QStringList rows = all.split(u'\n');
    for (const QString &raw : rows) {
        if (synced.size() + plain.size() >= kMaxLines)
            break;
        const QString row = withoutControls(raw).trimmed();
        QList<qint64> times;
        qsizetype at = 0;
        while (at < row.size() && row.at(at) == u'[') {
            const qsizetype close = row.indexOf(u']', at);
            if (close < 0)
                break;
            const QStringView inside = QStringView(row).sliced(at + 1, close - at - 1);
            if (const auto t = parseTime(inside)) {
                times << *t;
            } else if (const qsizetype colon = inside.indexOf(u':'); colon > 0
                       && std::all_of(inside.begin(), inside.begin() + colon,
                                      [](QChar c) { return c.isLetter(); })) {
                // An ID tag: [ti:…], [ar:…], [offset:+500] …
                if (inside.first(colon).compare(u"offset"_s, Qt::CaseInsensitive) == 0) {
                    bool ok = false;
                    const qint64 v = inside.sliced(colon + 1).trimmed().toLongLong(&ok);
                    if (ok && v > -3600000 && v < 3600000)
                        offset = v;
                }
            } else {
                break; // "[Chorus]" and the like: text
            }
            at = close + 1;
        }
        const QString body = row.sliced(at);
        if (times.isEmpty()) {
            if (!body.trimmed().isEmpty()) {
                LyricLine l;
                splitWords(body, l);
                l.words.clear();
                plain << l;
            }
            continue;
        }
        LyricLine l;
        splitWords(body, l);
        for (const qint64 t : std::as_const(times)) {
            LyricLine copy = l;
            copy.timeMs = t;
            synced << copy;
        }
    }
    if (synced.isEmpty()) {
        out.lines = plain;
        return out;
    }
    // A positive offset shows the lyrics sooner.
    for (LyricLine &l : synced) {
        l.timeMs = std::max<qint64>(0, l.timeMs - offset);
        for (LyricWord &w : l.words)
            w.timeMs = std::max<qint64>(0, w.timeMs - offset);
    }
    std::stable_sort(synced.begin(), synced.end(),
                     [](const LyricLine &a, const LyricLine &b) { return a.timeMs < b.timeMs; });
    // Two lines at one time: the second is the first in another language.
    for (const LyricLine &l : std::as_const(synced)) {
        if (!out.lines.isEmpty() && out.lines.last().timeMs == l.timeMs && !l.text.isEmpty()) {
            LyricLine &first = out.lines.last();
            if (first.text.isEmpty())
                first.text = l.text;
            else if (first.second.isEmpty())
                first.second = l.text;
            continue;
        }
        out.lines << l;
    }
    out.synced = true;
    return out;
}

} // namespace ost
