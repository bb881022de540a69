#include "placementindex.h"

#include "albums/albumnameparser.h"
#include "matching/songmatcher.h"
#include "search/textnormalizer.h"
#include "storage/sqlquery.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ost {

QString PlacementIndex::resolve(QString dramaId) const
{
    for (int hops = 0; hops < 16 && mergedInto.contains(dramaId); ++hops)
        dramaId = mergedInto.value(dramaId);
    return dramaId;
}

QString PlacementIndex::uniqueId(const QString &base, const QSet<QString> &taken)
{
    QString id = base;
    for (int n = 2; taken.contains(id); ++n)
        id = base + u'-' + QString::number(n);
    return id;
}

void PlacementIndex::indexSong(const QString &dramaId, const QString &songId, const QStringList &titles,
                               const QSet<QString> &artistKeys, bool fromFiles)
{
    const int row = int(songs.size());
    QSet<QString> exact;
    for (const QString &t : titles)
        if (const QString f = TextNormalizer::fold(t); !f.isEmpty())
            exact.insert(f);
    songs << SongEntry { songId, artistKeys, fromFiles, exact };
    auto &index = songIndex[dramaId];
    for (const QString &t : titles)
        for (const QString &k : SongMatcher::titleKeys(t))
            if (!index.value(k).contains(row))
                index[k] << row;
}

Result<PlacementIndex> PlacementIndex::load(const QSqlDatabase &db)
{
    PlacementIndex known;
    QHash<QString, QStringList> dramaNames;
    // Catalog names first: a files drama never takes a name from the catalog.
    Result<void> r = forEachRow(
        db,
        u"SELECT id, title, coalesce(title_ko, ''), coalesce(romanization, ''), retired FROM dramas "
        "ORDER BY origin = 'files', rowid"_s,
        [&](QSqlQuery &q) {
            const QString id = q.value(0).toString();
            known.dramaIds.insert(id);
            dramaNames[id] << q.value(1).toString() << q.value(2).toString() << q.value(3).toString();
        });
    if (r)
        r = forEachRow(db, u"SELECT drama_id, alias FROM drama_aliases"_s,
                       [&](QSqlQuery &q) { dramaNames[q.value(0).toString()] << q.value(1).toString(); });
    if (r)
        r = forEachRow(db, u"SELECT drama_id, coalesce(title, ''), coalesce(title_ko, '') FROM drama_edits"_s,
                       [&](QSqlQuery &q) {
                           dramaNames[q.value(0).toString()] << q.value(1).toString()
                                                             << q.value(2).toString();
                       });
    if (r)
        r = forEachRow(db, u"SELECT from_id, into_id FROM drama_merges"_s, [&](QSqlQuery &q) {
            known.mergedInto.insert(q.value(0).toString(), q.value(1).toString());
        });
    if (!r)
        return std::unexpected(r.error());
    for (auto it = dramaNames.cbegin(); it != dramaNames.cend(); ++it)
        for (const QString &n : it.value())
            if (const QString k = AlbumNameParser::dramaKey(n); !k.isEmpty() && !known.dramaByKey.contains(k))
                known.dramaByKey.insert(k, it.key());

    r = forEachRow(
        db,
        u"SELECT id, title, coalesce(title_ko, ''), coalesce(year, 0), coalesce(broadcaster, '') FROM reference_dramas"_s,
        [&](QSqlQuery &q) {
            known.references.insert(q.value(0).toString(),
                                    Reference { q.value(1).toString(),
                                                q.value(2).toString(),
                                                q.value(4).toString(),
                                                q.value(3).toInt(),
                                                {} });
        });
    if (r)
        r = forEachRow(db, u"SELECT name_key, reference_id FROM reference_names"_s, [&](QSqlQuery &q) {
            known.referenceByKey.insert(q.value(0).toString(), q.value(1).toString());
            known.references[q.value(1).toString()].keys << q.value(0).toString();
        });
    if (r)
        r = forEachRow(db, u"SELECT album_key, drama_id FROM album_overrides"_s, [&](QSqlQuery &q) {
            known.albumOverride.insert(q.value(0).toString(),
                                       q.value(1).isNull() ? std::nullopt
                                                           : std::optional<QString>(q.value(1).toString()));
        });
    if (r)
        r = forEachRow(db, u"SELECT song_id, drama_id FROM song_placements"_s, [&](QSqlQuery &q) {
            known.placedByUser.insert(q.value(0).toString(),
                                      q.value(1).isNull() ? std::nullopt
                                                          : std::optional<QString>(q.value(1).toString()));
        });
    if (r)
        r = forEachRow(
            db,
            u"SELECT a.id, a.name, coalesce(a.name_ko, ''), "
            "(SELECT group_concat(alias, char(31)) FROM artist_aliases x WHERE x.artist_id = a.id) FROM "
            "artists a "
            "ORDER BY a.origin = 'files', a.rowid"_s,
            [&](QSqlQuery &q) {
                const QString id = q.value(0).toString();
                known.artistIds.insert(id);
                QSet<QString> keys;
                SongMatcher::addNameKeys(keys, q.value(1).toString());
                SongMatcher::addNameKeys(keys, q.value(2).toString());
                for (const QString &a : q.value(3).toString().split(QChar(31), Qt::SkipEmptyParts))
                    SongMatcher::addNameKeys(keys, a);
                for (const QString &k : keys)
                    if (!known.artistByKey.contains(k))
                        known.artistByKey.insert(k, id);
            });
    QHash<QString, QSet<QString>> artistKeysOfSong;
    if (r)
        r = forEachRow(
            db,
            u"SELECT sa.song_id, a.name, coalesce(a.name_ko, '') FROM song_artists sa JOIN artists a ON a.id = sa.artist_id"_s,
            [&](QSqlQuery &q) {
                QSet<QString> &keys = artistKeysOfSong[q.value(0).toString()];
                SongMatcher::addNameKeys(keys, q.value(1).toString());
                SongMatcher::addNameKeys(keys, q.value(2).toString());
            });
    QHash<QString, QStringList> songAliases;
    if (r)
        r = forEachRow(db, u"SELECT song_id, alias FROM song_aliases"_s,
                       [&](QSqlQuery &q) { songAliases[q.value(0).toString()] << q.value(1).toString(); });
    if (r)
        r = forEachRow(
            db,
            u"SELECT s.id, s.title, coalesce(s.title_ko, ''), coalesce(s.romanization, ''), s.origin = "
            u"'files', "
            "coalesce(ds.drama_id, ''), coalesce((SELECT f.album_key FROM scanned_files f WHERE "
            "f.song_id = s.id LIMIT 1), '') "
            "FROM songs s LEFT JOIN drama_songs ds ON ds.song_id = s.id"_s,
            [&](QSqlQuery &q) {
                const QString id = q.value(0).toString();
                known.songIds.insert(id);
                const bool files = q.value(4).toBool();
                QString where = q.value(5).toString();
                if (where.isEmpty() && !files)
                    return; // a catalog song of no drama: never a place for a file
                if (where.isEmpty())
                    where = u"album:"_s + q.value(6).toString();
                known.indexSong(
                    where, id,
                    QStringList { q.value(1).toString(), q.value(2).toString(), q.value(3).toString() }
                        + songAliases.value(id),
                    artistKeysOfSong.value(id), files);
            });
    if (r)
        r = forEachRow(db, u"SELECT song_id, path FROM local_files"_s, [&](QSqlQuery &q) {
            known.linkedPath.insert(q.value(0).toString(), q.value(1).toString());
        });
    if (r)
        r = forEachRow(
            db, u"SELECT drama_id, max(position) + 1 FROM drama_songs GROUP BY drama_id"_s,
            [&](QSqlQuery &q) { known.nextPosition.insert(q.value(0).toString(), q.value(1).toInt()); });
    if (r)
        r = forEachRow(db,
                       u"SELECT drama_id FROM file_covers UNION SELECT drama_id FROM custom_posters "
                       "UNION SELECT owner_id FROM pack_files WHERE kind = 'poster'"_s,
                       [&](QSqlQuery &q) { known.hasCover.insert(q.value(0).toString()); });
    if (!r)
        return std::unexpected(r.error());
    return known;
}

} // namespace ost
