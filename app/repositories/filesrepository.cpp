#include "filesrepository.h"

#include "repositories/catalogrepository.h"
#include "storage/sqlquery.h"

using namespace Qt::StringLiterals;

namespace ost {

FilesRepository::FilesRepository(Database db)
    : m_db(std::move(db))
{ }

Result<QList<OtherTrack>> FilesRepository::otherTracks() const
{
    auto q = runQuery(
        m_db.connection(),
        u"SELECT s.id, coalesce(f.album, ''), coalesce(f.album_artist, f.artist, ''), f.path, "
        u"coalesce(f.track, 0) "
        "FROM songs s JOIN local_files l ON l.song_id = s.id LEFT JOIN scanned_files f ON f.path = l.path "
        "WHERE s.origin = 'files' AND s.retired = 0 AND NOT EXISTS (SELECT 1 FROM drama_songs d WHERE "
        "d.song_id = s.id) "
        "ORDER BY coalesce(f.album_artist, f.artist, '') COLLATE NOCASE, f.album COLLATE NOCASE, f.track, s.title"_s);
    if (!q)
        return std::unexpected(q.error());
    QList<OtherTrack> out;
    QStringList ids;
    while (q->next()) {
        OtherTrack t;
        t.song.id = q->value(0).toString();
        t.album = q->value(1).toString();
        t.albumArtist = q->value(2).toString();
        t.path = q->value(3).toString();
        t.track = q->value(4).toInt();
        ids << t.song.id;
        out << t;
    }
    auto songs = CatalogRepository(m_db).songsById(ids);
    if (!songs)
        return std::unexpected(songs.error());
    QHash<QString, Song> byId;
    for (const Song &s : *songs)
        byId.insert(s.id, s);
    for (OtherTrack &t : out)
        t.song = byId.value(t.song.id, t.song);
    return out;
}

Result<QHash<QString, QString>> FilesRepository::filesOf(const QStringList &songIds) const
{
    QHash<QString, QString> out;
    if (songIds.isEmpty())
        return out;
    QStringList marks;
    QVariantList values;
    for (const QString &id : songIds) {
        marks << u"?"_s;
        values << id;
    }
    auto q = runQuery(m_db.connection(),
                      u"SELECT song_id, path FROM local_files WHERE song_id IN (%1)"_s.arg(marks.join(u',')),
                      values);
    if (!q)
        return std::unexpected(q.error());
    while (q->next())
        out.insert(q->value(0).toString(), q->value(1).toString());
    return out;
}

} // namespace ost
