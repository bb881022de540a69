#include "catalogsnapshot.h"

#include "storage/sqlquery.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace ost {

Result<CatalogData> CatalogSnapshot::read(const Database &db, Retired retired)
{
    const QSqlDatabase c = db.connection();
    const QString live = retired == Retired::Skip ? u" WHERE retired = 0"_s : QString();
    CatalogData data;
    QHash<QString, qsizetype> artistAt, dramaAt, songAt, collectionAt;

    auto r = forEachRow(c, u"SELECT id, name, coalesce(name_ko, ''), kind FROM artists ORDER BY rowid"_s,
                        [&](QSqlQuery &q) {
                            artistAt.insert(q.value(0).toString(), data.artists.size());
                            data.artists << Artist { q.value(0).toString(),
                                                     q.value(1).toString(),
                                                     q.value(2).toString(),
                                                     q.value(3).toString(),
                                                     {},
                                                     {},
                                                     {} };
                        });
    if (r)
        r = forEachRow(c, u"SELECT artist_id, alias FROM artist_aliases ORDER BY artist_id, alias"_s,
                       [&](QSqlQuery &q) {
                           if (auto i = artistAt.value(q.value(0).toString(), -1); i >= 0)
                               data.artists[i].aliases << q.value(1).toString();
                       });
    if (r)
        r = forEachRow(c, u"SELECT group_id, member_id FROM group_members ORDER BY group_id, member_id"_s,
                       [&](QSqlQuery &q) {
                           if (auto i = artistAt.value(q.value(0).toString(), -1); i >= 0)
                               data.artists[i].memberIds << q.value(1).toString();
                       });
    if (r)
        r = forEachRow(
            c,
            u"SELECT id, title, coalesce(title_ko, ''), coalesce(romanization, ''), coalesce(year, 0), "
            "coalesce(broadcaster, ''), coalesce(synopsis, ''), soundtrack_complete FROM dramas"_s
                + live + u" ORDER BY rowid"_s,
            [&](QSqlQuery &q) {
                Drama d;
                d.id = q.value(0).toString();
                d.title = q.value(1).toString();
                d.titleKo = q.value(2).toString();
                d.romanization = q.value(3).toString();
                d.year = q.value(4).toInt();
                d.broadcaster = q.value(5).toString();
                d.synopsis = q.value(6).toString();
                d.soundtrackComplete = q.value(7).toInt() != 0;
                dramaAt.insert(d.id, data.dramas.size());
                data.dramas << d;
            });
    if (r)
        r = forEachRow(c, u"SELECT drama_id, alias FROM drama_aliases ORDER BY drama_id, alias"_s,
                       [&](QSqlQuery &q) {
                           if (auto i = dramaAt.value(q.value(0).toString(), -1); i >= 0)
                               data.dramas[i].aliases << q.value(1).toString();
                       });
    if (r)
        r = forEachRow(
            c,
            u"SELECT id, title, coalesce(title_ko, ''), coalesce(romanization, ''), coalesce(year, 0) FROM songs"_s
                + live + u" ORDER BY rowid"_s,
            [&](QSqlQuery &q) {
                Song s;
                s.id = q.value(0).toString();
                s.title = q.value(1).toString();
                s.titleKo = q.value(2).toString();
                s.romanization = q.value(3).toString();
                s.year = q.value(4).toInt();
                songAt.insert(s.id, data.songs.size());
                data.songs << s;
            });
    if (r)
        r = forEachRow(c, u"SELECT song_id, alias FROM song_aliases ORDER BY song_id, alias"_s,
                       [&](QSqlQuery &q) {
                           if (auto i = songAt.value(q.value(0).toString(), -1); i >= 0)
                               data.songs[i].aliases << q.value(1).toString();
                       });
    if (r)
        r = forEachRow(
            c, u"SELECT song_id, artist_id, role FROM song_artists ORDER BY song_id, position"_s,
            [&](QSqlQuery &q) {
                if (auto i = songAt.value(q.value(0).toString(), -1); i >= 0)
                    data.songs[i].credits << SongCredit { q.value(1).toString(), {}, q.value(2).toString() };
            });
    if (r)
        r = forEachRow(
            c,
            u"SELECT song_id, drama_id, coalesce(part, 0), position FROM drama_songs ORDER BY song_id, drama_id"_s,
            [&](QSqlQuery &q) {
                if (auto i = songAt.value(q.value(0).toString(), -1);
                    i >= 0 && dramaAt.contains(q.value(1).toString()))
                    data.songs[i].dramas << SongAppearance {
                        q.value(1).toString(), {}, q.value(2).toInt(), q.value(3).toInt()
                    };
            });
    if (r)
        r = forEachRow(
            c,
            u"SELECT id, song_id, coalesce(ceremony, ''), coalesce(year, 0), category, result FROM awards ORDER BY rowid"_s,
            [&](QSqlQuery &q) {
                if (songAt.contains(q.value(1).toString()))
                    data.awards << Award {
                        q.value(0).toString(), q.value(1).toString(), {},
                        q.value(2).toString(), q.value(3).toInt(),    q.value(4).toString(),
                        q.value(5).toString()
                    };
            });
    if (r)
        r = forEachRow(
            c,
            u"SELECT id, title, coalesce(title_ko, ''), coalesce(description, '') FROM collections ORDER BY position"_s,
            [&](QSqlQuery &q) {
                collectionAt.insert(q.value(0).toString(), data.collections.size());
                data.collections << Collection { q.value(0).toString(),
                                                 q.value(1).toString(),
                                                 q.value(2).toString(),
                                                 q.value(3).toString(),
                                                 {} };
            });
    if (r)
        r = forEachRow(
            c,
            u"SELECT collection_id, coalesce(song_id, ''), coalesce(drama_id, ''), coalesce(note, '') "
            "FROM collection_items ORDER BY collection_id, position"_s,
            [&](QSqlQuery &q) {
                auto i = collectionAt.value(q.value(0).toString(), -1);
                if (i < 0)
                    return;
                CollectionItem item;
                item.songId = q.value(1).toString();
                item.dramaId = q.value(2).toString();
                item.note = q.value(3).toString();
                // An item whose song or drama was retired is left out of a live snapshot.
                if ((!item.songId.isEmpty() && !songAt.contains(item.songId))
                    || (!item.dramaId.isEmpty() && !dramaAt.contains(item.dramaId)))
                    return;
                data.collections[i].items << item;
            });
    if (!r)
        return std::unexpected(r.error());
    return data;
}

CatalogData CatalogSnapshot::select(const CatalogData &all, const CatalogSelection &selection,
                                    QStringList *missing)
{
    if (selection.everything)
        return all;
    QSet<QString> dramas, songs, artists, collections;
    QHash<QString, const Drama *> dramaById;
    QHash<QString, const Song *> songById;
    QHash<QString, const Artist *> artistById;
    QHash<QString, const Collection *> collectionById;
    QHash<QString, QStringList> songsOfDrama;
    for (const auto &d : all.dramas)
        dramaById.insert(d.id, &d);
    for (const auto &s : all.songs) {
        songById.insert(s.id, &s);
        for (const auto &a : s.dramas)
            songsOfDrama[a.dramaId] << s.id;
    }
    for (const auto &a : all.artists)
        artistById.insert(a.id, &a);
    for (const auto &c : all.collections)
        collectionById.insert(c.id, &c);

    auto want = [&](const auto &index, QSet<QString> &into, const QString &id) {
        if (index.contains(id))
            into.insert(id);
        else if (missing)
            *missing << id;
    };
    for (const auto &id : selection.dramaIds)
        want(dramaById, dramas, id);
    for (const auto &id : selection.songIds)
        want(songById, songs, id);
    for (const auto &id : selection.collectionIds) {
        want(collectionById, collections, id);
        if (const Collection *c = collectionById.value(id))
            for (const auto &item : c->items) {
                if (!item.songId.isEmpty())
                    songs.insert(item.songId);
                else
                    dramas.insert(item.dramaId);
            }
    }
    for (const auto &d : QSet<QString>(dramas))
        for (const auto &s : songsOfDrama.value(d))
            songs.insert(s);
    for (const auto &id : QSet<QString>(songs)) {
        const Song *s = songById.value(id);
        if (!s)
            continue;
        for (const auto &a : s->dramas)
            dramas.insert(a.dramaId);
        for (const auto &c : s->credits)
            artists.insert(c.artistId);
    }
    // Members of credited groups, and their members in turn (units inside groups).
    QList<QString> pending(artists.begin(), artists.end());
    while (!pending.isEmpty()) {
        const Artist *a = artistById.value(pending.takeLast());
        if (!a)
            continue;
        for (const auto &m : a->memberIds)
            if (!artists.contains(m) && artistById.contains(m)) {
                artists.insert(m);
                pending << m;
            }
    }

    CatalogData out;
    for (const auto &a : all.artists)
        if (artists.contains(a.id))
            out.artists << a;
    for (const auto &d : all.dramas)
        if (dramas.contains(d.id))
            out.dramas << d;
    for (const auto &s : all.songs)
        if (songs.contains(s.id))
            out.songs << s;
    for (const auto &a : all.awards)
        if (songs.contains(a.songId))
            out.awards << a;
    for (const auto &c : all.collections)
        if (collections.contains(c.id))
            out.collections << c;
    return out;
}

} // namespace ost
