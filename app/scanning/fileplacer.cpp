#include "fileplacer.h"

#include "albums/albumnameparser.h"
#include "albums/artistcredits.h"
#include "matching/songmatcher.h"
#include "search/textnormalizer.h"
#include "storage/preparedquery.h"
#include "storage/sqlquery.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ost {

namespace {

QString slug(const QString &text)
{
    QStringList words;
    for (const QString &w : text.normalized(QString::NormalizationForm_KD)
                                .split(QRegularExpression(u"[\\s\\-_:./]+"_s), Qt::SkipEmptyParts)) {
        QString ascii;
        for (const QChar c : TextNormalizer::romanize(w))
            if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
                ascii.append(c);
        if (!ascii.isEmpty())
            words << ascii;
    }
    return words.join(u'-').left(48);
}

QString shortHash(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex().left(10));
}

QString hangulOrEmpty(const QString &text)
{
    return TextNormalizer::containsHangul(text) ? text : QString();
}

} // namespace

struct FilePlacer::Statements
{
    explicit Statements(const QSqlDatabase &db)
        : drama(db,
                u"INSERT INTO dramas(id, title, title_ko, romanization, year, broadcaster, origin, retired) "
                "VALUES (?, ?, ?, ?, ?, ?, 'files', 0)"_s)
        , artist(db,
                 u"INSERT INTO artists(id, name, name_ko, kind, origin) VALUES (?, ?, ?, 'solo', 'files')"_s)
        , song(
              db,
              u"INSERT INTO songs(id, title, title_ko, romanization, year, origin, retired) VALUES (?, ?, ?, "
              u"?, ?, 'files', 0) "
              "ON CONFLICT(id) DO UPDATE SET title = excluded.title, romanization = excluded.romanization, "
              "year = excluded.year, retired = 0"_s)
        , clearCredits(db, u"DELETE FROM song_artists WHERE song_id = ?"_s)
        , credit(
              db,
              u"INSERT OR IGNORE INTO song_artists(song_id, artist_id, role, position) VALUES (?, ?, ?, ?)"_s)
        , clearAppearances(db, u"DELETE FROM drama_songs WHERE song_id = ?"_s)
        , appearance(
              db,
              u"INSERT OR IGNORE INTO drama_songs(drama_id, song_id, part, position) VALUES (?, ?, ?, ?)"_s)
        , link(db,
               u"INSERT INTO local_files(song_id, path) VALUES (?, ?) ON CONFLICT(song_id) DO UPDATE "
               "SET path = excluded.path, linked_at = excluded.linked_at"_s)
        , cover(db, u"INSERT OR REPLACE INTO file_covers(drama_id, path) VALUES (?, ?)"_s)
    { }
    PreparedQuery drama, artist, song, clearCredits, credit, clearAppearances, appearance, link, cover;
};

QString Placement::status() const
{
    switch (outcome) {
    case Outcome::Linked: return u"linked"_s;
    case Outcome::Added: return u"added"_s;
    case Outcome::Other: return u"other"_s;
    case Outcome::Duplicate: return u"duplicate"_s;
    case Outcome::Review: return u"review"_s;
    }
    return u"added"_s;
}

FilePlacer::FilePlacer(QSqlDatabase db, const QString &dataDir)
    : m_db(std::move(db))
    , m_covers(dataDir)
    , m_q(std::make_unique<Statements>(m_db))
{ }

FilePlacer::~FilePlacer() = default;

Result<std::unique_ptr<FilePlacer>> FilePlacer::load(const Database &db, const QString &dataDir)
{
    std::unique_ptr<FilePlacer> placer(new FilePlacer(db.connection(), dataDir));
    auto matcher = SongMatcher::load(db);
    if (!matcher)
        return std::unexpected(matcher.error());
    placer->m_catalog.emplace(std::move(*matcher));
    if (auto r = placer->loadAll(); !r)
        return std::unexpected(r.error());
    return placer;
}

QString FilePlacer::albumOf(const FileFacts &file)
{
    return file.tags.album.isEmpty() ? QFileInfo(file.path).dir().dirName() : file.tags.album;
}

QString FilePlacer::albumKey(const QString &album)
{
    return TextNormalizer::fold(album.normalized(QString::NormalizationForm_KC));
}

QString FilePlacer::titleOf(const FileFacts &file)
{
    if (!file.tags.title.isEmpty())
        return file.tags.title;
    static const QRegularExpression trackNo(u"^\\d{1,3}[\\s._-]+"_s);
    return QFileInfo(file.path).completeBaseName().remove(trackNo).trimmed();
}

QString FilePlacer::resolve(QString dramaId) const
{
    for (int hops = 0; hops < 16 && m_mergedInto.contains(dramaId); ++hops)
        dramaId = m_mergedInto.value(dramaId);
    return dramaId;
}

QString FilePlacer::uniqueId(const QString &base, const QSet<QString> &taken) const
{
    QString id = base;
    for (int n = 2; taken.contains(id); ++n)
        id = base + u'-' + QString::number(n);
    return id;
}

void FilePlacer::indexSong(const QString &dramaId, const QString &songId, const QStringList &titles,
                           const QSet<QString> &artistKeys, bool fromFiles)
{
    const int row = int(m_songs.size());
    QSet<QString> exact;
    for (const QString &t : titles)
        if (const QString f = TextNormalizer::fold(t); !f.isEmpty())
            exact.insert(f);
    m_songs << SongEntry { songId, artistKeys, fromFiles, exact };
    auto &index = m_songIndex[dramaId];
    for (const QString &t : titles)
        for (const QString &k : SongMatcher::titleKeys(t))
            if (!index.value(k).contains(row))
                index[k] << row;
}

Result<void> FilePlacer::loadAll()
{
    QHash<QString, QStringList> dramaNames;
    // Catalog names first: a files drama never takes a name from the catalog.
    Result<void> r = forEachRow(
        m_db,
        u"SELECT id, title, coalesce(title_ko, ''), coalesce(romanization, ''), retired FROM dramas "
        "ORDER BY origin = 'files', rowid"_s,
        [&](QSqlQuery &q) {
            const QString id = q.value(0).toString();
            m_dramaIds.insert(id);
            dramaNames[id] << q.value(1).toString() << q.value(2).toString() << q.value(3).toString();
        });
    if (r)
        r = forEachRow(m_db, u"SELECT drama_id, alias FROM drama_aliases"_s,
                       [&](QSqlQuery &q) { dramaNames[q.value(0).toString()] << q.value(1).toString(); });
    if (r)
        r = forEachRow(
            m_db, u"SELECT drama_id, coalesce(title, ''), coalesce(title_ko, '') FROM drama_edits"_s,
            [&](QSqlQuery &q) {
                dramaNames[q.value(0).toString()] << q.value(1).toString() << q.value(2).toString();
            });
    if (r)
        r = forEachRow(m_db, u"SELECT from_id, into_id FROM drama_merges"_s, [&](QSqlQuery &q) {
            m_mergedInto.insert(q.value(0).toString(), q.value(1).toString());
        });
    if (!r)
        return r;
    for (auto it = dramaNames.cbegin(); it != dramaNames.cend(); ++it)
        for (const QString &n : it.value())
            if (const QString k = AlbumNameParser::dramaKey(n); !k.isEmpty() && !m_dramaByKey.contains(k))
                m_dramaByKey.insert(k, it.key());

    r = forEachRow(
        m_db,
        u"SELECT id, title, coalesce(title_ko, ''), coalesce(year, 0), coalesce(broadcaster, '') FROM reference_dramas"_s,
        [&](QSqlQuery &q) {
            m_references.insert(q.value(0).toString(),
                                Reference { q.value(1).toString(),
                                            q.value(2).toString(),
                                            q.value(4).toString(),
                                            q.value(3).toInt(),
                                            {} });
        });
    if (r)
        r = forEachRow(m_db, u"SELECT name_key, reference_id FROM reference_names"_s, [&](QSqlQuery &q) {
            m_referenceByKey.insert(q.value(0).toString(), q.value(1).toString());
            m_references[q.value(1).toString()].keys << q.value(0).toString();
        });
    if (r)
        r = forEachRow(m_db, u"SELECT album_key, drama_id FROM album_overrides"_s, [&](QSqlQuery &q) {
            m_albumOverride.insert(q.value(0).toString(),
                                   q.value(1).isNull() ? std::nullopt
                                                       : std::optional<QString>(q.value(1).toString()));
        });
    if (r)
        r = forEachRow(m_db, u"SELECT song_id, drama_id FROM song_placements"_s, [&](QSqlQuery &q) {
            m_placedByUser.insert(q.value(0).toString(),
                                  q.value(1).isNull() ? std::nullopt
                                                      : std::optional<QString>(q.value(1).toString()));
        });
    if (r)
        r = forEachRow(
            m_db,
            u"SELECT a.id, a.name, coalesce(a.name_ko, ''), "
            "(SELECT group_concat(alias, char(31)) FROM artist_aliases x WHERE x.artist_id = a.id) FROM "
            "artists a "
            "ORDER BY a.origin = 'files', a.rowid"_s,
            [&](QSqlQuery &q) {
                const QString id = q.value(0).toString();
                m_artistIds.insert(id);
                QSet<QString> keys;
                SongMatcher::addNameKeys(keys, q.value(1).toString());
                SongMatcher::addNameKeys(keys, q.value(2).toString());
                for (const QString &a : q.value(3).toString().split(QChar(31), Qt::SkipEmptyParts))
                    SongMatcher::addNameKeys(keys, a);
                for (const QString &k : keys)
                    if (!m_artistByKey.contains(k))
                        m_artistByKey.insert(k, id);
            });
    QHash<QString, QSet<QString>> artistKeysOfSong;
    if (r)
        r = forEachRow(
            m_db,
            u"SELECT sa.song_id, a.name, coalesce(a.name_ko, '') FROM song_artists sa JOIN artists a ON a.id = sa.artist_id"_s,
            [&](QSqlQuery &q) {
                QSet<QString> &keys = artistKeysOfSong[q.value(0).toString()];
                SongMatcher::addNameKeys(keys, q.value(1).toString());
                SongMatcher::addNameKeys(keys, q.value(2).toString());
            });
    QHash<QString, QStringList> songAliases;
    if (r)
        r = forEachRow(m_db, u"SELECT song_id, alias FROM song_aliases"_s,
                       [&](QSqlQuery &q) { songAliases[q.value(0).toString()] << q.value(1).toString(); });
    if (r)
        r = forEachRow(
            m_db,
            u"SELECT s.id, s.title, coalesce(s.title_ko, ''), coalesce(s.romanization, ''), s.origin = "
            u"'files', "
            "coalesce(ds.drama_id, ''), coalesce((SELECT f.album_key FROM scanned_files f WHERE "
            "f.song_id = s.id LIMIT 1), '') "
            "FROM songs s LEFT JOIN drama_songs ds ON ds.song_id = s.id"_s,
            [&](QSqlQuery &q) {
                const QString id = q.value(0).toString();
                m_songIds.insert(id);
                const bool files = q.value(4).toBool();
                QString where = q.value(5).toString();
                if (where.isEmpty() && !files)
                    return; // a catalog song of no drama: never a place for a file
                if (where.isEmpty())
                    where = u"album:"_s + q.value(6).toString();
                indexSong(where, id,
                          QStringList { q.value(1).toString(), q.value(2).toString(), q.value(3).toString() }
                              + songAliases.value(id),
                          artistKeysOfSong.value(id), files);
            });
    if (r)
        r = forEachRow(m_db, u"SELECT song_id, path FROM local_files"_s, [&](QSqlQuery &q) {
            m_linkedPath.insert(q.value(0).toString(), q.value(1).toString());
        });
    if (r)
        r = forEachRow(
            m_db, u"SELECT drama_id, max(position) + 1 FROM drama_songs GROUP BY drama_id"_s,
            [&](QSqlQuery &q) { m_nextPosition.insert(q.value(0).toString(), q.value(1).toInt()); });
    if (r)
        r = forEachRow(m_db,
                       u"SELECT drama_id FROM file_covers UNION SELECT drama_id FROM custom_posters "
                       "UNION SELECT owner_id FROM pack_files WHERE kind = 'poster'"_s,
                       [&](QSqlQuery &q) { m_hasCover.insert(q.value(0).toString()); });
    return r;
}

Result<QString> FilePlacer::makeDrama(const QString &id, const QString &title, const QString &titleKo,
                                      int year, const QString &broadcaster, const QStringList &keys)
{
    if (auto r = m_q->drama.run({ id, title, nullIfEmpty(titleKo),
                                  nullIfEmpty(TextNormalizer::romanizeWords(titleKo)), nullIfZero(year),
                                  nullIfEmpty(broadcaster) });
        !r)
        return std::unexpected(r.error());
    m_dramaIds.insert(id);
    for (const QString &k : keys)
        if (!k.isEmpty() && !m_dramaByKey.contains(k))
            m_dramaByKey.insert(k, id);
    ++m_dramasMade;
    return id;
}

Result<QString> FilePlacer::dramaFor(const QString &albumTitle, const QString &broadcaster, int year,
                                     bool *made)
{
    const QString key = AlbumNameParser::dramaKey(albumTitle);
    if (const QString id = m_dramaByKey.value(key); !id.isEmpty())
        return resolve(id);
    if (const QString refId = m_referenceByKey.value(key); !refId.isEmpty()) {
        if (m_dramaIds.contains(refId))
            return resolve(refId);
        const Reference &ref = m_references[refId];
        *made = true;
        return makeDrama(refId, ref.title, ref.titleKo, ref.year, ref.broadcaster, ref.keys);
    }
    QString base = slug(albumTitle);
    if (base.isEmpty())
        base = shortHash(key);
    *made = true;
    return makeDrama(uniqueId(u"files-"_s + base, m_dramaIds), albumTitle, hangulOrEmpty(albumTitle), year,
                     broadcaster, { key });
}

Result<QStringList> FilePlacer::artistsFor(const QString &artistTag, QList<bool> *featuring)
{
    QStringList ids;
    for (const CreditName &c : ArtistCredits::split(artistTag)) {
        QSet<QString> keys;
        SongMatcher::addNameKeys(keys, c.name);
        QString id;
        for (const QString &k : keys)
            if (id.isEmpty())
                id = m_artistByKey.value(k);
        if (id.isEmpty()) {
            QString base = slug(c.name);
            id = uniqueId(u"files-"_s + (base.isEmpty() ? shortHash(c.name) : base), m_artistIds);
            if (auto r = m_q->artist.run({ id, c.name, nullIfEmpty(hangulOrEmpty(c.name)) }); !r)
                return std::unexpected(r.error());
            m_artistIds.insert(id);
            for (const QString &k : keys)
                m_artistByKey.insert(k, id);
        }
        if (!ids.contains(id)) {
            ids << id;
            *featuring << c.featuring;
        }
    }
    return ids;
}

Result<void> FilePlacer::writeSong(const QString &songId, bool isNew, const QString &title, int year,
                                   const QString &artistTag)
{
    if (auto r = m_q->song.run({ songId, title, QVariant(), nullIfEmpty(TextNormalizer::romanizeWords(title)),
                                 nullIfZero(year) });
        !r)
        return r;
    if (!isNew)
        if (auto r = m_q->clearCredits.run({ songId }); !r)
            return r;
    QList<bool> featuring;
    auto artists = artistsFor(artistTag, &featuring);
    if (!artists)
        return std::unexpected(artists.error());
    for (int i = 0; i < artists->size(); ++i)
        if (auto r
            = m_q->credit.run({ songId, artists->at(i), featuring.at(i) ? u"featuring"_s : u"main"_s, i });
            !r)
            return r;
    m_songIds.insert(songId);
    return {};
}

Result<void> FilePlacer::appear(const QString &dramaId, const QString &songId, int part, int track)
{
    int &next = m_nextPosition[dramaId];
    const int position = track > 0 ? track : next;
    next = std::max(next, position + 1);
    return m_q->appearance.run({ dramaId, songId, nullIfZero(part), position });
}

Result<QString> FilePlacer::link(const QString &songId, const QString &path)
{
    const QString other = m_linkedPath.value(songId);
    if (!other.isEmpty() && other != path && QFileInfo::exists(other))
        return QObject::tr("a second copy: the song already plays %1").arg(other);
    if (auto r = m_q->link.run({ songId, path }); !r)
        return std::unexpected(r.error());
    m_linkedPath.insert(songId, path);
    return QString();
}

void FilePlacer::coverFor(const QString &dramaId, const FileFacts &file, QStringList &notes)
{
    const QString folder = QFileInfo(file.path).absolutePath();
    if (m_hasCover.contains(dramaId))
        return;
    // The folder's cover image is looked for once; an embedded picture is read from the first
    // file that has one (the tags said so), and a refused one is not tried again in that folder.
    const QString tried = dramaId + u'\1' + folder;
    Result<QString> cover = QString();
    if (!m_coverTried.contains(tried)) {
        m_coverTried.insert(tried);
        cover = m_covers.folderCover(folder);
    }
    if (cover && cover->isEmpty() && file.tags.hasPicture
        && !m_coverTried.contains(tried + u"\1embedded"_s)) {
        auto embedded = TagReader::readCover(file.path);
        cover = embedded ? m_covers.saveEmbedded(*embedded)
                         : Result<QString>(std::unexpected(embedded.error()));
        if (!cover)
            m_coverTried.insert(tried + u"\1embedded"_s);
    }
    if (!cover) {
        notes << cover.error().message;
        return;
    }
    if (cover->isEmpty())
        return;
    if (auto r = m_q->cover.run({ dramaId, *cover }); !r) {
        notes << r.error().message;
        return;
    }
    m_hasCover.insert(dramaId);
}

// A retagged file that is now another song: the song it made before, if nothing else holds
// it (no other file, no playlist, no favorite), is retired with its place in its drama.
Result<void> FilePlacer::letGo(const QString &previousSongId, const QString &nowSongId, const QString &path)
{
    if (previousSongId.isEmpty() || previousSongId == nowSongId || m_linkedPath.value(previousSongId) != path)
        return {};
    m_linkedPath.remove(previousSongId);
    auto r = runQuery(m_db, u"DELETE FROM local_files WHERE song_id = ? AND path = ?"_s,
                      { previousSongId, path });
    if (r)
        r = runQuery(
            m_db,
            u"DELETE FROM drama_songs WHERE song_id = ? AND ? IN (SELECT id FROM songs WHERE origin = "
            u"'files') "
            "AND ? NOT IN (SELECT song_id FROM playlist_items) AND ? NOT IN (SELECT song_id FROM favorite_songs)"_s,
            { previousSongId, previousSongId, previousSongId, previousSongId });
    if (r)
        r = runQuery(
            m_db,
            u"UPDATE songs SET retired = 1 WHERE id = ? AND origin = 'files' AND NOT EXISTS "
            "(SELECT 1 FROM drama_songs WHERE song_id = ?) AND ? NOT IN (SELECT song_id FROM playlist_items) "
            "AND ? NOT IN (SELECT song_id FROM favorite_songs)"_s,
            { previousSongId, previousSongId, previousSongId, previousSongId });
    if (!r)
        return std::unexpected(r.error());
    return {};
}

Result<Placement> FilePlacer::place(const FileFacts &file, const QString &previousSongId)
{
    Placement p;
    const QString album = albumOf(file);
    p.albumKey = albumKey(album);
    const QString title = titleOf(file);
    const QString artistTag = file.tags.artist.isEmpty() ? file.tags.albumArtist : file.tags.artist;
    QStringList notes = file.tags.notes;

    // Where it belongs: the user's word first, then the album's title.
    std::optional<QString> drama;
    int part = 0;
    bool userSaidNoDrama = false;
    const auto placed = m_placedByUser.constFind(previousSongId);
    if (!previousSongId.isEmpty() && placed != m_placedByUser.cend()) {
        drama = *placed;
        userSaidNoDrama = !drama;
    } else if (const auto o = m_albumOverride.constFind(p.albumKey); o != m_albumOverride.cend()) {
        drama = *o;
        userSaidNoDrama = !drama;
    } else {
        auto cached = m_parsedAlbums.constFind(album);
        if (cached == m_parsedAlbums.cend())
            cached = m_parsedAlbums.insert(album, AlbumNameParser::parse(album));
        const AlbumName &name = *cached;
        part = name.part;
        if (name.isOst) {
            auto d = dramaFor(name.drama, name.broadcaster, file.tags.year, &p.newDrama);
            if (!d)
                return std::unexpected(d.error());
            drama = *d;
        } else {
            notes << QObject::tr("album “%1”: %2").arg(album, name.why);
        }
    }
    if (drama)
        drama = resolve(*drama);
    p.dramaId = drama.value_or(QString());
    const QString where = drama ? *drama : u"album:"_s + p.albumKey;

    // A song the drama (or the album, for other music) already has?
    QSet<QString> wanted;
    for (const CreditName &c : ArtistCredits::split(artistTag))
        SongMatcher::addNameKeys(wanted, c.name);
    QList<int> candidates, byArtist;
    const auto &index = m_songIndex[where];
    const QStringList titleKeys = SongMatcher::titleKeys(title);
    for (const QString &k : titleKeys)
        for (int i : index.value(k))
            if (!candidates.contains(i))
                candidates << i;
    // A song made from files is matched by its exact title; a catalog song also by its title
    // without a bracketed decoration ("Stay With Me (Goblin OST Part 1)").
    const QString exactTitle = TextNormalizer::fold(title);
    candidates.removeIf([this, &exactTitle](int i) {
        return m_songs[i].fromFiles && !m_songs[i].exactTitles.contains(exactTitle);
    });
    for (int i : candidates)
        if (wanted.isEmpty() || m_songs[i].artistKeys.intersects(wanted))
            byArtist << i;
    QString songId;
    SongMatcher::Match catalogMatch;
    if (!drama && !userSaidNoDrama && byArtist.isEmpty()) {
        // An album that is no OST (a single, a compilation, no album at all) may still hold a
        // catalog song: by title and artist, or by an "Artist - Title" file name.
        catalogMatch
            = file.tags.title.isEmpty() ? m_catalog->matchDisplay(title) : m_catalog->match(title, artistTag);
    }
    if (catalogMatch.confidence == SongMatcher::Confidence::Confident) {
        songId = catalogMatch.songId;
        p.outcome = Placement::Outcome::Linked;
    } else if (catalogMatch.confidence == SongMatcher::Confidence::Uncertain) {
        p.outcome = Placement::Outcome::Review;
        p.songId = catalogMatch.songId;
        notes << catalogMatch.why;
        p.reason = notes.join(u"; "_s);
        return p;
    } else if (!byArtist.isEmpty()) {
        songId = m_songs[byArtist.first()].id;
        p.outcome = drama ? Placement::Outcome::Linked : Placement::Outcome::Other;
    } else if (drama && !candidates.isEmpty() && !m_songs[candidates.first()].fromFiles) {
        p.outcome = Placement::Outcome::Review;
        p.songId = m_songs[candidates.first()].id;
        notes << QObject::tr("“%1” of this drama has the title but another artist").arg(title);
        p.reason = notes.join(u"; "_s);
        return p;
    } else {
        // A new song. A file read again after a retag keeps its song (favorites, playlists).
        const bool reuse = !previousSongId.isEmpty() && m_songIds.contains(previousSongId)
            && previousSongId.startsWith(u"files-"_s) && m_linkedPath.value(previousSongId) == file.path;
        songId = reuse
            ? previousSongId
            : uniqueId(u"files-"_s
                           + shortHash(where + u'\1' + TextNormalizer::fold(title) + u'\1' + artistTag),
                       m_songIds);
        if (auto r = writeSong(songId, !reuse, title, file.tags.year, artistTag); !r)
            return std::unexpected(r.error());
        if (reuse)
            if (auto r = m_q->clearAppearances.run({ songId }); !r)
                return std::unexpected(r.error());
        if (drama)
            if (auto r = appear(*drama, songId, part, file.tags.track); !r)
                return std::unexpected(r.error());
        indexSong(where, songId, { title }, wanted, true);
        ++m_songsMade;
        p.outcome = drama ? Placement::Outcome::Added : Placement::Outcome::Other;
    }
    p.songId = songId;
    if (auto r = letGo(previousSongId, songId, file.path); !r)
        return std::unexpected(r.error());
    auto linked = link(songId, file.path);
    if (!linked)
        return std::unexpected(linked.error());
    if (!linked->isEmpty()) {
        p.outcome = Placement::Outcome::Duplicate;
        notes << *linked;
    }
    if (drama)
        coverFor(*drama, file, notes);
    p.reason = notes.join(u"; "_s);
    return p;
}

} // namespace ost
