#include "catalogupdater.h"

#include "core/logging.h"
#include "edits/libraryedits.h"
#include "sqlquery.h"
#include "transaction.h"

using namespace Qt::StringLiterals;

namespace ost {

Result<QString> CatalogUpdater::catalogVersion(const Database &db)
{
    auto q = runQuery(db.connection(), u"SELECT value FROM meta WHERE key = 'catalog_version'"_s);
    if (!q)
        return std::unexpected(q.error());
    return q->next() ? q->value(0).toString() : QString();
}

Result<bool> CatalogUpdater::updateIfNeeded(const Database &db, const QString &bundledPath,
                                            const std::function<Result<QString>()> &makeBackup)
{
    if (db.isReadOnly())
        return false;
    auto bundled = Database::open(bundledPath, Database::Mode::ReadOnly);
    if (!bundled)
        return std::unexpected(bundled.error());
    auto theirs = catalogVersion(*bundled);
    Database::closeAll(bundledPath);
    auto ours = catalogVersion(db);
    if (!theirs || !ours)
        return std::unexpected(!theirs ? theirs.error() : ours.error());
    if (*theirs == *ours)
        return false;
    if (auto b = makeBackup(); !b)
        return std::unexpected(b.error());

    const QSqlDatabase c = db.connection();
    if (auto r = runQuery(c, u"ATTACH DATABASE ? AS bundled"_s, { bundledPath }); !r)
        return std::unexpected(r.error());
    const QStringList steps = {
        u"INSERT INTO artists(id, name, name_ko, kind, origin) SELECT id, name, name_ko, kind, origin FROM bundled.artists WHERE true "
        "ON CONFLICT(id) DO UPDATE SET name = excluded.name, name_ko = excluded.name_ko, kind = excluded.kind"_s,
        u"DELETE FROM artist_aliases WHERE artist_id IN (SELECT id FROM bundled.artists)"_s,
        u"INSERT OR IGNORE INTO artist_aliases SELECT artist_id, alias FROM bundled.artist_aliases"_s,
        u"DELETE FROM group_members WHERE group_id IN (SELECT id FROM bundled.artists)"_s,
        u"INSERT OR IGNORE INTO group_members SELECT group_id, member_id FROM bundled.group_members"_s,
        u"INSERT INTO dramas(id, title, title_ko, romanization, year, broadcaster, synopsis, soundtrack_complete, origin, retired) "
        "SELECT id, title, title_ko, romanization, year, broadcaster, synopsis, soundtrack_complete, origin, 0 FROM bundled.dramas WHERE true "
        "ON CONFLICT(id) DO UPDATE SET title = excluded.title, title_ko = excluded.title_ko, romanization = excluded.romanization, "
        "year = excluded.year, broadcaster = excluded.broadcaster, synopsis = excluded.synopsis, "
        "soundtrack_complete = excluded.soundtrack_complete, origin = excluded.origin, retired = 0"_s,
        u"UPDATE dramas SET retired = 1 WHERE origin = 'bundled' AND id NOT IN (SELECT id FROM bundled.dramas)"_s,
        u"DELETE FROM drama_aliases WHERE drama_id IN (SELECT id FROM bundled.dramas)"_s,
        u"INSERT OR IGNORE INTO drama_aliases SELECT drama_id, alias FROM bundled.drama_aliases"_s,
        u"INSERT INTO songs(id, title, title_ko, romanization, year, origin, retired) "
        "SELECT id, title, title_ko, romanization, year, origin, 0 FROM bundled.songs WHERE true "
        "ON CONFLICT(id) DO UPDATE SET title = excluded.title, title_ko = excluded.title_ko, "
        "romanization = excluded.romanization, year = excluded.year, retired = 0"_s,
        u"UPDATE songs SET retired = 1 WHERE origin = 'bundled' AND id NOT IN (SELECT id FROM bundled.songs)"_s,
        u"DELETE FROM song_aliases WHERE song_id IN (SELECT id FROM bundled.songs)"_s,
        u"INSERT OR IGNORE INTO song_aliases SELECT song_id, alias FROM bundled.song_aliases"_s,
        u"DELETE FROM song_artists WHERE song_id IN (SELECT id FROM bundled.songs)"_s,
        u"INSERT OR IGNORE INTO song_artists SELECT song_id, artist_id, role, position FROM bundled.song_artists"_s,
        u"DELETE FROM drama_songs WHERE song_id IN (SELECT id FROM bundled.songs)"_s,
        u"INSERT OR IGNORE INTO drama_songs SELECT drama_id, song_id, part, position FROM bundled.drama_songs"_s,
        u"INSERT INTO awards SELECT id, song_id, ceremony, year, category, result FROM bundled.awards WHERE true "
        "ON CONFLICT(id) DO UPDATE SET song_id = excluded.song_id, ceremony = excluded.ceremony, year = excluded.year, "
        "category = excluded.category, result = excluded.result"_s,
        u"INSERT INTO collections(id, title, title_ko, description, position, origin) "
        "SELECT id, title, title_ko, description, position, origin FROM bundled.collections WHERE true "
        "ON CONFLICT(id) DO UPDATE SET title = excluded.title, title_ko = excluded.title_ko, "
        "description = excluded.description, position = excluded.position"_s,
        u"DELETE FROM collection_items WHERE collection_id IN (SELECT id FROM bundled.collections)"_s,
        u"INSERT INTO collection_items SELECT collection_id, position, song_id, drama_id, note FROM bundled.collection_items"_s,
        // The reference list is the bundled one, whole.
        u"DELETE FROM reference_names"_s,
        u"DELETE FROM reference_dramas"_s,
        u"INSERT INTO reference_dramas SELECT id, title, title_ko, year, broadcaster, season FROM bundled.reference_dramas"_s,
        u"INSERT INTO reference_names SELECT name_key, reference_id FROM bundled.reference_names"_s,
        u"INSERT INTO meta(key, value) SELECT key, value FROM bundled.meta WHERE key = 'catalog_version' "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s,
    };
    Result<bool> result = true;
    {
        Transaction tx(c);
        if (!tx.isActive()) {
            result = fail(tx.beginError().kind, tx.beginError().message);
        } else {
            for (const auto &sql : steps) {
                if (auto r = runQuery(c, sql); !r) {
                    result = fail(r.error().kind,
                                  QObject::tr("The catalog update failed and nothing was changed: %1")
                                      .arg(r.error().message));
                    break;
                }
            }
            // The user's edits, merges and moves go back over what the catalog just wrote.
            if (result)
                if (auto r = LibraryEdits::reapply(c); !r)
                    result = fail(r.error().kind,
                                  QObject::tr("The catalog update failed and nothing was changed: %1")
                                      .arg(r.error().message));
            if (result) {
                if (auto r = tx.commit(); !r)
                    result = std::unexpected(r.error());
            }
        }
    }
    // Left attached, the next update could not attach it again: said, though the update stands.
    if (auto r = runQuery(c, u"DETACH DATABASE bundled"_s); !r)
        qCWarning(lcStorage) << "the bundled catalog could not be detached:" << r.error().message;
    if (result)
        qCInfo(lcStorage) << "catalog updated from" << bundledPath;
    return result;
}

} // namespace ost
