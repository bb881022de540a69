#include "editsteps.h"

#include "albums/artistcredits.h"
#include "search/textnormalizer.h"
#include "storage/sqlquery.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace ost::editsteps {

Result<void> runAll(const QSqlDatabase &db, const QList<std::pair<QString, QVariantList>> &steps)
{
    for (const auto &[sql, values] : steps)
        if (auto r = runQuery(db, sql, values); !r)
            return std::unexpected(r.error());
    return {};
}

Result<void> applyMerge(const QSqlDatabase &db, const QString &from, const QString &into)
{
    return runAll(
        db,
        {
            { u"INSERT OR IGNORE INTO drama_songs(drama_id, song_id, part, position) SELECT ?, song_id, "
              u"part, "
              "position + (SELECT coalesce(max(position) + 1, 0) FROM drama_songs WHERE drama_id = ?) FROM drama_songs WHERE drama_id = ?"_s,
              { into, into, from } },
            { u"DELETE FROM drama_songs WHERE drama_id = ?"_s, { from } },
            { u"INSERT OR IGNORE INTO favorite_dramas(drama_id, added_at) SELECT ?, added_at FROM favorite_dramas WHERE drama_id = ?"_s,
              { into, from } },
            { u"DELETE FROM favorite_dramas WHERE drama_id = ?"_s, { from } },
            { u"INSERT OR IGNORE INTO custom_posters(drama_id, file_name, updated_at) SELECT ?, file_name, "
              u"updated_at "
              "FROM custom_posters WHERE drama_id = ?"_s,
              { into, from } },
            { u"DELETE FROM custom_posters WHERE drama_id = ?"_s, { from } },
            { u"INSERT OR IGNORE INTO file_covers(drama_id, path) SELECT ?, path FROM file_covers WHERE drama_id = ?"_s,
              { into, from } },
            { u"DELETE FROM file_covers WHERE drama_id = ?"_s, { from } },
            // Its names find the drama it joined.
            { u"INSERT OR IGNORE INTO drama_aliases(drama_id, alias) SELECT ?, n FROM (SELECT title AS n "
              u"FROM dramas WHERE id = ? "
              "UNION SELECT title_ko FROM dramas WHERE id = ? AND title_ko IS NOT NULL) "
              "WHERE n NOT IN (SELECT title FROM dramas WHERE id = ? UNION SELECT coalesce(title_ko, '') FROM dramas WHERE id = ?)"_s,
              { into, from, from, into, into } },
            { u"UPDATE album_overrides SET drama_id = ? WHERE drama_id = ?"_s, { into, from } },
            { u"UPDATE song_placements SET drama_id = ? WHERE drama_id = ?"_s, { into, from } },
            { u"UPDATE dramas SET retired = 1 WHERE id = ?"_s, { from } },
        });
}

Result<void> applyPlacement(const QSqlDatabase &db, const QString &songId, const QVariant &dramaId,
                            const QVariant &part)
{
    if (auto r = runQuery(db, u"DELETE FROM drama_songs WHERE song_id = ?"_s, { songId }); !r)
        return std::unexpected(r.error());
    if (dramaId.isNull())
        return {};
    auto r
        = runQuery(db,
                   u"INSERT OR IGNORE INTO drama_songs(drama_id, song_id, part, position) VALUES (?, ?, ?, "
                   "(SELECT coalesce(max(position) + 1, 0) FROM drama_songs WHERE drama_id = ?))"_s,
                   { dramaId, songId, part, dramaId });
    if (!r)
        return std::unexpected(r.error());
    return {};
}

Result<void> applySongArtists(const QSqlDatabase &db, const QString &songId, const QString &artists)
{
    if (auto r = runQuery(db, u"DELETE FROM song_artists WHERE song_id = ?"_s, { songId }); !r)
        return std::unexpected(r.error());
    int position = 0;
    for (const CreditName &c : ArtistCredits::split(artists)) {
        auto found
            = runQuery(db,
                       u"SELECT id FROM artists WHERE name = ? COLLATE NOCASE OR name_ko = ? "
                       "OR id IN (SELECT artist_id FROM artist_aliases WHERE alias = ? COLLATE NOCASE) "
                       "ORDER BY origin = 'files' LIMIT 1"_s,
                       { c.name, c.name, c.name });
        if (!found)
            return std::unexpected(found.error());
        QString id;
        if (found->next()) {
            id = found->value(0).toString();
        } else {
            id = u"files-"_s
                + QString::fromLatin1(
                     QCryptographicHash::hash(c.name.toUtf8(), QCryptographicHash::Sha1).toHex().left(10));
            if (auto r = runQuery(
                    db,
                    u"INSERT OR IGNORE INTO artists(id, name, name_ko, kind, origin) VALUES (?, ?, ?, 'solo', 'files')"_s,
                    { id, c.name, TextNormalizer::containsHangul(c.name) ? QVariant(c.name) : QVariant() });
                !r)
                return std::unexpected(r.error());
        }
        if (auto r = runQuery(
                db,
                u"INSERT OR IGNORE INTO song_artists(song_id, artist_id, role, position) VALUES (?, ?, ?, ?)"_s,
                { songId, id, c.featuring ? u"featuring"_s : u"main"_s, position++ });
            !r)
            return std::unexpected(r.error());
    }
    return {};
}

} // namespace ost::editsteps
