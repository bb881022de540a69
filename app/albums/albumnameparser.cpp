#include "albumnameparser.h"

#include "search/textnormalizer.h"

#include <QObject>
#include <QRegularExpression>

#include <array>

using namespace Qt::StringLiterals;

namespace ost {

namespace {

constexpr auto kOptions
    = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

// Broadcasters and platforms as albums write them.
const QString kBroadcaster
    = uR"re((KBS\s*2\s*TV|KBS\s*1\s*TV|KBS\s*[12]|KBS|MBC\s*every\s*1|MBC|SBS\s*Plus|SBS|tvN|JTBC|OCN|ENA|MBN|TV\s*CHOSUN|TV\s*조선|Channel\s*A|채널\s*A|Netflix|넷플릭스|Disney\s*\+|디즈니\s*\+|Coupang\s*Play|쿠팡\s*플레이|TVING|티빙|Wavve|웨이브|Kakao\s*TV|카카오\s*TV))re"_s;
// Weekday slots and programme kinds that follow a broadcaster ("tvN 토일드라마", "KBS 2TV 수목 미니시리즈").
const QString kSlot
    = uR"re((?:\s*(?:월화|수목|금토|토일|일일|주말|아침|저녁|일요|토요|금요|월요|화요|수요|목요))?(?:\s*(?:특별기획|미니시리즈|드라마|연속극|오리지널|시리즈|Original|Drama|Series))*)re"_s;

enum class Kind { Marker, Part, Volume, Special, Broadcaster, Decoration };

struct Rule
{
    Kind kind;
    QRegularExpression pattern;
};

// The table. Order matters: parts and volumes are read before anything can eat their
// numbers; markers before the empty brackets they leave behind are swept.
const std::array<Rule, 9> &rules()
{
    static const std::array<Rule, 9> table { {
        // "(Original Television Soundtrack)", "Original Drama Soundtrack", "OST", "O.S.T.", "사운드트랙"
        { Kind::Marker,
          QRegularExpression(
              uR"re((?:Original\s+(?:Korean\s+)?(?:Television|TV|Drama|Web\s*Drama|Netflix\s+Series|Series|Motion\s+Picture)?\s*Sound\s*track(?:\s+from\s+the\s+(?:Netflix\s+|Disney\+?\s+|TV\s+)?(?:Original\s+)?(?:Series|Drama|Film))?|(?<![A-Za-z])O\.?S\.?T(?![A-Za-z])\.?|사운드\s*트랙|오에스티))re"_s,
              kOptions) },
        // "Part.3", "Part 3", "Pt. 3", "PT3", "파트 3"
        { Kind::Part,
          QRegularExpression(uR"re((?<![A-Za-z])(?:Part|Pt|파트)\s*\.?\s*(\d{1,4})(?!\d))re"_s, kOptions) },
        // "Vol. 2", "Volume 2"
        { Kind::Volume,
          QRegularExpression(uR"re((?<![A-Za-z])Vol(?:ume)?\s*\.?\s*(\d{1,2})(?!\d))re"_s, kOptions) },
        // "OST Special", "Special Track", "스페셜", "스페셜 앨범" — at the end or before a bracket,
        // so a title that starts with the word ("Special Affairs Team TEN") keeps it
        { Kind::Special,
          QRegularExpression(
              uR"re((?:(?<![A-Za-z])Special(?:\s+(?:Track|Album|Edition|Ver(?:sion)?\.?))?|스페셜(?:\s*(?:트랙|앨범))?)(?=\s*(?:$|[\(\)\[\],\-])))re"_s,
              kOptions) },
        // "tvN 토일드라마", "KBS 2TV 수목드라마", "(JTBC 금토드라마)", "Netflix Series"
        { Kind::Broadcaster,
          QRegularExpression(u"(?<![A-Za-z0-9])"_s + kBroadcaster + kSlot + u"(?![A-Za-z0-9])"_s, kOptions) },
        // a slot without its broadcaster: "수목드라마", "특별기획"
        { Kind::Decoration,
          QRegularExpression(
              uR"re(((?:월화|수목|금토|토일|일일|주말|아침|저녁)\s*(?:특별기획|미니시리즈|드라마|연속극)|특별기획\s*(?:드라마)?|미니시리즈))re"_s,
              kOptions) },
        // "(드라마 OST)" leaves "(드라마 )"; "[Drama]", "(TV Series)"
        { Kind::Decoration,
          QRegularExpression(uR"re([\(\[]\s*(?:드라마|Drama|TV\s*Series|Web\s*Drama|웹드라마)\s*[\)\]])re"_s,
                             kOptions) },
        // "Music from the Drama"
        { Kind::Decoration,
          QRegularExpression(uR"re((?<![A-Za-z])(?:Music\s+from\s+the\s+(?:Drama|Series))(?![A-Za-z]))re"_s,
                             kOptions) },
        // brackets emptied by the rules above: "()", "( , )", "[ - ]"
        { Kind::Decoration, QRegularExpression(uR"re([\(\[]\s*[,\-–—:·&]*\s*[\)\]])re"_s, kOptions) },
    } };
    return table;
}

// Quoted titles: 'x', ‘x’, "x", “x”, 「x」, 『x』, 《x》, 〈x〉, <x>. An ASCII apostrophe only
// opens a quote at the start or after a space or bracket, so "It's Okay…" is no quote.
const QRegularExpression &quoted()
{
    static const QRegularExpression re(
        uR"re((?:(?:^|(?<=[\s(\[:,\-]))'([^']+?)'(?=$|[\s)\],:.\-])|‘([^’]+)’|"([^"]+)"|“([^”]+)”|「([^」]+)」|『([^』]+)』|《([^》]+)》|〈([^〉]+)〉|<([^>]+)>))re"_s,
        kOptions);
    return re;
}

const QRegularExpression &compilation()
{
    static const QRegularExpression re(
        uR"re((^(?:the\s+)?(?:best|greatest|essential)(?![A-Za-z])|베스트|모음|컬렉션|(?<![A-Za-z])(?:collection|hits|compilation)(?![A-Za-z])|^K-?drama(?![A-Za-z])|^Korean\s+drama(?![A-Za-z])|^various(?![A-Za-z])|드라마\s*명곡))re"_s,
        kOptions);
    return re;
}

QString tidy(QString s)
{
    static const QRegularExpression spaces(u"\\s+"_s);
    static const QRegularExpression emptyBrackets(uR"re([\(\[]\s*[,\-–—:·&]*\s*[\)\]])re"_s);
    static const QString edge = u" -–—:|/·,~.&"_s;
    for (int round = 0; round < 4; ++round) {
        s.replace(emptyBrackets, u" "_s);
        s.replace(spaces, u" "_s);
        s = s.trimmed();
        while (!s.isEmpty() && edge.contains(s.front()))
            s.remove(0, 1);
        while (!s.isEmpty() && edge.contains(s.back()) && !s.endsWith(u"."_s + u"."_s))
            s.chop(1);
        s = s.trimmed();
        // An unmatched bracket at an end, or brackets around the whole title.
        if ((s.startsWith(u'(') && s.endsWith(u')')) || (s.startsWith(u'[') && s.endsWith(u']')))
            s = s.mid(1, s.size() - 2);
        if (s.endsWith(u'(') || s.endsWith(u'['))
            s.chop(1);
        if ((s.startsWith(u'(') && !s.contains(u')')) || (s.startsWith(u'[') && !s.contains(u']')))
            s.remove(0, 1);
        if ((s.endsWith(u')') && !s.contains(u'(')) || (s.endsWith(u']') && !s.contains(u'[')))
            s.chop(1);
    }
    return s;
}

bool hasWord(const QString &s)
{
    for (const QChar c : s)
        if (c.isLetterOrNumber())
            return true;
    return false;
}

} // namespace

QString AlbumNameParser::canonicalBroadcaster(const QString &name)
{
    QString k = TextNormalizer::fold(name.normalized(QString::NormalizationForm_KC));
    if (k.startsWith(u"kbs"_s) && k.endsWith(u"tv"_s))
        k.chop(2); // "KBS 2TV" -> "kbs2"
    static const QList<std::pair<QString, QString>> names {
        { u"kbs2"_s, u"KBS2"_s },
        { u"kbs1"_s, u"KBS1"_s },
        { u"kbs"_s, u"KBS"_s },
        { u"mbcevery1"_s, u"MBC every1"_s },
        { u"mbc"_s, u"MBC"_s },
        { u"sbsplus"_s, u"SBS Plus"_s },
        { u"sbs"_s, u"SBS"_s },
        { u"tvn"_s, u"tvN"_s },
        { u"jtbc"_s, u"JTBC"_s },
        { u"ocn"_s, u"OCN"_s },
        { u"ena"_s, u"ENA"_s },
        { u"mbn"_s, u"MBN"_s },
        { u"tvchosun"_s, u"TV Chosun"_s },
        { u"tv조선"_s, u"TV Chosun"_s },
        { u"channela"_s, u"Channel A"_s },
        { u"채널a"_s, u"Channel A"_s },
        { u"netflix"_s, u"Netflix"_s },
        { u"넷플릭스"_s, u"Netflix"_s },
        { u"disney"_s, u"Disney+"_s },
        { u"디즈니"_s, u"Disney+"_s },
        { u"coupangplay"_s, u"Coupang Play"_s },
        { u"쿠팡플레이"_s, u"Coupang Play"_s },
        { u"tving"_s, u"TVING"_s },
        { u"티빙"_s, u"TVING"_s },
        { u"wavve"_s, u"Wavve"_s },
        { u"웨이브"_s, u"Wavve"_s },
        { u"kakaotv"_s, u"KakaoTV"_s },
        { u"카카오tv"_s, u"KakaoTV"_s },
    };
    for (const auto &[key, canonical] : names)
        if (k == key)
            return canonical;
    return {};
}

QString AlbumNameParser::dramaKey(const QString &title)
{
    QString s = title.normalized(QString::NormalizationForm_KC);
    static const QRegularExpression season(
        uR"re((?:(?<![A-Za-z])season|시즌|(?<![A-Za-z])series)\s*(\d{1,2})(?!\d))re"_s, kOptions);
    static const QRegularExpression shortSeason(uR"re((?<![A-Za-z])S(\d{1,2})\s*$)re"_s, kOptions);
    const auto bare = [](const QRegularExpressionMatch &m) {
        const int n = m.captured(1).toInt();
        return n <= 1 ? QString() : u" "_s + QString::number(n);
    };
    for (const QRegularExpression *re : { &season, &shortSeason }) {
        QRegularExpressionMatch m;
        while ((m = re->match(s)).hasMatch())
            s.replace(m.capturedStart(), m.capturedLength(), bare(m));
    }
    return TextNormalizer::fold(s);
}

AlbumName AlbumNameParser::parse(const QString &album)
{
    AlbumName out;
    static const QRegularExpression spaces(u"\\s+"_s);
    QString s = album.normalized(QString::NormalizationForm_KC);
    s.replace(spaces, u" "_s);
    s = s.trimmed();
    if (!hasWord(s)) {
        out.why = QObject::tr("the album title has no words");
        return out;
    }

    // The quoted title, if any, is taken from the text as written.
    QString quotedTitle;
    if (const auto q = quoted().match(s); q.hasMatch())
        for (int i = 1; i <= q.lastCapturedIndex(); ++i)
            if (!q.captured(i).trimmed().isEmpty()) {
                quotedTitle = q.captured(i).trimmed();
                break;
            }

    bool marker = false, slot = false;
    QString rest = s;
    for (const Rule &rule : rules()) {
        QRegularExpressionMatch m;
        qsizetype from = 0;
        while ((m = rule.pattern.match(rest, from)).hasMatch()) {
            switch (rule.kind) {
            case Kind::Marker: marker = true; break;
            case Kind::Part:
                if (out.part == 0)
                    out.part = m.captured(1).toInt();
                break;
            case Kind::Volume:
                if (out.volume == 0)
                    out.volume = m.captured(1).toInt();
                break;
            case Kind::Special: out.special = true; break;
            case Kind::Broadcaster:
                if (out.broadcaster.isEmpty())
                    out.broadcaster = canonicalBroadcaster(m.captured(1));
                slot = slot || m.capturedLength(0) > m.capturedLength(1);
                break;
            case Kind::Decoration:
                slot = slot || m.captured(0).contains(u"드라마"_s) || m.captured(0).contains(u"특별기획"_s);
                break;
            }
            rest.replace(m.capturedStart(), m.capturedLength(), u" "_s);
            from = m.capturedStart() + 1;
            if (from > rest.size())
                break;
        }
    }

    // An OST says so: a marker, or a broadcaster's drama slot with a part or a quoted title
    // ("SBS 금토드라마 '모범택시' Part.2").
    out.isOst = marker || (slot && (out.part > 0 || !quotedTitle.isEmpty()));
    if (!out.isOst) {
        out = AlbumName {};
        out.why = QObject::tr("no OST marker (\"OST\", \"Original Soundtrack\", a drama slot with a part)");
        return out;
    }
    QString title = quotedTitle.isEmpty() ? tidy(rest) : tidy(quotedTitle);
    if (!quotedTitle.isEmpty()) {
        // A quote may hold decorations too ("'도깨비 OST'").
        const AlbumName inner = parse(title);
        if (inner.isOst && !inner.drama.isEmpty())
            title = inner.drama;
    }
    if (!hasWord(title)) {
        out = AlbumName {};
        out.why = QObject::tr("no drama title is left once \"OST\" and the part are taken away");
        return out;
    }
    if (compilation().match(title).hasMatch()) {
        out = AlbumName {};
        out.why = QObject::tr("a compilation of several dramas' songs");
        return out;
    }
    out.drama = title;
    return out;
}

} // namespace ost
