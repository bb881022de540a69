// The user's files become the library: a corpus written here with TagLib (Hangul, English,
// broadcaster-prefixed, season, non-OST and CP949-tagged albums, an embedded cover, hostile
// tags) is scanned and must give exactly the dramas and songs expected; then rescans (moved,
// deleted, retagged files), merges and their undo, edits surviving a rescan and a catalog
// update, and "this album is not a drama".
#include "backup/backuprestorer.h"
#include "backup/backupwriter.h"
#include "common/tagstrings.h"
#include "common/testlibrary.h"
#include "common/testmain.h"
#include "edits/libraryedits.h"
#include "playback/tonegenerator.h"
#include "playlists/playlisteditor.h"
#include "repositories/catalogrepository.h"
#include "repositories/favoriterepository.h"
#include "repositories/filesrepository.h"
#include "repositories/localfilerepository.h"
#include "repositories/playlistrepository.h"
#include "repositories/posterrepository.h"
#include "scanning/libraryscanner.h"
#include "search/searchdocumentreader.h"
#include "search/searchindex.h"
#include "storage/catalogupdater.h"
#include "storage/library.h"
#include "storage/sqlquery.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <taglib/fileref.h>
#include <taglib/tag.h>
#include <taglib/tvariant.h>

using namespace Qt::StringLiterals;
using namespace ost;

namespace {

QByteArray png(QSize size, QColor color)
{
    QImage img(size, QImage::Format_RGB32);
    img.fill(color);
    QBuffer b;
    b.open(QIODevice::WriteOnly);
    img.save(&b, "PNG");
    return b.data();
}

quint32 crc32(const QByteArray &bytes)
{
    quint32 crc = 0xffffffffu;
    for (const char ch : bytes) {
        crc ^= quint8(ch);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

// A PNG whose header (with a right checksum) claims width × height; the pixels are never there.
QByteArray pngClaiming(int width, int height)
{
    QByteArray data = png({ 4, 4 }, Qt::red);
    const auto put = [&data](int at, quint32 v) {
        for (int i = 0; i < 4; ++i)
            data[at + i] = char((v >> (24 - 8 * i)) & 0xff);
    };
    put(16, quint32(width));
    put(20, quint32(height));
    put(29, crc32(data.mid(12, 17))); // "IHDR" and its 13 bytes
    return data;
}

struct Track
{
    QString path;
    TagLib::String title, artist, album;
    int track = 0;
    int year = 0;
    QByteArray cover;
};

void write(const Track &t)
{
    QDir().mkpath(QFileInfo(t.path).absolutePath());
    QVERIFY(ToneGenerator::writeWav(t.path, { 440.0, 200 }));
    TagLib::FileRef ref(QFile::encodeName(t.path).constData());
    QVERIFY(!ref.isNull());
    ref.tag()->setTitle(t.title);
    ref.tag()->setArtist(t.artist);
    ref.tag()->setAlbum(t.album);
    ref.tag()->setTrack(uint(t.track));
    ref.tag()->setYear(uint(t.year));
    if (!t.cover.isEmpty()) {
        TagLib::VariantMap picture;
        picture.insert("data", TagLib::ByteVector(t.cover.constData(), uint(t.cover.size())));
        picture.insert("mimeType", TagLib::String("image/png"));
        picture.insert("pictureType", TagLib::String("Front Cover"));
        QVERIFY(ref.setComplexProperties("PICTURE", { picture }));
    }
    QVERIFY(ref.save());
}

} // namespace

class TestFileLibrary : public QObject
{
    Q_OBJECT
    QTemporaryDir m_data;
    QTemporaryDir m_music;
    std::optional<Library> m_lib;

    QString m(const QString &rel) const { return m_music.path() + u'/' + rel; }

    Result<DramaDetail> drama(const QString &id) const
    {
        return CatalogRepository(m_lib->database()).dramaDetail(id);
    }
    QString songOf(const QString &path) const
    {
        auto q = runQuery(m_lib->database().connection(),
                          u"SELECT coalesce(song_id, '') FROM scanned_files WHERE path = ?"_s, { path });
        return q && q->next() ? q->value(0).toString() : QString();
    }
    QString statusOf(const QString &path) const
    {
        auto q = runQuery(
            m_lib->database().connection(),
            u"SELECT status || ': ' || coalesce(reason, '') FROM scanned_files WHERE path = ?"_s, { path });
        return q && q->next() ? q->value(0).toString() : QString();
    }
    QStringList titlesOf(const QString &dramaId) const
    {
        QStringList out;
        if (auto d = drama(dramaId))
            for (const Song &s : d->tracks)
                out << s.title;
        return out;
    }
    LibraryScanner::Summary scan()
    {
        auto s = LibraryScanner(m_lib->database()).scan({ m_music.path() });
        if (!s)
            qWarning("%s", qPrintable(s.error().message));
        return s.value_or(LibraryScanner::Summary {});
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto lib = Library::open(test::libraryOptions(m_data.path()));
        QVERIFY(lib);
        m_lib.emplace(std::move(*lib));
        const QList<Track> corpus {
            // A catalog drama absorbs its albums, in Hangul and in English.
            { m(u"ko/01.wav"_s), test::utf8(u"첫눈처럼 너에게 가겠다 (Inst.)"_s), test::utf8(u"에일리"_s),
              test::utf8(u"도깨비 OST Part.9"_s), 1, 2017, QByteArray() },
            { m(u"en/stay.wav"_s), test::utf8(u"Stay With Me"_s), test::utf8(u"Chanyeol, Punch"_s),
              test::utf8(u"Goblin (Original Television Soundtrack), Pt. 1"_s), 1, 2016, QByteArray() },
            // The album decides: Goblin's "I Miss You" is not Stairway to Heaven's.
            { m(u"en/miss.wav"_s), test::utf8(u"I Miss You"_s), test::utf8(u"Soyou"_s),
              test::utf8(u"Goblin OST Part.7"_s), 1, 2017, QByteArray() },
            // A drama of the reference list, named in Hangul and in English: one drama.
            { m(u"mister/ko.wav"_s), test::utf8(u"어른"_s), test::utf8(u"손디아"_s),
              test::utf8(u"나의 아저씨 OST Part.2"_s), 1, 2018, QByteArray() },
            { m(u"mister/en.wav"_s), test::utf8(u"Dear Moon"_s), test::utf8(u"SURAN"_s),
              test::utf8(u"My Mister OST Part 5"_s), 1, 2018, QByteArray() },
            // Broadcaster and slot prefix.
            { m(u"luna/05.wav"_s), test::utf8(u"Another Day"_s), test::utf8(u"Monday Kiz & Punch"_s),
              test::utf8(u"tvN 토일드라마 '호텔 델루나' OST Part 5"_s), 1, 2019, QByteArray() },
            // Seasons are different dramas.
            { m(u"stranger/s1.wav"_s), test::utf8(u"A Little Girl"_s), test::utf8(u"Oh Hyuk"_s),
              test::utf8(u"Stranger OST Part.1"_s), 1, 2017, QByteArray() },
            { m(u"stranger/s2.wav"_s), test::utf8(u"Where Are You"_s), test::utf8(u"Kim Yuna"_s),
              test::utf8(u"비밀의 숲 2 OST Part.1"_s), 1, 2020, QByteArray() },
            // A drama nobody lists: made from the album, with its embedded cover.
            { m(u"moon/01.wav"_s), test::utf8(u"Lantern"_s), test::utf8(u"Seo-yeon Kim feat. Min Park"_s),
              test::utf8(u"Moonlit Garden OST Part.1"_s), 1, 2024,
              png({ 300, 450 }, QColor(0x33, 0x66, 0x99)) },
            { m(u"moon/02.wav"_s), test::utf8(u"Lantern (Inst.)"_s), test::utf8(u"Seo-yeon Kim"_s),
              test::utf8(u"Moonlit Garden OST Part.1"_s), 2, 2024, QByteArray() },
            // A cover that claims 20000×20000: refused before decoding; the song still comes in.
            { m(u"huge/01.wav"_s), test::utf8(u"Huge"_s), test::utf8(u"Nobody"_s),
              test::utf8(u"Huge Cover Drama OST"_s), 1, 2023, pngClaiming(20000, 20000) },
            // CP949 tags from an old tagger.
            { m(u"cp949/01.wav"_s), test::cp949(u"우리의 노래"_s), test::cp949(u"백예린"_s),
              test::cp949(u"사랑의 불시착 OST Part.2"_s), 1, 2020, QByteArray() },
            // Not an OST: other music.
            { m(u"iu/palette.wav"_s), test::utf8(u"Palette"_s), test::utf8(u"IU feat. G-DRAGON"_s),
              test::utf8(u"Palette"_s), 1, 2017, QByteArray() },
            { m(u"iu/ending.wav"_s), test::utf8(u"Ending Scene"_s), test::utf8(u"IU"_s),
              test::utf8(u"Palette"_s), 2, 2017, QByteArray() },
            // A title with NUL bytes and binary in it.
            { m(u"bad/01.wav"_s),
              test::utf8(QString(u"Bro"_s) + QChar(0) + u"ken"_s + QChar(1) + u" Title"_s),
              test::utf8(u"Someone"_s), test::utf8(u"Stranger OST Part.3"_s), 1, 2017, QByteArray() },
        };
        for (const Track &t : corpus)
            write(t);
        // A megabyte-long title: cut, and said so.
        write({ m(u"bad/long.wav"_s), test::utf8(QString(1'000'000, u'가')), test::utf8(u"Someone"_s),
                test::utf8(u"Stranger OST Part.4"_s), 2, 2017, QByteArray() });
        // Not audio at all, under an audio name.
        QFile junk(m(u"bad/junk.mp3"_s));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(3000, '\0'));
    }

    void firstScanMakesTheLibrary()
    {
        const auto s = scan();
        qInfo("%s", qPrintable(s.text()));
        QCOMPARE(s.files, 17);
        QCOMPARE(s.errors, 1); // junk.mp3, with its reason
        QVERIFY2(statusOf(m(u"bad/long.wav"_s)).contains(u"1000000"_s),
                 qPrintable(statusOf(m(u"bad/long.wav"_s)).left(200)));
        QCOMPARE(s.linked, 2); // Stay With Me, Another Day: songs the catalog has
        QCOMPARE(s.other, 2);
        QCOMPARE(s.added, 12);
        QCOMPARE(s.review, 0);
        QCOMPARE(s.dramasMade, 5); // my-mister, stranger, stranger-2, Moonlit Garden, Huge Cover Drama
        QVERIFY(statusOf(m(u"bad/junk.mp3"_s)).startsWith(u"error: not an audio file"_s));

        // Goblin absorbed its albums: its two catalog songs plus the two new ones, with their parts.
        QCOMPARE(songOf(m(u"en/stay.wav"_s)), u"stay-with-me"_s);
        const QStringList goblin = titlesOf(u"goblin"_s);
        QVERIFY2(goblin.contains(u"I Miss You"_s) && goblin.contains(u"첫눈처럼 너에게 가겠다 (Inst.)"_s),
                 qPrintable(goblin.join(u", "_s)));
        QVERIFY(!titlesOf(u"stairway-to-heaven"_s).contains(u"Soyou"_s));
        QCOMPARE(titlesOf(u"stairway-to-heaven"_s).count(u"I Miss You"_s), 1);
        auto gd = drama(u"goblin"_s);
        QVERIFY(gd);
        for (int i = 0; i < gd->tracks.size(); ++i)
            if (gd->tracks[i].title == u"I Miss You"_s)
                QCOMPARE(gd->parts[i], 7);
        QCOMPARE(songOf(m(u"luna/05.wav"_s)), u"another-day"_s);

        // One drama for 나의 아저씨 and My Mister, with the reference list's facts.
        QCOMPARE(titlesOf(u"my-mister"_s).size(), 2);
        auto mister = drama(u"my-mister"_s);
        QVERIFY(mister);
        QCOMPARE(mister->drama.titleKo, u"나의 아저씨"_s);
        QCOMPARE(mister->drama.year, 2018);
        QCOMPARE(mister->drama.broadcaster, u"tvN"_s);
        QCOMPARE(mister->drama.origin, u"files"_s);

        // Seasons apart; the hostile title cleaned and its reason kept.
        QCOMPARE(titlesOf(u"stranger-2"_s), QStringList { u"Where Are You"_s });
        QVERIFY(titlesOf(u"stranger"_s).contains(u"A Little Girl"_s));
        // ID3v2.4 reads a NUL as a separator of two values (TagLib joins them with " / "); the
        // control character is left out and said so.
        QVERIFY2(titlesOf(u"stranger"_s).contains(u"Bro / ken Title"_s),
                 qPrintable(titlesOf(u"stranger"_s).join(u" | "_s)));
        QVERIFY(statusOf(m(u"bad/01.wav"_s)).contains(u"control characters"_s));

        // CP949 tags read as Korean, into the catalog drama.
        QVERIFY(titlesOf(u"crash-landing-on-you"_s).contains(u"우리의 노래"_s));

        // A new drama from its album: title, year from the tags, the embedded cover as poster;
        // artists split with their roles.
        const QString moon = u"files-moonlit-garden"_s;
        auto md = drama(moon);
        QVERIFY2(md, qPrintable(md ? QString() : md.error().message));
        QCOMPARE(md->drama.title, u"Moonlit Garden"_s);
        QCOMPARE(md->drama.year, 2024);
        QCOMPARE(md->tracks.size(), 2);
        const Song &lantern
            = md->tracks.first().title == u"Lantern"_s ? md->tracks.first() : md->tracks.last();
        QCOMPARE(lantern.credits.size(), 2);
        QCOMPARE(lantern.credits[1].role, u"featuring"_s);
        auto posters = PosterRepository(m_lib->database(), m_data.path()).customPosters();
        QVERIFY(posters);
        QVERIFY(posters->contains(moon));
        QCOMPARE(QImage(posters->value(moon)).size(), QSize(300, 450));
        QVERIFY(!posters->contains(u"files-huge-cover-drama"_s));
        QVERIFY2(statusOf(m(u"huge/01.wav"_s)).contains(u"20000×20000"_s),
                 qPrintable(statusOf(m(u"huge/01.wav"_s))));

        // Other music: by album, with the album's artist credits split.
        auto other = FilesRepository(m_lib->database()).otherTracks();
        QVERIFY(other);
        QCOMPARE(other->size(), 2);
        QCOMPARE(other->first().album, u"Palette"_s);
        // IU is the catalog's artist (Hangul and Latin names of one artist are one artist).
        QCOMPARE(other->first().song.credits.first().artistId, u"iu"_s);
    }

    void filesAreSearchable()
    {
        // Dramas, songs and artists from the files rank as the catalog's do: the drama's name is
        // the top result and lists its songs; the singer's name lists what they sang.
        auto docs = SearchDocumentReader(m_lib->database()).all();
        QVERIFY(docs);
        const SearchIndex index(*docs);
        auto idsOf = [&](const QString &query, EntityType type) {
            QStringList out;
            for (const auto &h : index.search(query, 50))
                if (h.type == type)
                    out << h.title;
            return out;
        };
        const auto moon = index.search(u"moonlit garden"_s, 8);
        QVERIFY(!moon.isEmpty());
        QCOMPARE(moon.first().id, u"files-moonlit-garden"_s);
        QVERIFY2(idsOf(u"moonlit garden"_s, EntityType::Song).contains(u"Lantern (Inst.)"_s),
                 qPrintable(idsOf(u"moonlit garden"_s, EntityType::Song).join(u", "_s)));
        const auto mister = index.search(u"나의 아저씨"_s, 8);
        QVERIFY(!mister.isEmpty());
        QCOMPARE(mister.first().id, u"my-mister"_s);
        const QStringList misterSongs = idsOf(u"나의 아저씨"_s, EntityType::Song);
        QVERIFY2(misterSongs.contains(u"Dear Moon"_s) && misterSongs.contains(u"어른"_s),
                 qPrintable(misterSongs.join(u", "_s)));
        QVERIFY(idsOf(u"손디아"_s, EntityType::Song).contains(u"어른"_s));
        QVERIFY(idsOf(u"ㄴㅇㅇㅈㅆ"_s, EntityType::Drama).contains(u"My Mister"_s));
    }

    void coversGoIntoBackups()
    {
        const QString backup = m_data.filePath(u"files.ostbackup"_s);
        auto manifest = BackupWriter(m_lib->database(), m_data.path()).write(backup);
        QVERIFY2(manifest, qPrintable(manifest ? QString() : manifest.error().message));
        const bool hasCover
            = std::any_of(manifest->files.cbegin(), manifest->files.cend(),
                          [](const BackupManifest::File &f) { return f.path.startsWith(u"covers/"_s); });
        QVERIFY(hasCover);
        auto staged = BackupRestorer(m_data.path()).stage(backup);
        QVERIFY2(staged, qPrintable(staged ? QString() : staged.error().message));
        QVERIFY(staged->warnings.isEmpty());
    }

    void unchangedRescanReadsNothing()
    {
        const auto s = scan();
        QCOMPARE(s.read, 0);
        QCOMPARE(s.unchanged, 17);
        QCOMPARE(s.dramasMade, 0);
    }

    void movedFileKeepsItsSongAndPlaylistPlace()
    {
        const QString song = songOf(m(u"mister/ko.wav"_s));
        QVERIFY(song.startsWith(u"files-"_s));
        PlaylistRepository playlists(m_lib->database());
        auto list = playlists.create(u"Road trip"_s);
        QVERIFY(list);
        QVERIFY(playlists.addSongs(*list, { song }));
        QVERIFY(
            FavoriteRepository(m_lib->database()).setFavorite(FavoriteRepository::Kind::Song, song, true));
        QDir().mkpath(m(u"renamed"_s));
        QVERIFY(QFile::rename(m(u"mister/ko.wav"_s), m(u"renamed/Sondia - Grown Ups.wav"_s)));
        const auto s = scan();
        QCOMPARE(s.moved, 1);
        QCOMPARE(s.missing, 0);
        QCOMPARE(songOf(m(u"renamed/Sondia - Grown Ups.wav"_s)), song);
        QCOMPARE(LocalFileRepository(m_lib->database()).paths()->value(song),
                 m(u"renamed/Sondia - Grown Ups.wav"_s));
        auto items = playlists.songIds(*list);
        QVERIFY(items);
        QCOMPARE(items->size(), 1);
        QCOMPARE(items->first(), song);
    }

    void deletedFileIsMissingNotDropped()
    {
        const QString song = songOf(m(u"stranger/s2.wav"_s));
        QVERIFY(QFile::remove(m(u"stranger/s2.wav"_s)));
        const auto s = scan();
        QCOMPARE(s.missing, 1);
        QVERIFY(statusOf(m(u"stranger/s2.wav"_s)).startsWith(u"missing"_s));
        QCOMPARE(titlesOf(u"stranger-2"_s), QStringList { u"Where Are You"_s }); // the song stays
        QVERIFY(LocalFileRepository(m_lib->database()).paths()->contains(song));
    }

    void mergeAndUndo()
    {
        LibraryEdits edits(m_lib->database());
        const QString from = u"files-huge-cover-drama"_s, into = u"files-moonlit-garden"_s;
        QVERIFY(
            FavoriteRepository(m_lib->database()).setFavorite(FavoriteRepository::Kind::Drama, from, true));
        const QStringList intoBefore = titlesOf(into);
        // Bad input: a clear message, nothing written.
        QVERIFY(!edits.mergeDramas(from, from));
        QVERIFY(!edits.mergeDramas(from, u"no-such-drama"_s));
        QCOMPARE(titlesOf(into), intoBefore);

        auto before = edits.mergeDramas(from, into);
        QVERIFY2(before, qPrintable(before ? QString() : before.error().message));
        QVERIFY(titlesOf(into).contains(u"Huge"_s));
        auto dramas = CatalogRepository(m_lib->database()).dramas();
        QVERIFY(
            std::none_of(dramas->cbegin(), dramas->cend(), [&from](const Drama &d) { return d.id == from; }));
        auto favs = FavoriteRepository(m_lib->database()).list(FavoriteRepository::Kind::Drama);
        QVERIFY(favs->contains(into) && !favs->contains(from));
        // New files of the merged drama's albums go where it went.
        write({ m(u"huge/02.wav"_s), test::utf8(u"Huge 2"_s), test::utf8(u"Nobody"_s),
                test::utf8(u"Huge Cover Drama OST Part.2"_s), 2, 2023, QByteArray() });
        QCOMPARE(scan().dramasMade, 0);
        QVERIFY(titlesOf(into).contains(u"Huge 2"_s));

        QVERIFY(edits.undo(*before));
        QCOMPARE(titlesOf(from), QStringList { u"Huge"_s });
        favs = FavoriteRepository(m_lib->database()).list(FavoriteRepository::Kind::Drama);
        QVERIFY(favs->contains(from) && !favs->contains(into));
        QVERIFY(!titlesOf(into).contains(u"Huge"_s));
    }

    void editsSurviveRescansAndCatalogUpdates()
    {
        LibraryEdits edits(m_lib->database());
        QVERIFY(!edits.editDrama(u"goblin"_s, DramaEdit { u""_s, {}, {}, {} })); // an empty title is refused
        QVERIFY(!edits.editDrama(u"goblin"_s, DramaEdit { {}, {}, 1800, {} }));
        QVERIFY(edits.editDrama(u"goblin"_s,
                                DramaEdit { u"Guardian: The Lonely and Great God"_s, {}, {}, u"tvn"_s }));
        QCOMPARE(drama(u"goblin"_s)->drama.title, u"Guardian: The Lonely and Great God"_s);
        QCOMPARE(drama(u"goblin"_s)->drama.broadcaster, u"tvN"_s);
        // A retagged file of Goblin is read again; the edit stays.
        write({ m(u"en/miss.wav"_s), test::utf8(u"I Miss You"_s), test::utf8(u"Soyou"_s),
                test::utf8(u"Goblin OST Part.7"_s), 1, 2016, QByteArray() });
        QCOMPARE(scan().read, 1);
        QCOMPARE(drama(u"goblin"_s)->drama.title, u"Guardian: The Lonely and Great God"_s);
        // A catalog update rewrites every catalog row; the edit is laid over it again.
        QVERIFY(runQuery(m_lib->database().connection(),
                         u"UPDATE meta SET value = 'older' WHERE key = 'catalog_version'"_s));
        auto updated
            = CatalogUpdater::updateIfNeeded(m_lib->database(), QStringLiteral(OSTSHELF_TEST_CATALOG),
                                             [] { return Result<QString>(QString()); });
        QVERIFY2(updated && *updated, qPrintable(updated ? QString() : updated.error().message));
        QCOMPARE(drama(u"goblin"_s)->drama.title, u"Guardian: The Lonely and Great God"_s);
        QVERIFY(titlesOf(u"goblin"_s).contains(u"I Miss You"_s)); // the files' songs stay too
    }

    void songMoveAndAlbumSet()
    {
        LibraryEdits edits(m_lib->database());
        const QString song = songOf(m(u"stranger/s1.wav"_s));
        QVERIFY(edits.moveSong(song, u"stranger-2"_s));
        QVERIFY(titlesOf(u"stranger-2"_s).contains(u"A Little Girl"_s));
        // The move outlives a retag of the file (the user placed it by hand).
        write({ m(u"stranger/s1.wav"_s), test::utf8(u"A Little Girl"_s), test::utf8(u"Oh Hyuk"_s),
                test::utf8(u"Stranger OST Part.1"_s), 2, 2017, QByteArray() });
        scan();
        QCOMPARE(songOf(m(u"stranger/s1.wav"_s)), song);
        QVERIFY(titlesOf(u"stranger-2"_s).contains(u"A Little Girl"_s));
        QVERIFY(!titlesOf(u"stranger"_s).contains(u"A Little Girl"_s));

        // "This album is not a drama": its songs go to other music, also after a rescan.
        QVERIFY(!edits.setAlbum(u"No Such Album"_s, {}));
        auto undo = edits.setAlbum(u"Moonlit Garden OST Part.1"_s, {});
        QVERIFY(undo);
        QVERIFY(titlesOf(u"files-moonlit-garden"_s).isEmpty()
                || !titlesOf(u"files-moonlit-garden"_s).contains(u"Lantern"_s));
        write({ m(u"moon/02.wav"_s), test::utf8(u"Lantern (Inst. Ver.)"_s), test::utf8(u"Seo-yeon Kim"_s),
                test::utf8(u"Moonlit Garden OST Part.1"_s), 2, 2024, QByteArray() });
        scan();
        auto other = FilesRepository(m_lib->database()).otherTracks();
        QStringList otherTitles;
        for (const auto &t : *other)
            otherTitles << t.song.title;
        QVERIFY2(otherTitles.contains(u"Lantern"_s) && otherTitles.contains(u"Lantern (Inst. Ver.)"_s),
                 qPrintable(otherTitles.join(u", "_s)));
        // Undone: back in the drama.
        QVERIFY(edits.undo(*undo));
        QVERIFY(titlesOf(u"files-moonlit-garden"_s).contains(u"Lantern"_s));
    }
};

OST_TEST_GUILESS_MAIN(TestFileLibrary)
#include "tst_filelibrary.moc"
