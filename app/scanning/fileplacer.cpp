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
    : m_db(db)
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
    auto known = PlacementIndex::load(placer->m_db);
    if (!known)
        return std::unexpected(known.error());
    placer->m_known = std::move(*known);
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

Result<QString> FilePlacer::makeDrama(const QString &id, const QString &title, const QString &titleKo,
                                      int year, const QString &broadcaster, const QStringList &keys)
{
    if (auto r = m_q->drama.run({ id, title, nullIfEmpty(titleKo),
                                  nullIfEmpty(TextNormalizer::romanizeWords(titleKo)), nullIfZero(year),
                                  nullIfEmpty(broadcaster) });
        !r)
        return std::unexpected(r.error());
    m_known.dramaIds.insert(id);
    for (const QString &k : keys)
        if (!k.isEmpty() && !m_known.dramaByKey.contains(k))
            m_known.dramaByKey.insert(k, id);
    ++m_dramasMade;
    return id;
}

Result<QString> FilePlacer::dramaFor(const QString &albumTitle, const QString &broadcaster, int year,
                                     bool *made)
{
    const QString key = AlbumNameParser::dramaKey(albumTitle);
    if (const QString id = m_known.dramaByKey.value(key); !id.isEmpty())
        return m_known.resolve(id);
    if (const QString refId = m_known.referenceByKey.value(key); !refId.isEmpty()) {
        if (m_known.dramaIds.contains(refId))
            return m_known.resolve(refId);
        const PlacementIndex::Reference &ref = m_known.references[refId];
        *made = true;
        return makeDrama(refId, ref.title, ref.titleKo, ref.year, ref.broadcaster, ref.keys);
    }
    QString base = slug(albumTitle);
    if (base.isEmpty())
        base = shortHash(key);
    *made = true;
    return makeDrama(PlacementIndex::uniqueId(u"files-"_s + base, m_known.dramaIds), albumTitle,
                     hangulOrEmpty(albumTitle), year, broadcaster, { key });
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
                id = m_known.artistByKey.value(k);
        if (id.isEmpty()) {
            QString base = slug(c.name);
            id = PlacementIndex::uniqueId(u"files-"_s + (base.isEmpty() ? shortHash(c.name) : base),
                                          m_known.artistIds);
            if (auto r = m_q->artist.run({ id, c.name, nullIfEmpty(hangulOrEmpty(c.name)) }); !r)
                return std::unexpected(r.error());
            m_known.artistIds.insert(id);
            for (const QString &k : keys)
                m_known.artistByKey.insert(k, id);
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
    m_known.songIds.insert(songId);
    return {};
}

Result<void> FilePlacer::appear(const QString &dramaId, const QString &songId, int part, int track)
{
    int &next = m_known.nextPosition[dramaId];
    const int position = track > 0 ? track : next;
    next = std::max(next, position + 1);
    return m_q->appearance.run({ dramaId, songId, nullIfZero(part), position });
}

Result<QString> FilePlacer::link(const QString &songId, const QString &path)
{
    const QString other = m_known.linkedPath.value(songId);
    if (!other.isEmpty() && other != path && QFileInfo::exists(other))
        return QObject::tr("a second copy: the song already plays %1").arg(other);
    if (auto r = m_q->link.run({ songId, path }); !r)
        return std::unexpected(r.error());
    m_known.linkedPath.insert(songId, path);
    return QString();
}

void FilePlacer::coverFor(const QString &dramaId, const FileFacts &file, QStringList &notes)
{
    const QString folder = QFileInfo(file.path).absolutePath();
    if (m_known.hasCover.contains(dramaId))
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
    m_known.hasCover.insert(dramaId);
}

// A retagged file that is now another song: the song it made before, if nothing else holds
// it (no other file, no playlist, no favorite), is retired with its place in its drama.
Result<void> FilePlacer::letGo(const QString &previousSongId, const QString &nowSongId, const QString &path)
{
    if (previousSongId.isEmpty() || previousSongId == nowSongId
        || m_known.linkedPath.value(previousSongId) != path)
        return {};
    m_known.linkedPath.remove(previousSongId);
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
    const auto placed = m_known.placedByUser.constFind(previousSongId);
    if (!previousSongId.isEmpty() && placed != m_known.placedByUser.cend()) {
        drama = *placed;
        userSaidNoDrama = !drama;
    } else if (const auto o = m_known.albumOverride.constFind(p.albumKey);
               o != m_known.albumOverride.cend()) {
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
        drama = m_known.resolve(*drama);
    p.dramaId = drama.value_or(QString());
    const QString where = drama ? *drama : u"album:"_s + p.albumKey;

    // A song the drama (or the album, for other music) already has?
    QSet<QString> wanted;
    for (const CreditName &c : ArtistCredits::split(artistTag))
        SongMatcher::addNameKeys(wanted, c.name);
    QList<int> candidates, byArtist;
    const auto &index = m_known.songIndex[where];
    const QStringList titleKeys = SongMatcher::titleKeys(title);
    for (const QString &k : titleKeys)
        for (int i : index.value(k))
            if (!candidates.contains(i))
                candidates << i;
    // A song made from files is matched by its exact title; a catalog song also by its title
    // without a bracketed decoration ("Stay With Me (Goblin OST Part 1)").
    const QString exactTitle = TextNormalizer::fold(title);
    candidates.removeIf([this, &exactTitle](int i) {
        return m_known.songs[i].fromFiles && !m_known.songs[i].exactTitles.contains(exactTitle);
    });
    for (int i : candidates)
        if (wanted.isEmpty() || m_known.songs[i].artistKeys.intersects(wanted))
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
        songId = m_known.songs[byArtist.first()].id;
        p.outcome = drama ? Placement::Outcome::Linked : Placement::Outcome::Other;
    } else if (drama && !candidates.isEmpty() && !m_known.songs[candidates.first()].fromFiles) {
        p.outcome = Placement::Outcome::Review;
        p.songId = m_known.songs[candidates.first()].id;
        notes << QObject::tr("“%1” of this drama has the title but another artist").arg(title);
        p.reason = notes.join(u"; "_s);
        return p;
    } else {
        // A new song. A file read again after a retag keeps its song (favorites, playlists).
        const bool reuse = !previousSongId.isEmpty() && m_known.songIds.contains(previousSongId)
            && previousSongId.startsWith(u"files-"_s)
            && m_known.linkedPath.value(previousSongId) == file.path;
        songId = reuse
            ? previousSongId
            : PlacementIndex::uniqueId(
                u"files-"_s + shortHash(where + u'\1' + TextNormalizer::fold(title) + u'\1' + artistTag),
                m_known.songIds);
        if (auto r = writeSong(songId, !reuse, title, file.tags.year, artistTag); !r)
            return std::unexpected(r.error());
        if (reuse)
            if (auto r = m_q->clearAppearances.run({ songId }); !r)
                return std::unexpected(r.error());
        if (drama)
            if (auto r = appear(*drama, songId, part, file.tags.track); !r)
                return std::unexpected(r.error());
        m_known.indexSong(where, songId, { title }, wanted, true);
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
