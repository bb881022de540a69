#include "catalogwriter.h"

#include "storage/preparedquery.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

using namespace Qt::StringLiterals;

namespace ost {

namespace {

#define OST_TRY(expr)                                                                                        \
    if (auto r_ = (expr); !r_)                                                                               \
        return std::unexpected(r_.error());

} // namespace

Result<void> CatalogWriter::write(const Database &db, const CatalogData &data, const QString &origin)
{
    const QSqlDatabase c = db.connection();
    Transaction tx(c);
    if (!tx.isActive())
        return fail(tx.beginError().kind, tx.beginError().message);
    OST_TRY(writeRows(c, data, origin));
    return tx.commit();
}

Result<void> CatalogWriter::writeRows(const QSqlDatabase &c, const CatalogData &data, const QString &origin)
{

    PreparedQuery artist(
        c,
        u"INSERT INTO artists(id, name, name_ko, kind, origin) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET name = excluded.name, name_ko = excluded.name_ko, kind = excluded.kind"_s);
    PreparedQuery artistAlias(c, u"INSERT OR IGNORE INTO artist_aliases(artist_id, alias) VALUES (?, ?)"_s);
    PreparedQuery member(c, u"INSERT OR IGNORE INTO group_members(group_id, member_id) VALUES (?, ?)"_s);
    for (const auto &a : data.artists) {
        OST_TRY(runQuery(c, u"DELETE FROM artist_aliases WHERE artist_id = ?"_s, { a.id }));
        OST_TRY(artist.run({ a.id, a.name, nullIfEmpty(a.nameKo), a.kind, origin }));
        for (const auto &alias : a.aliases)
            OST_TRY(artistAlias.run({ a.id, alias }));
    }
    for (const auto &a : data.artists) {
        OST_TRY(runQuery(c, u"DELETE FROM group_members WHERE group_id = ?"_s, { a.id }));
        for (const auto &m : a.memberIds)
            OST_TRY(member.run({ a.id, m }));
    }

    PreparedQuery drama(
        c,
        u"INSERT INTO dramas(id, title, title_ko, romanization, year, broadcaster, synopsis, "
        "soundtrack_complete, origin, retired) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0) "
        "ON CONFLICT(id) DO UPDATE SET title = excluded.title, title_ko = excluded.title_ko, "
        "romanization = excluded.romanization, year = excluded.year, broadcaster = excluded.broadcaster, "
        "synopsis = excluded.synopsis, soundtrack_complete = excluded.soundtrack_complete, retired = 0"_s);
    PreparedQuery dramaAlias(c, u"INSERT OR IGNORE INTO drama_aliases(drama_id, alias) VALUES (?, ?)"_s);
    for (const auto &d : data.dramas) {
        OST_TRY(drama.run({ d.id, d.title, nullIfEmpty(d.titleKo), nullIfEmpty(d.romanization),
                            nullIfZero(d.year), nullIfEmpty(d.broadcaster), nullIfEmpty(d.synopsis),
                            d.soundtrackComplete ? 1 : 0, origin }));
        OST_TRY(runQuery(c, u"DELETE FROM drama_aliases WHERE drama_id = ?"_s, { d.id }));
        for (const auto &alias : d.aliases)
            OST_TRY(dramaAlias.run({ d.id, alias }));
    }

    PreparedQuery song(
        c,
        u"INSERT INTO songs(id, title, title_ko, romanization, year, origin, retired) VALUES (?, ?, ?, ?, ?, ?, 0) "
        "ON CONFLICT(id) DO UPDATE SET title = excluded.title, title_ko = excluded.title_ko, "
        "romanization = excluded.romanization, year = excluded.year, retired = 0"_s);
    PreparedQuery songAlias(c, u"INSERT OR IGNORE INTO song_aliases(song_id, alias) VALUES (?, ?)"_s);
    PreparedQuery credit(
        c, u"INSERT INTO song_artists(song_id, artist_id, role, position) VALUES (?, ?, ?, ?)"_s);
    PreparedQuery appearance(c,
                             u"INSERT INTO drama_songs(drama_id, song_id, part, position) VALUES (?, ?, ?, "
                             "coalesce(?, (SELECT count(*) FROM drama_songs WHERE drama_id = ?)))"_s);
    for (const auto &s : data.songs) {
        OST_TRY(song.run({ s.id, s.title, nullIfEmpty(s.titleKo), nullIfEmpty(s.romanization),
                           nullIfZero(s.year), origin }));
        OST_TRY(runQuery(c, u"DELETE FROM song_aliases WHERE song_id = ?"_s, { s.id }));
        OST_TRY(runQuery(c, u"DELETE FROM song_artists WHERE song_id = ?"_s, { s.id }));
        OST_TRY(runQuery(c, u"DELETE FROM drama_songs WHERE song_id = ?"_s, { s.id }));
        for (const auto &alias : s.aliases)
            OST_TRY(songAlias.run({ s.id, alias }));
        for (int i = 0; i < s.credits.size(); ++i)
            OST_TRY(credit.run({ s.id, s.credits[i].artistId, s.credits[i].role, i }));
        for (const auto &app : s.dramas)
            OST_TRY(appearance.run({ app.dramaId, s.id, nullIfZero(app.part),
                                     app.position >= 0 ? QVariant(app.position) : QVariant(), app.dramaId }));
    }

    PreparedQuery award(
        c,
        u"INSERT INTO awards(id, song_id, ceremony, year, category, result) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET song_id = excluded.song_id, ceremony = excluded.ceremony, "
        "year = excluded.year, category = excluded.category, result = excluded.result"_s);
    for (const auto &a : data.awards)
        OST_TRY(
            award.run({ a.id, a.songId, nullIfEmpty(a.ceremony), nullIfZero(a.year), a.category, a.result }));

    PreparedQuery collection(
        c,
        u"INSERT INTO collections(id, title, title_ko, description, position, origin) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET title = excluded.title, title_ko = excluded.title_ko, "
        "description = excluded.description, position = excluded.position"_s);
    PreparedQuery item(
        c,
        u"INSERT INTO collection_items(collection_id, position, song_id, drama_id, note) VALUES (?, ?, ?, ?, ?)"_s);
    // The bundled catalog orders collections as listed; others keep their place or go last.
    const bool bundledOrder = origin == u"bundled"_s || origin == u"generated"_s;
    auto next = runQuery(c, u"SELECT coalesce(max(position) + 1, 0) FROM collections"_s);
    if (!next)
        return std::unexpected(next.error());
    int nextPosition = next->next() ? next->value(0).toInt() : 0;
    for (int ci = 0; ci < data.collections.size(); ++ci) {
        const auto &col = data.collections[ci];
        int position = ci;
        if (!bundledOrder) {
            auto existing = runQuery(c, u"SELECT position FROM collections WHERE id = ?"_s, { col.id });
            if (!existing)
                return std::unexpected(existing.error());
            position = existing->next() ? existing->value(0).toInt() : nextPosition++;
        }
        OST_TRY(collection.run(
            { col.id, col.title, nullIfEmpty(col.titleKo), nullIfEmpty(col.description), position, origin }));
        OST_TRY(runQuery(c, u"DELETE FROM collection_items WHERE collection_id = ?"_s, { col.id }));
        for (int i = 0; i < col.items.size(); ++i) {
            const auto &it = col.items[i];
            OST_TRY(item.run(
                { col.id, i, nullIfEmpty(it.songId), nullIfEmpty(it.dramaId), nullIfEmpty(it.note) }));
        }
    }
    return {};
}

} // namespace ost
