#include "songmatcher.h"

#include "search/textnormalizer.h"
#include "storage/sqlquery.h"

#include <QObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ost {

namespace {

void addKeys(QSet<QString> &keys, const QString &text)
{
    if (text.isEmpty())
        return;
    if (const QString f = TextNormalizer::fold(text); !f.isEmpty())
        keys.insert(f);
    if (TextNormalizer::containsHangul(text))
        keys.insert(TextNormalizer::romanize(text));
}

} // namespace

void SongMatcher::addNameKeys(QSet<QString> &keys, const QString &name)
{
    addKeys(keys, name);
}

QStringList SongMatcher::titleKeys(const QString &title)
{
    QSet<QString> keys;
    addKeys(keys, title);
    // "Stay With Me (Goblin OST Part 1)", "Beautiful [Drama Ver.]" — the bracketed part is decoration,
    // unless it names another recording: "(Inst.)", "(Acoustic Ver.)", "(Remix)", "(Live)".
    static const QRegularExpression brackets(u"\\s*[\\(\\[（【][^\\)\\]）】]*[\\)\\]）】]"_s);
    static const QRegularExpression recording(
        u"inst|instrumental|mr\\b|acoustic|remix|live|piano|guitar|orchestra|반주|어쿠스틱|피아노"_s,
        QRegularExpression::CaseInsensitiveOption);
    QString bare = title;
    for (auto it = brackets.globalMatch(title); it.hasNext();) {
        const auto m = it.next();
        if (!recording.match(m.captured(0)).hasMatch())
            bare.replace(m.captured(0), QString());
    }
    if (bare != title)
        addKeys(keys, bare);
    return QStringList(keys.begin(), keys.end());
}

QStringList SongMatcher::artistParts(const QString &artist)
{
    static const QRegularExpression sep(
        u"\\s*(?:,|&|/|;|×|\\+|\\bx\\b|\\bfeat\\.?|\\bft\\.?|\\bwith\\b|\\band\\b)\\s*"_s,
        QRegularExpression::CaseInsensitiveOption);
    QStringList parts = artist.split(sep, Qt::SkipEmptyParts);
    parts << artist;
    return parts;
}

void SongMatcher::addTitle(int song, const QString &title)
{
    for (const auto &k : titleKeys(title))
        if (!m_byTitle.value(k).contains(song))
            m_byTitle[k] << song;
}

Result<SongMatcher> SongMatcher::load(const Database &db)
{
    SongMatcher m;
    QHash<QString, int> &row = m.m_rowById;
    auto songs = runQuery(db.connection(), u"SELECT id, title, title_ko, romanization FROM songs"_s);
    if (!songs)
        return std::unexpected(songs.error());
    while (songs->next()) {
        const int i = int(m.m_songs.size());
        m.m_songs << Entry { songs->value(0).toString(), {} };
        row.insert(m.m_songs.last().id, i);
        for (int c = 1; c <= 3; ++c)
            m.addTitle(i, songs->value(c).toString());
    }
    auto aliases = runQuery(db.connection(), u"SELECT song_id, alias FROM song_aliases"_s);
    if (!aliases)
        return std::unexpected(aliases.error());
    while (aliases->next())
        if (const int i = row.value(aliases->value(0).toString(), -1); i >= 0)
            m.addTitle(i, aliases->value(1).toString());
    auto artists
        = runQuery(db.connection(),
                   u"SELECT sa.song_id, a.name, a.name_ko, "
                   "(SELECT group_concat(alias, char(31)) FROM artist_aliases x WHERE x.artist_id = a.id) "
                   "FROM song_artists sa JOIN artists a ON a.id = sa.artist_id"_s);
    if (!artists)
        return std::unexpected(artists.error());
    while (artists->next()) {
        const int i = row.value(artists->value(0).toString(), -1);
        if (i < 0)
            continue;
        QSet<QString> &keys = m.m_songs[i].artistKeys;
        addKeys(keys, artists->value(1).toString());
        addKeys(keys, artists->value(2).toString());
        for (const auto &a : artists->value(3).toString().split(QChar(31), Qt::SkipEmptyParts))
            addKeys(keys, a);
    }
    return m;
}

SongMatcher::Match SongMatcher::match(const QString &title, const QString &artist) const
{
    QList<int> candidates;
    for (const auto &k : titleKeys(title))
        for (int i : m_byTitle.value(k))
            if (!candidates.contains(i))
                candidates << i;
    if (candidates.isEmpty())
        return { {}, Confidence::None, QObject::tr("no catalog song has this title") };

    QList<int> byArtist;
    if (!artist.trimmed().isEmpty()) {
        QSet<QString> wanted;
        for (const auto &p : artistParts(artist))
            addKeys(wanted, p);
        for (int i : candidates)
            for (const auto &w : wanted)
                if (m_songs[i].artistKeys.contains(w)) {
                    byArtist << i;
                    break;
                }
    }
    if (byArtist.size() == 1)
        return { m_songs[byArtist.first()].id, Confidence::Confident, QObject::tr("title and artist match") };
    if (byArtist.size() > 1)
        return { m_songs[byArtist.first()].id, Confidence::Uncertain,
                 QObject::tr("several songs share this title and artist") };
    if (candidates.size() == 1)
        return { m_songs[candidates.first()].id, Confidence::Uncertain,
                 artist.trimmed().isEmpty() ? QObject::tr("title matches; no artist to compare")
                                            : QObject::tr("title matches but the artist differs") };
    return { {},
             Confidence::None,
             QObject::tr("%n catalog songs have this title; the artist does not decide", nullptr,
                         int(candidates.size())) };
}

SongMatcher::Match SongMatcher::matchDisplay(const QString &display) const
{
    const QString text = display.trimmed();
    for (const QString &dash : { u" - "_s, u" – "_s, u" — "_s }) {
        const int at = int(text.indexOf(dash));
        if (at <= 0)
            continue;
        const QString left = text.left(at), right = text.mid(at + dash.size());
        Match a = match(right, left); // "Artist - Title", the common form
        if (a.confidence == Confidence::Confident)
            return a;
        Match b = match(left, right);
        if (b.confidence == Confidence::Confident)
            return b;
        if (a.confidence != Confidence::None)
            return a;
        if (b.confidence != Confidence::None)
            return b;
    }
    return match(text, {});
}

} // namespace ost
