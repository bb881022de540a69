#include "catalogrepository.h"

#include "search/textnormalizer.h"
#include "storage/sqlquery.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace ost {

namespace {

const QChar kSep(u'\x1f'); // separator for group_concat lists

QStringList splitList(const QVariant &v)
{
    const QString s = v.toString();
    return s.isEmpty() ? QStringList {} : s.split(kSep);
}

} // namespace

CatalogRepository::CatalogRepository(Database db)
    : m_db(std::move(db))
{ }

Result<QList<Drama>> CatalogRepository::dramas(DramaFields fields) const
{
    const QString synopsis = fields == DramaFields::All ? u"d.synopsis"_s : u"NULL"_s;
    auto q = runQuery(
        m_db.connection(),
        u"SELECT d.id, d.title, d.title_ko, d.romanization, d.year, d.broadcaster, "_s + synopsis
            + u", d.soundtrack_complete, d.added_at, "
              "(SELECT group_concat(alias, char(31)) FROM drama_aliases a WHERE a.drama_id = d.id), "
              "(SELECT count(*) FROM drama_songs s WHERE s.drama_id = d.id), d.origin "
              "FROM dramas d WHERE d.retired = 0 "
              // A drama made from files is shown while it has songs.
              "AND (d.origin <> 'files' OR EXISTS (SELECT 1 FROM drama_songs s WHERE s.drama_id = d.id))"_s);
    if (!q)
        return std::unexpected(q.error());
    QList<Drama> out;
    while (q->next()) {
        Drama d;
        d.id = q->value(0).toString();
        d.title = q->value(1).toString();
        d.titleKo = q->value(2).toString();
        d.romanization = q->value(3).toString();
        d.year = q->value(4).toInt();
        d.broadcaster = q->value(5).toString();
        d.synopsis = q->value(6).toString();
        d.soundtrackComplete = q->value(7).toBool();
        d.addedAt = q->value(8).toString();
        d.aliases = splitList(q->value(9));
        d.songCount = q->value(10).toInt();
        d.origin = q->value(11).toString();
        out << d;
    }
    return out;
}

Result<QList<Song>> CatalogRepository::loadSongs(const QString &where, const QVariantList &values) const
{
    auto q = runQuery(
        m_db.connection(),
        u"SELECT s.id, s.title, s.title_ko, s.romanization, s.year, "
        "(SELECT group_concat(alias, char(31)) FROM song_aliases a WHERE a.song_id = s.id), s.origin "
        "FROM songs s WHERE "_s
            + where,
        values);
    if (!q)
        return std::unexpected(q.error());
    QList<Song> out;
    while (q->next()) {
        Song s;
        s.id = q->value(0).toString();
        s.title = q->value(1).toString();
        s.titleKo = q->value(2).toString();
        s.romanization = q->value(3).toString();
        s.year = q->value(4).toInt();
        s.aliases = splitList(q->value(5));
        s.origin = q->value(6).toString();
        out << s;
    }
    if (auto r = attachDetails(out); !r)
        return std::unexpected(r.error());
    return out;
}

Result<void> CatalogRepository::attachDetails(QList<Song> &songs) const
{
    if (songs.isEmpty())
        return {};
    QHash<QString, qsizetype> index;
    QVariantList ids;
    for (qsizetype i = 0; i < songs.size(); ++i) {
        index.insert(songs[i].id, i);
        ids << songs[i].id;
    }
    const QString in = placeholders(ids.size());
    auto credits = runQuery(m_db.connection(),
                            u"SELECT sa.song_id, sa.artist_id, a.name, sa.role FROM song_artists sa "
                            "JOIN artists a ON a.id = sa.artist_id WHERE sa.song_id IN ("_s
                                + in + u") ORDER BY sa.song_id, sa.position"_s,
                            ids);
    if (!credits)
        return std::unexpected(credits.error());
    while (credits->next())
        songs[index.value(credits->value(0).toString())].credits
            << SongCredit { credits->value(1).toString(), credits->value(2).toString(),
                            credits->value(3).toString() };
    auto apps = runQuery(m_db.connection(),
                         u"SELECT ds.song_id, ds.drama_id, d.title, ds.part FROM drama_songs ds "
                         "JOIN dramas d ON d.id = ds.drama_id WHERE ds.song_id IN ("_s
                             + in + u") ORDER BY d.year, d.title"_s,
                         ids);
    if (!apps)
        return std::unexpected(apps.error());
    while (apps->next())
        songs[index.value(apps->value(0).toString())].dramas
            << SongAppearance { apps->value(1).toString(), apps->value(2).toString(),
                                apps->value(3).toInt() };
    return {};
}

Result<Song> CatalogRepository::song(const QString &id) const
{
    auto songs = loadSongs(u"s.id = ?"_s, { id });
    if (!songs)
        return std::unexpected(songs.error());
    if (songs->isEmpty())
        return fail(Error::Kind::NotFound, QObject::tr("No song with id \"%1\".").arg(id));
    return songs->first();
}

Result<QList<Song>> CatalogRepository::songsById(const QStringList &ids) const
{
    if (ids.isEmpty())
        return QList<Song> {};
    QVariantList values;
    for (const auto &id : ids)
        values << id;
    auto songs = loadSongs(u"s.id IN ("_s + placeholders(ids.size()) + u")"_s, values);
    if (!songs)
        return songs;
    // Keep the caller's order.
    QHash<QString, Song> byId;
    for (const auto &s : *songs)
        byId.insert(s.id, s);
    QList<Song> ordered;
    for (const auto &id : ids)
        if (byId.contains(id))
            ordered << byId.value(id);
    return ordered;
}

Result<DramaDetail> CatalogRepository::dramaDetail(const QString &id) const
{
    auto all = runQuery(
        m_db.connection(),
        u"SELECT d.id, d.title, d.title_ko, d.romanization, d.year, d.broadcaster, d.synopsis, "
        "d.soundtrack_complete, d.added_at, "
        "(SELECT group_concat(alias, char(31)) FROM drama_aliases a WHERE a.drama_id = d.id), d.origin "
        "FROM dramas d WHERE d.id = ?"_s,
        { id });
    if (!all)
        return std::unexpected(all.error());
    if (!all->next())
        return fail(Error::Kind::NotFound, QObject::tr("No drama with id \"%1\".").arg(id));
    DramaDetail detail;
    Drama &d = detail.drama;
    d.id = all->value(0).toString();
    d.title = all->value(1).toString();
    d.titleKo = all->value(2).toString();
    d.romanization = all->value(3).toString();
    d.year = all->value(4).toInt();
    d.broadcaster = all->value(5).toString();
    d.synopsis = all->value(6).toString();
    d.soundtrackComplete = all->value(7).toBool();
    d.addedAt = all->value(8).toString();
    d.aliases = splitList(all->value(9));
    d.origin = all->value(10).toString();

    auto tracks = runQuery(m_db.connection(),
                           u"SELECT song_id, coalesce(part, 0) FROM drama_songs WHERE drama_id = ? "
                           "ORDER BY part IS NULL, part, position"_s,
                           { id });
    if (!tracks)
        return std::unexpected(tracks.error());
    QStringList ids;
    while (tracks->next()) {
        ids << tracks->value(0).toString();
        detail.parts << tracks->value(1).toInt();
    }
    auto songs = songsById(ids);
    if (!songs)
        return std::unexpected(songs.error());
    detail.tracks = *songs;
    d.songCount = int(detail.tracks.size());

    auto awards
        = runQuery(m_db.connection(),
                   u"SELECT a.id, a.song_id, s.title, a.ceremony, a.year, a.category, a.result FROM awards a "
                   "JOIN drama_songs ds ON ds.song_id = a.song_id JOIN songs s ON s.id = a.song_id "
                   "WHERE ds.drama_id = ? ORDER BY a.year, a.ceremony"_s,
                   { id });
    if (!awards)
        return std::unexpected(awards.error());
    while (awards->next())
        detail.awards << Award { awards->value(0).toString(), awards->value(1).toString(),
                                 awards->value(2).toString(), awards->value(3).toString(),
                                 awards->value(4).toInt(),    awards->value(5).toString(),
                                 awards->value(6).toString() };
    return detail;
}

Result<QList<Song>> CatalogRepository::songsOfArtist(const QString &artistId) const
{
    return loadSongs(u"s.retired = 0 AND s.id IN (SELECT song_id FROM song_artists WHERE artist_id = ? "
                     "OR artist_id IN (SELECT member_id FROM group_members WHERE group_id = ?)) "
                     "ORDER BY s.year, s.title"_s,
                     { artistId, artistId });
}

Result<Artist> CatalogRepository::artist(const QString &id) const
{
    auto all = artists();
    if (!all)
        return std::unexpected(all.error());
    for (const auto &a : *all)
        if (a.id == id)
            return a;
    return fail(Error::Kind::NotFound, QObject::tr("No artist with id \"%1\".").arg(id));
}

Result<QList<Artist>> CatalogRepository::artists() const
{
    auto q
        = runQuery(m_db.connection(),
                   u"SELECT a.id, a.name, a.name_ko, a.kind, "
                   "(SELECT group_concat(alias, char(31)) FROM artist_aliases x WHERE x.artist_id = a.id), "
                   "(SELECT group_concat(member_id, char(31)) FROM group_members m WHERE m.group_id = a.id), "
                   "(SELECT group_concat(group_id, char(31)) FROM group_members m WHERE m.member_id = a.id) "
                   "FROM artists a ORDER BY a.name"_s);
    if (!q)
        return std::unexpected(q.error());
    QList<Artist> out;
    while (q->next())
        out << Artist { q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                        q->value(3).toString(), splitList(q->value(4)), splitList(q->value(5)),
                        splitList(q->value(6)) };
    return out;
}

Result<QList<Collection>> CatalogRepository::collections() const
{
    auto q = runQuery(m_db.connection(),
                      u"SELECT id, title, title_ko, description FROM collections ORDER BY position"_s);
    if (!q)
        return std::unexpected(q.error());
    QList<Collection> out;
    while (q->next())
        out << Collection {
            q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(), {}
        };
    for (auto &c : out) {
        auto items = runQuery(
            m_db.connection(),
            u"SELECT i.song_id, i.drama_id, coalesce(s.title, d.title), i.note, d.year FROM collection_items i "
            "LEFT JOIN songs s ON s.id = i.song_id LEFT JOIN dramas d ON d.id = i.drama_id "
            "WHERE i.collection_id = ? ORDER BY i.position"_s,
            { c.id });
        if (!items)
            return std::unexpected(items.error());
        QStringList songIds;
        while (items->next()) {
            CollectionItem it { items->value(0).toString(), items->value(1).toString(),
                                items->value(2).toString(), {},
                                items->value(3).toString(), {} };
            if (!it.dramaId.isEmpty())
                it.dramaIds << it.dramaId;
            if (!it.dramaId.isEmpty() && items->value(4).toInt() > 0)
                it.subtitle = QString::number(items->value(4).toInt());
            if (!it.songId.isEmpty())
                songIds << it.songId;
            c.items << it;
        }
        auto songs = songsById(songIds);
        if (!songs)
            return std::unexpected(songs.error());
        QHash<QString, QString> subtitle;
        QHash<QString, QStringList> dramasOfSong;
        for (const auto &s : *songs) {
            for (const auto &app : s.dramas)
                dramasOfSong[s.id] << app.dramaId;
            QStringList dramaTitles;
            for (const auto &app : s.dramas)
                dramaTitles << app.dramaTitle;
            subtitle.insert(s.id,
                            dramaTitles.isEmpty() ? s.artistLine()
                                                  : s.artistLine() + u" · "_s + dramaTitles.join(u", "_s));
        }
        for (auto &it : c.items)
            if (!it.songId.isEmpty()) {
                it.subtitle = subtitle.value(it.songId);
                it.dramaIds = dramasOfSong.value(it.songId);
            }
    }
    return out;
}

Result<int> CatalogRepository::count(const QString &table) const
{
    static const QStringList allowed
        = { u"dramas"_s,      u"songs"_s,       u"artists"_s,        u"awards"_s,
            u"collections"_s, u"drama_songs"_s, u"favorite_songs"_s, u"favorite_dramas"_s };
    if (!allowed.contains(table))
        return fail(Error::Kind::NotFound, QObject::tr("Unknown table %1.").arg(table));
    auto q = runQuery(m_db.connection(), u"SELECT count(*) FROM "_s + table);
    if (!q)
        return std::unexpected(q.error());
    q->next();
    return q->value(0).toInt();
}

Result<QString> CatalogRepository::resolveDrama(const QString &idOrTitle) const
{
    auto q = runQuery(m_db.connection(), u"SELECT id FROM dramas WHERE id = ?"_s, { idOrTitle });
    if (q && q->next())
        return q->value(0).toString();
    auto all = dramas();
    if (!all)
        return std::unexpected(all.error());
    const QString wanted = TextNormalizer::fold(idOrTitle);
    for (const auto &d : *all) {
        QStringList names = QStringList { d.title, d.titleKo, d.romanization } + d.aliases;
        for (const auto &n : names)
            if (!n.isEmpty() && TextNormalizer::fold(n) == wanted)
                return d.id;
    }
    return fail(Error::Kind::NotFound,
                QObject::tr("No drama is called \"%1\" (try: ostshelf-cli search \"%1\").").arg(idOrTitle));
}

Result<QString> CatalogRepository::resolveSong(const QString &idOrTitle) const
{
    auto q = runQuery(m_db.connection(), u"SELECT id FROM songs WHERE id = ?"_s, { idOrTitle });
    if (q && q->next())
        return q->value(0).toString();
    const QString wanted = TextNormalizer::fold(idOrTitle);
    auto all = runQuery(
        m_db.connection(),
        u"SELECT s.id, s.title, s.title_ko, s.romanization, "
        "(SELECT group_concat(alias, char(31)) FROM song_aliases a WHERE a.song_id = s.id) FROM songs s"_s);
    if (!all)
        return std::unexpected(all.error());
    while (all->next()) {
        QStringList names { all->value(1).toString(), all->value(2).toString(), all->value(3).toString() };
        names += splitList(all->value(4));
        for (const auto &n : names)
            if (!n.isEmpty() && TextNormalizer::fold(n) == wanted)
                return all->value(0).toString();
    }
    return fail(Error::Kind::NotFound,
                QObject::tr("No song is called \"%1\" (try: ostshelf-cli search \"%1\").").arg(idOrTitle));
}

} // namespace ost
