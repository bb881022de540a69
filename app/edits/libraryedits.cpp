#include "libraryedits.h"

#include "albums/albumnameparser.h"
#include "albums/artistcredits.h"
#include "editsteps.h"
#include "scanning/fileplacer.h"
#include "search/textnormalizer.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

#include <QObject>

using namespace Qt::StringLiterals;

namespace ost {

using namespace editsteps;

namespace {

using Mode = RowSnapshot::Mode;

Result<void> captureAll(RowSnapshot &s, const QSqlDatabase &db,
                        const QList<std::tuple<QString, QString, QVariant, Mode>> &sets)
{
    for (const auto &[table, column, value, mode] : sets)
        if (auto r = s.capture(db, table, column, value, mode); !r)
            return r;
    return {};
}

// retired, or an error naming what is wrong with the id.
Result<bool> dramaState(const QSqlDatabase &db, const QString &id)
{
    auto q = runQuery(db, u"SELECT retired FROM dramas WHERE id = ?"_s, { id });
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(Error::Kind::NotFound, QObject::tr("No drama with id \"%1\".").arg(id));
    return q->value(0).toBool();
}

Result<void> requireLiveDrama(const QSqlDatabase &db, const QString &id)
{
    auto retired = dramaState(db, id);
    if (!retired)
        return std::unexpected(retired.error());
    if (*retired) {
        auto into = runQuery(db, u"SELECT into_id FROM drama_merges WHERE from_id = ?"_s, { id });
        if (into && into->next())
            return fail(Error::Kind::NotFound,
                        QObject::tr("The drama \"%1\" was merged into \"%2\"; use that one.")
                            .arg(id, into->value(0).toString()));
        return fail(Error::Kind::NotFound,
                    QObject::tr("The drama \"%1\" is no longer in the catalog.").arg(id));
    }
    return {};
}

Result<bool> songExists(const QSqlDatabase &db, const QString &id)
{
    auto q = runQuery(db, u"SELECT 1 FROM songs WHERE id = ?"_s, { id });
    if (!q)
        return std::unexpected(q.error());
    return q->next();
}

// Runs edit inside one transaction and commits; nothing is written when it fails.
template<typename Edit> Result<RowSnapshot> inTransaction(const QSqlDatabase &db, Edit edit)
{
    Transaction tx(db);
    if (!tx.isActive())
        return std::unexpected(tx.beginError());
    RowSnapshot before;
    if (auto r = edit(before); !r)
        return std::unexpected(r.error());
    if (auto c = tx.commit(); !c)
        return std::unexpected(c.error());
    return before;
}

} // namespace

LibraryEdits::LibraryEdits(Database db)
    : m_db(std::move(db))
{ }

Result<void> LibraryEdits::requireWritable() const
{
    if (m_db.isReadOnly())
        return fail(Error::Kind::Io, QObject::tr("The library is open read-only; it cannot be edited."));
    return {};
}

Result<RowSnapshot> LibraryEdits::editDrama(const QString &dramaId, const DramaEdit &edit)
{
    if (auto w = requireWritable(); !w)
        return std::unexpected(w.error());
    if (edit.isEmpty())
        return fail(Error::Kind::InvalidInput,
                    QObject::tr("Nothing to change: give a title, Hangul title, year or broadcaster."));
    if (edit.title && edit.title->trimmed().isEmpty())
        return fail(Error::Kind::InvalidInput, QObject::tr("A drama needs a title; it cannot be empty."));
    if (edit.year && *edit.year != 0 && (*edit.year < 1950 || *edit.year > 2100))
        return fail(Error::Kind::InvalidInput,
                    QObject::tr("%1 is not a year a drama was broadcast in (1950–2100, or 0 for unknown).")
                        .arg(*edit.year));
    const QSqlDatabase c = m_db.connection();
    return inTransaction(c, [&](RowSnapshot &before) -> Result<void> {
        if (auto live = requireLiveDrama(c, dramaId); !live)
            return live;
        if (auto r = captureAll(before, c,
                                { { u"dramas"_s, u"id"_s, dramaId, Mode::Update },
                                  { u"drama_aliases"_s, u"drama_id"_s, dramaId, Mode::Replace },
                                  { u"drama_edits"_s, u"drama_id"_s, dramaId, Mode::Replace } });
            !r)
            return r;
        QString broadcaster = edit.broadcaster.value_or(QString()).trimmed();
        if (const QString canonical = AlbumNameParser::canonicalBroadcaster(broadcaster);
            !canonical.isEmpty())
            broadcaster = canonical;
        const auto text
            = [](const std::optional<QString> &v) { return v ? QVariant(v->trimmed()) : QVariant(); };
        // An empty Hangul title or broadcaster, or year 0, is stored as '' / 0: "cleared by the user".
        if (auto r = runQuery(
                c,
                u"INSERT INTO drama_edits(drama_id, title, title_ko, year, broadcaster) VALUES (?, ?, ?, ?, "
                u"?) "
                "ON CONFLICT(drama_id) DO UPDATE SET title = coalesce(excluded.title, title), "
                "title_ko = coalesce(excluded.title_ko, title_ko), year = coalesce(excluded.year, year), "
                "broadcaster = coalesce(excluded.broadcaster, broadcaster), edited_at = excluded.edited_at"_s,
                { dramaId, text(edit.title), text(edit.titleKo),
                  edit.year ? QVariant(*edit.year) : QVariant(),
                  edit.broadcaster ? QVariant(broadcaster) : QVariant() });
            !r)
            return std::unexpected(r.error());
        return reapply(c);
    });
}

Result<RowSnapshot> LibraryEdits::mergeDramas(const QString &fromId, const QString &intoId)
{
    if (auto w = requireWritable(); !w)
        return std::unexpected(w.error());
    if (fromId == intoId)
        return fail(Error::Kind::InvalidInput, QObject::tr("A drama cannot be merged into itself."));
    const QSqlDatabase c = m_db.connection();
    return inTransaction(c, [&](RowSnapshot &before) -> Result<void> {
        if (auto live = requireLiveDrama(c, fromId); !live)
            return live;
        if (auto live = requireLiveDrama(c, intoId); !live)
            return live;
        if (auto r = captureAll(before, c,
                                { { u"dramas"_s, u"id"_s, fromId, Mode::Update },
                                  { u"dramas"_s, u"id"_s, intoId, Mode::Update },
                                  { u"drama_songs"_s, u"drama_id"_s, fromId, Mode::Replace },
                                  { u"drama_songs"_s, u"drama_id"_s, intoId, Mode::Replace },
                                  { u"drama_aliases"_s, u"drama_id"_s, intoId, Mode::Replace },
                                  { u"favorite_dramas"_s, u"drama_id"_s, fromId, Mode::Replace },
                                  { u"favorite_dramas"_s, u"drama_id"_s, intoId, Mode::Replace },
                                  { u"custom_posters"_s, u"drama_id"_s, fromId, Mode::Replace },
                                  { u"custom_posters"_s, u"drama_id"_s, intoId, Mode::Replace },
                                  { u"file_covers"_s, u"drama_id"_s, fromId, Mode::Replace },
                                  { u"file_covers"_s, u"drama_id"_s, intoId, Mode::Replace },
                                  { u"album_overrides"_s, u"drama_id"_s, fromId, Mode::Replace },
                                  { u"song_placements"_s, u"drama_id"_s, fromId, Mode::Replace },
                                  { u"drama_merges"_s, u"into_id"_s, fromId, Mode::Replace },
                                  { u"drama_merges"_s, u"from_id"_s, fromId, Mode::Replace },
                                  { u"drama_merge_songs"_s, u"from_id"_s, fromId, Mode::Replace } });
            !r)
            return r;
        if (auto r
            = runAll(c,
                     { { u"INSERT OR REPLACE INTO drama_merges(from_id, into_id) VALUES (?, ?)"_s,
                         { fromId, intoId } },
                       { u"UPDATE drama_merges SET into_id = ? WHERE into_id = ?"_s, { intoId, fromId } },
                       { u"INSERT OR REPLACE INTO drama_merge_songs(from_id, song_id, part) "
                         "SELECT drama_id, song_id, part FROM drama_songs WHERE drama_id = ?"_s,
                         { fromId } } });
            !r)
            return r;
        return applyMerge(c, fromId, intoId);
    });
}

Result<RowSnapshot> LibraryEdits::moveSong(const QString &songId, const QString &dramaId, int part)
{
    if (auto w = requireWritable(); !w)
        return std::unexpected(w.error());
    const QSqlDatabase c = m_db.connection();
    return inTransaction(c, [&](RowSnapshot &before) -> Result<void> {
        auto exists = songExists(c, songId);
        if (!exists)
            return std::unexpected(exists.error());
        if (!*exists)
            return fail(Error::Kind::NotFound, QObject::tr("No song with id \"%1\".").arg(songId));
        if (!dramaId.isEmpty())
            if (auto live = requireLiveDrama(c, dramaId); !live)
                return live;
        if (auto r = captureAll(before, c,
                                { { u"drama_songs"_s, u"song_id"_s, songId, Mode::Replace },
                                  { u"song_placements"_s, u"song_id"_s, songId, Mode::Replace } });
            !r)
            return r;
        const QVariant drama = dramaId.isEmpty() ? QVariant() : QVariant(dramaId);
        if (auto r = runQuery(
                c, u"INSERT OR REPLACE INTO song_placements(song_id, drama_id, part) VALUES (?, ?, ?)"_s,
                { songId, drama, nullIfZero(part) });
            !r)
            return std::unexpected(r.error());
        return applyPlacement(c, songId, drama, nullIfZero(part));
    });
}

Result<RowSnapshot> LibraryEdits::setAlbum(const QString &album, const QString &dramaId)
{
    if (auto w = requireWritable(); !w)
        return std::unexpected(w.error());
    const QString key = FilePlacer::albumKey(album);
    if (key.isEmpty())
        return fail(Error::Kind::InvalidInput, QObject::tr("An album title is needed."));
    const QSqlDatabase c = m_db.connection();
    return inTransaction(c, [&](RowSnapshot &before) -> Result<void> {
        if (!dramaId.isEmpty())
            if (auto live = requireLiveDrama(c, dramaId); !live)
                return live;
        // The files songs of the album, except those the user moved one by one.
        auto q = runQuery(
            c,
            u"SELECT DISTINCT f.song_id, (SELECT part FROM drama_songs d WHERE d.song_id = f.song_id LIMIT "
            u"1) "
            "FROM scanned_files f JOIN songs s ON s.id = f.song_id WHERE f.album_key = ? AND s.origin = "
            "'files' "
            "AND f.song_id NOT IN (SELECT song_id FROM song_placements)"_s,
            { key });
        if (!q)
            return std::unexpected(q.error());
        QList<std::pair<QString, QVariant>> songs;
        while (q->next())
            songs << std::pair { q->value(0).toString(), q->value(1) };
        auto any = runQuery(c, u"SELECT 1 FROM scanned_files WHERE album_key = ? LIMIT 1"_s, { key });
        if (!any)
            return std::unexpected(any.error());
        if (!any->next())
            return fail(Error::Kind::NotFound,
                        QObject::tr("No file of yours is on an album called \"%1\" (see ostshelf-cli other, "
                                    "or a drama's tracks).")
                            .arg(album));
        if (auto r = before.capture(c, u"album_overrides"_s, u"album_key"_s, key); !r)
            return r;
        for (const auto &s : songs)
            if (auto r = before.capture(c, u"drama_songs"_s, u"song_id"_s, s.first); !r)
                return r;
        const QVariant drama = dramaId.isEmpty() ? QVariant() : QVariant(dramaId);
        if (auto r = runQuery(
                c, u"INSERT OR REPLACE INTO album_overrides(album_key, album, drama_id) VALUES (?, ?, ?)"_s,
                { key, album, drama });
            !r)
            return std::unexpected(r.error());
        for (const auto &s : songs)
            if (auto r = applyPlacement(c, s.first, drama, s.second); !r)
                return r;
        return runAll(
            c,
            { { u"UPDATE scanned_files SET drama_id = ?, status = CASE WHEN ? IS NULL THEN 'other' "
                "WHEN status = 'other' THEN 'added' ELSE status END WHERE album_key = ? AND status IN ('added', 'other', 'linked')"_s,
                { drama, drama, key } } });
    });
}

Result<RowSnapshot> LibraryEdits::editSong(const QString &songId, const SongEdit &edit)
{
    if (auto w = requireWritable(); !w)
        return std::unexpected(w.error());
    if (edit.isEmpty())
        return fail(Error::Kind::InvalidInput,
                    QObject::tr("Nothing to change: give a title, Hangul title, artists or part."));
    if (edit.title && edit.title->trimmed().isEmpty())
        return fail(Error::Kind::InvalidInput, QObject::tr("A song needs a title; it cannot be empty."));
    if (edit.artists && ArtistCredits::split(*edit.artists).isEmpty())
        return fail(Error::Kind::InvalidInput, QObject::tr("A song needs at least one artist."));
    if (edit.part && (*edit.part < 0 || *edit.part > 999))
        return fail(Error::Kind::InvalidInput,
                    QObject::tr("%1 is not an OST part (0 for none, up to 999).").arg(*edit.part));
    const QSqlDatabase c = m_db.connection();
    return inTransaction(c, [&](RowSnapshot &before) -> Result<void> {
        auto exists = songExists(c, songId);
        if (!exists)
            return std::unexpected(exists.error());
        if (!*exists)
            return fail(Error::Kind::NotFound, QObject::tr("No song with id \"%1\".").arg(songId));
        if (auto r = captureAll(before, c,
                                { { u"songs"_s, u"id"_s, songId, Mode::Update },
                                  { u"song_artists"_s, u"song_id"_s, songId, Mode::Replace },
                                  { u"drama_songs"_s, u"song_id"_s, songId, Mode::Replace },
                                  { u"song_edits"_s, u"song_id"_s, songId, Mode::Replace } });
            !r)
            return r;
        const auto text
            = [](const std::optional<QString> &v) { return v ? QVariant(v->trimmed()) : QVariant(); };
        if (auto r = runQuery(
                c,
                u"INSERT INTO song_edits(song_id, title, title_ko, artists, part) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT(song_id) DO UPDATE SET title = coalesce(excluded.title, title), "
                "title_ko = coalesce(excluded.title_ko, title_ko), artists = coalesce(excluded.artists, "
                "artists), "
                "part = coalesce(excluded.part, part), edited_at = excluded.edited_at"_s,
                { songId, text(edit.title), text(edit.titleKo), text(edit.artists),
                  edit.part ? QVariant(*edit.part) : QVariant() });
            !r)
            return std::unexpected(r.error());
        return reapply(c);
    });
}

Result<RowSnapshot> LibraryEdits::setAlbumOfSong(const QString &songId, const QString &dramaId)
{
    auto q = runQuery(m_db.connection(),
                      u"SELECT album FROM scanned_files WHERE song_id = ? AND album IS NOT NULL LIMIT 1"_s,
                      { songId });
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(
            Error::Kind::NotFound,
            QObject::tr("This song has no file of yours with an album tag; move the song itself instead."));
    return setAlbum(q->value(0).toString(), dramaId);
}

Result<void> LibraryEdits::undo(const RowSnapshot &before)
{
    if (auto w = requireWritable(); !w)
        return w;
    const QSqlDatabase c = m_db.connection();
    Transaction tx(c);
    if (!tx.isActive())
        return std::unexpected(tx.beginError());
    if (auto r = before.restore(c); !r)
        return r;
    return tx.commit();
}

Result<void> LibraryEdits::reapply(const QSqlDatabase &db)
{
    auto r = runAll(
        db,
        {
            // A title the user replaced stays a name of the drama: files named by it still find it, and so
            // does search.
            { u"INSERT OR IGNORE INTO drama_aliases(drama_id, alias) SELECT d.id, d.title FROM dramas d JOIN "
              u"drama_edits e "
              "ON e.drama_id = d.id WHERE e.title IS NOT NULL AND e.title <> d.title"_s,
              {} },
            { u"INSERT OR IGNORE INTO drama_aliases(drama_id, alias) SELECT d.id, d.title_ko FROM dramas d "
              u"JOIN drama_edits e "
              "ON e.drama_id = d.id WHERE e.title_ko IS NOT NULL AND d.title_ko IS NOT NULL AND e.title_ko <> d.title_ko"_s,
              {} },
            { u"UPDATE dramas SET title = coalesce(e.title, dramas.title), "
              "title_ko = CASE WHEN e.title_ko IS NULL THEN dramas.title_ko WHEN e.title_ko = '' THEN NULL "
              "ELSE e.title_ko END, "
              "year = CASE WHEN e.year IS NULL THEN dramas.year WHEN e.year = 0 THEN NULL ELSE e.year END, "
              "broadcaster = CASE WHEN e.broadcaster IS NULL THEN dramas.broadcaster WHEN e.broadcaster = '' "
              "THEN NULL ELSE e.broadcaster END "
              "FROM drama_edits e WHERE e.drama_id = dramas.id"_s,
              {} },
            { u"UPDATE songs SET title = coalesce(e.title, songs.title), "
              "title_ko = CASE WHEN e.title_ko IS NULL THEN songs.title_ko WHEN e.title_ko = '' THEN NULL "
              "ELSE e.title_ko END "
              "FROM song_edits e WHERE e.song_id = songs.id"_s,
              {} },
            { u"UPDATE drama_songs SET part = nullif(e.part, 0) FROM song_edits e WHERE e.song_id = drama_songs.song_id AND e.part IS NOT NULL"_s,
              {} },
        });
    if (!r)
        return r;
    // Romanizations follow edited Hangul titles.
    for (const QString &table : { u"dramas"_s, u"songs"_s }) {
        const QString edits = table == u"dramas"_s ? u"drama_edits"_s : u"song_edits"_s;
        const QString key = table == u"dramas"_s ? u"drama_id"_s : u"song_id"_s;
        auto q = runQuery(
            db,
            u"SELECT t.id, coalesce(t.title_ko, t.title) FROM %1 t JOIN %2 e ON e.%3 = t.id WHERE e.title_ko IS NOT NULL"_s
                .arg(table, edits, key));
        if (!q)
            return std::unexpected(q.error());
        QList<std::pair<QString, QString>> rows;
        while (q->next())
            rows << std::pair { q->value(0).toString(),
                                TextNormalizer::romanizeWords(q->value(1).toString()) };
        for (const auto &[id, roman] : rows)
            if (auto u = runQuery(db, u"UPDATE %1 SET romanization = ? WHERE id = ?"_s.arg(table),
                                  { nullIfEmpty(roman), id });
                !u)
                return std::unexpected(u.error());
    }
    auto artists = runQuery(db, u"SELECT song_id, artists FROM song_edits WHERE artists IS NOT NULL"_s);
    if (!artists)
        return std::unexpected(artists.error());
    QList<std::pair<QString, QString>> credits;
    while (artists->next())
        credits << std::pair { artists->value(0).toString(), artists->value(1).toString() };
    for (const auto &[song, names] : credits)
        if (auto a = applySongArtists(db, song, names); !a)
            return a;
    auto placed = runQuery(db, u"SELECT song_id, drama_id, part FROM song_placements"_s);
    if (!placed)
        return std::unexpected(placed.error());
    QList<std::tuple<QString, QVariant, QVariant>> placements;
    while (placed->next())
        placements << std::tuple { placed->value(0).toString(), placed->value(1), placed->value(2) };
    for (const auto &[song, drama, part] : placements)
        if (auto p = applyPlacement(db, song, drama, part); !p)
            return p;
    auto merges = runQuery(db, u"SELECT from_id, into_id FROM drama_merges ORDER BY merged_at, rowid"_s);
    if (!merges)
        return std::unexpected(merges.error());
    QList<std::pair<QString, QString>> pairs;
    while (merges->next())
        pairs << std::pair { merges->value(0).toString(), merges->value(1).toString() };
    for (const auto &[from, into] : pairs)
        if (auto m = applyMerge(db, from, into); !m)
            return m;
    return {};
}

} // namespace ost
