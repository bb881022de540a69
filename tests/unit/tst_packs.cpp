// Drama packs: export and import by stable id, round trip of the whole bundled catalog, and
// hostile or broken packs built here byte by byte — each refused with a message naming the
// problem, and the library left exactly as it was.
#include "catalog/catalogjson.h"
#include "catalog/catalogsnapshot.h"
#include "common/rawarchive.h"
#include "common/testlibrary.h"
#include "packs/packexporter.h"
#include "packs/packimporter.h"
#include "packs/packmanifest.h"
#include "packs/packreader.h"
#include "repositories/catalogrepository.h"
#include "repositories/packfilerepository.h"
#include "repositories/posterrepository.h"
#include "storage/migrations.h"
#include "storage/sqlquery.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ost;
using ost::test::RawZip;

namespace {

QString demoDir()
{
    return QFileInfo(QStringLiteral(OSTSHELF_TEST_CATALOG)).absolutePath() + u"/demo"_s;
}

QByteArray sha(const QByteArray &d)
{
    return QCryptographicHash::hash(d, QCryptographicHash::Sha256).toHex();
}

// Everything the catalog says, in one comparable text: rows sorted by id.
QByteArray catalogText(const Database &db)
{
    auto data = CatalogSnapshot::read(db);
    if (!data)
        return "error: " + data.error().message.toUtf8();
    auto byId = [](auto &list) {
        std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
    };
    byId(data->artists);
    byId(data->dramas);
    byId(data->songs);
    byId(data->awards);
    // Positions compare as the order of each drama's soundtrack, not as raw numbers.
    QHash<QString, QList<QPair<int, QString>>> order;
    for (const auto &s : data->songs)
        for (const auto &a : s.dramas)
            order[a.dramaId] << qMakePair(a.position, s.id);
    for (auto &s : data->songs)
        for (auto &a : s.dramas) {
            auto list = order.value(a.dramaId);
            std::sort(list.begin(), list.end());
            a.position = int(list.indexOf(qMakePair(a.position, s.id)));
        }
    return QJsonDocument(CatalogJson::toJson(*data)).toJson(QJsonDocument::Compact);
}

// Every row of every table, for "nothing changed" checks.
QByteArray dump(const Database &db)
{
    QByteArray out;
    for (const auto &t : { u"dramas"_s, u"songs"_s, u"artists"_s, u"drama_songs"_s, u"song_artists"_s,
                           u"awards"_s, u"collections"_s, u"collection_items"_s, u"pack_files"_s,
                           u"drama_aliases"_s, u"song_aliases"_s }) {
        auto q = runQuery(db.connection(), u"SELECT * FROM "_s + t + u" ORDER BY 1, 2"_s);
        if (!q)
            return "error";
        while (q->next())
            for (int i = 0; i < q->record().count(); ++i)
                out += q->value(i).toString().toUtf8() + '|';
        out += '\n';
    }
    return out;
}

} // namespace

class TestPacks : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    int m_libraries = 0;

    QString fresh(const QString &name)
    {
        // A new folder each time: a connection to a deleted library must never be reused.
        const QString d = m_dir.filePath(name + QString::number(++m_libraries));
        QDir(d).removeRecursively();
        QDir().mkpath(d);
        return d;
    }

    // A library made from a catalog with no rows at all: what a pack must fill completely.
    std::optional<Library> emptyLibrary(const QString &name)
    {
        const QString catalog
            = m_dir.filePath(name + QString::number(++m_libraries) + u"-empty-catalog.sqlite"_s);
        QFile::remove(catalog);
        {
            auto db = Database::create(catalog);
            if (!db || !Migrations::apply(*db)
                || !db->exec(u"INSERT INTO meta(key, value) VALUES ('catalog_version', 'empty')"_s))
                return std::nullopt;
            Database::closeAll(catalog);
        }
        auto o = test::libraryOptions(fresh(name));
        o.bundledCatalog = catalog;
        auto lib = Library::open(o);
        if (!lib)
            return std::nullopt;
        return std::move(*lib);
    }

    // A small valid pack around one drama, as JSON, for the broken-pack cases to break.
    static QJsonObject manifestFor(const QJsonArray &files)
    {
        const QJsonObject drama { { u"id"_s, u"pack-drama"_s },
                                  { u"title"_s, u"Pack Drama"_s },
                                  { u"title_ko"_s, u"팩 드라마"_s },
                                  { u"aliases"_s, QJsonArray() },
                                  { u"synopsis"_s, u"Made by a test."_s } };
        const QJsonObject artist { { u"id"_s, u"pack-artist"_s },
                                   { u"name"_s, u"Pack Artist"_s },
                                   { u"kind"_s, u"solo"_s } };
        const QJsonObject song {
            { u"id"_s, u"pack-song"_s },
            { u"title"_s, u"Pack Song"_s },
            { u"artists"_s, QJsonArray { QJsonObject { { u"artist"_s, u"pack-artist"_s } } } },
            { u"dramas"_s, QJsonArray { QJsonObject { { u"drama"_s, u"pack-drama"_s }, { u"part"_s, 1 } } } }
        };
        return QJsonObject { { u"format"_s, u"ostshelf-pack"_s },
                             { u"version"_s, 1 },
                             { u"catalog"_s,
                               QJsonObject { { u"dramas"_s, QJsonArray { drama } },
                                             { u"artists"_s, QJsonArray { artist } },
                                             { u"songs"_s, QJsonArray { song } } } },
                             { u"files"_s, files } };
    }
    static QJsonObject fileEntry(const QString &path, const QString &kind, const QString &owner,
                                 const QByteArray &data)
    {
        return QJsonObject { { u"path"_s, path },
                             { u"kind"_s, kind },
                             { u"owner"_s, owner },
                             { u"size"_s, data.size() },
                             { u"sha256"_s, QString::fromLatin1(sha(data)) } };
    }
    static QByteArray wav()
    {
        QByteArray d("RIFF\x24\0\0\0WAVEfmt ", 16);
        d += QByteArray(64, '\x01');
        return d;
    }
    static QByteArray png(int w, int h)
    {
        QImage img(w, h, QImage::Format_RGB32);
        img.fill(Qt::darkCyan);
        QByteArray out;
        QBuffer b(&out);
        b.open(QIODevice::WriteOnly);
        img.save(&b, "PNG");
        return out;
    }
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString p = m_dir.filePath(name);
        QFile f(p);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(bytes);
        return p;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void roundTripOfTheWholeCatalog()
    {
        auto source = Library::open(test::libraryOptions(fresh(u"source"_s)));
        QVERIFY2(source, qPrintable(source ? QString() : source.error().message));
        CatalogSelection all;
        all.everything = true;
        const auto dramas = CatalogRepository(source->database()).dramas();
        const auto collections = CatalogRepository(source->database()).collections();
        QVERIFY(dramas && collections);
        for (const auto &d : *dramas)
            all.dramaIds << d.id;
        for (const auto &c : *collections)
            all.collectionIds << c.id;
        const QString pack = m_dir.filePath(u"catalog.ostpack"_s);
        auto manifest = PackExporter(source->database(), source->dataDir(), demoDir())
                            .exportTo(pack, all, u"Everything"_s);
        QVERIFY2(manifest, qPrintable(manifest ? QString() : manifest.error().message));
        QVERIFY(manifest->catalog.dramas.size() >= 20);
        QVERIFY(QFileInfo(demoDir()).isDir());
        QCOMPARE(manifest->files.size(), QDir(demoDir()).entryList({ u"*.wav"_s }).size());

        auto target = emptyLibrary(u"target"_s);
        QVERIFY(target);
        QCOMPARE(CatalogRepository(target->database()).count(u"dramas"_s).value_or(-1), 0);
        const PackImporter importer(target->database(), target->dataDir());
        auto dry = importer.importFile(pack, true);
        QVERIFY2(dry, qPrintable(dry ? QString() : dry.error().message));
        QCOMPARE(dry->dramas.added.size(), manifest->catalog.dramas.size());
        QCOMPARE(CatalogRepository(target->database()).count(u"dramas"_s).value_or(-1),
                 0); // a dry run writes nothing

        auto done = importer.importFile(pack, false);
        QVERIFY2(done, qPrintable(done ? QString() : done.error().message));
        QCOMPARE(done->songs.added.size(), manifest->catalog.songs.size());
        QCOMPARE(catalogText(target->database()), catalogText(source->database()));

        // Every preview arrived byte for byte and is what the target plays.
        auto previews
            = PackFileRepository(target->database(), target->dataDir()).paths(PackFile::Kind::Preview);
        QVERIFY(previews);
        QCOMPARE(previews->size(), manifest->files.size());
        for (auto it = previews->cbegin(); it != previews->cend(); ++it) {
            QFile a(it.value()), b(QDir(demoDir()).filePath(it.key() + u".wav"_s));
            QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
            QCOMPARE(sha(a.readAll()), sha(b.readAll()));
        }
        // No favorites, playlists or local paths travel.
        for (const auto *table : { "favorite_dramas", "favorite_songs", "playlists", "local_files" }) {
            auto q = runQuery(target->database().connection(),
                              u"SELECT count(*) FROM "_s + QLatin1StringView(table));
            QVERIFY(q && q->next());
            QCOMPARE(q->value(0).toInt(), 0);
        }

        // The same pack again changes nothing.
        const QByteArray before = dump(target->database());
        auto again = importer.importFile(pack, false);
        QVERIFY(again);
        QVERIFY(again->isEmpty());
        QCOMPARE(dump(target->database()), before);
    }

    void userDataNeverTravels()
    {
        auto lib = Library::open(test::libraryOptions(fresh(u"private"_s)));
        QVERIFY(lib);
        QVERIFY(runQuery(lib->database().connection(),
                         u"INSERT INTO favorite_dramas(drama_id) VALUES ('goblin')"_s));
        QVERIFY(runQuery(
            lib->database().connection(),
            u"INSERT INTO local_files(song_id, path) VALUES ('stay-with-me', '/home/me/secret.flac')"_s));
        const QString pack = m_dir.filePath(u"goblin.ostpack"_s);
        QVERIFY(PackExporter(lib->database(), lib->dataDir(), demoDir())
                    .exportTo(pack, { { u"goblin"_s }, {}, {} }, u"Goblin"_s));
        QFile f(pack);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(!bytes.contains("secret.flac"));
        QVERIFY(!bytes.contains("favorite"));
    }

    void updatesByStableId()
    {
        auto lib = emptyLibrary(u"update"_s);
        QVERIFY(lib);
        const QByteArray clip = wav();
        auto m = manifestFor({ fileEntry(u"previews/pack-song.wav"_s, u"preview"_s, u"pack-song"_s, clip) });
        const QString v1 = write(u"v1.ostpack"_s,
                                 RawZip()
                                     .add("manifest.json", QJsonDocument(m).toJson())
                                     .add("previews/pack-song.wav", clip)
                                     .bytes());
        const PackImporter importer(lib->database(), lib->dataDir());
        auto first = importer.importFile(v1, false);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
        QCOMPARE(first->dramas.added.size(), 1);

        // Version 2 renames the drama and brings a new clip: one update, one changed file.
        auto catalog = m.value(u"catalog"_s).toObject();
        auto dramas = catalog.value(u"dramas"_s).toArray();
        auto d = dramas[0].toObject();
        d.insert(u"title"_s, u"Pack Drama (Director's Cut)"_s);
        dramas[0] = d;
        catalog.insert(u"dramas"_s, dramas);
        m.insert(u"catalog"_s, catalog);
        const QByteArray clip2 = wav() + "more";
        m.insert(u"files"_s,
                 QJsonArray { fileEntry(u"previews/pack-song.wav"_s, u"preview"_s, u"pack-song"_s, clip2) });
        const QString v2 = write(u"v2.ostpack"_s,
                                 RawZip()
                                     .add("manifest.json", QJsonDocument(m).toJson())
                                     .add("previews/pack-song.wav", clip2)
                                     .bytes());
        auto second = importer.importFile(v2, false);
        QVERIFY(second);
        QCOMPARE(second->dramas.updated.size(), 1);
        QCOMPARE(second->dramas.added.size(), 0);
        QCOMPARE(second->songs.unchanged, 1);
        QCOMPARE(second->filesChanged, 1);
        auto detail = CatalogRepository(lib->database()).dramaDetail(u"pack-drama"_s);
        QVERIFY(detail);
        QCOMPARE(detail->drama.title, u"Pack Drama (Director's Cut)"_s);
        // The replaced clip is gone from disk; the new one is there.
        QCOMPARE(QDir(PackFileRepository::folder(lib->dataDir())).entryList({ u"*.wav"_s }).size(), 1);
    }

    void badPosterIsLeftOutWithAWarning_data()
    {
        QTest::addColumn<QByteArray>("poster");
        QTest::addColumn<QString>("why");
        QTest::newRow("not an image")
            << QByteArray("<html>not a poster</html>") << u"not a PNG, JPEG, GIF, BMP or WebP image"_s;
        // A real PNG whose header claims 100000×100000 pixels.
        QByteArray huge = png(4, 4);
        QByteArray ihdr = huge.mid(12, 17);
        qToBigEndian<quint32>(100000, ihdr.data() + 4);
        qToBigEndian<quint32>(100000, ihdr.data() + 8);
        huge.replace(12, 17, ihdr);
        qToBigEndian<quint32>(RawZip::crc(ihdr), huge.data() + 29);
        QTest::newRow("huge dimensions") << huge << u"100000×100000"_s;
    }
    void badPosterIsLeftOutWithAWarning()
    {
        QFETCH(QByteArray, poster);
        QFETCH(QString, why);
        auto lib = emptyLibrary(u"poster"_s);
        QVERIFY(lib);
        const auto m
            = manifestFor({ fileEntry(u"posters/pack-drama.png"_s, u"poster"_s, u"pack-drama"_s, poster) });
        const QString p = write(u"poster.ostpack"_s,
                                RawZip()
                                    .add("manifest.json", QJsonDocument(m).toJson())
                                    .add("posters/pack-drama.png", poster)
                                    .bytes());
        auto r = PackImporter(lib->database(), lib->dataDir()).importFile(p, false);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(r->warnings.size(), 1);
        QVERIFY2(r->warnings.first().contains(why), qPrintable(r->warnings.first()));
        QCOMPARE(r->dramas.added.size(), 1);
        auto posters = PosterRepository(lib->database(), lib->dataDir()).customPosters();
        QVERIFY(posters && posters->isEmpty()); // the generated poster shows
    }

    void goodPosterShows()
    {
        auto lib = emptyLibrary(u"goodposter"_s);
        QVERIFY(lib);
        const QByteArray poster = png(60, 90);
        const auto m
            = manifestFor({ fileEntry(u"posters/pack-drama.png"_s, u"poster"_s, u"pack-drama"_s, poster) });
        const QString p = write(u"goodposter.ostpack"_s,
                                RawZip()
                                    .add("manifest.json", QJsonDocument(m).toJson())
                                    .add("posters/pack-drama.png", poster)
                                    .bytes());
        QVERIFY(PackImporter(lib->database(), lib->dataDir()).importFile(p, false));
        auto posters = PosterRepository(lib->database(), lib->dataDir()).customPosters();
        QVERIFY(posters && posters->contains(u"pack-drama"_s));
        QCOMPARE(QImage(posters->value(u"pack-drama"_s)).size(), QSize(60, 90));
    }

    void hostilePacksAreRefused_data()
    {
        QTest::addColumn<QByteArray>("pack");
        QTest::addColumn<QString>("problem");
        const QByteArray clip = wav();
        const auto okManifest
            = QJsonDocument(
                  manifestFor({ fileEntry(u"previews/pack-song.wav"_s, u"preview"_s, u"pack-song"_s, clip) }))
                  .toJson();
        auto base
            = [&] { return RawZip().add("manifest.json", okManifest).add("previews/pack-song.wav", clip); };

        QTest::newRow("dot-dot") << base().add("../evil.wav", clip).bytes() << u"\"..\""_s;
        QTest::newRow("nested dot-dot") << base().add("previews/../../evil.wav", clip).bytes() << u"\"..\""_s;
        QTest::newRow("absolute") << base().add("/tmp/evil.wav", clip).bytes() << u"absolute"_s;
        QTest::newRow("drive letter") << base().add("C:evil.wav", clip).bytes() << u"drive letter"_s;
        QTest::newRow("windows path") << base().add("C:\\evil.wav", clip).bytes() << u"C:\\evil.wav"_s;
        QTest::newRow("backslash") << base().add("previews\\evil.wav", clip).bytes() << u"backslash"_s;
        RawZip::Entry link {
            "previews/link.wav", "/etc/passwd", RawZip::crc("/etc/passwd"), 11, false, 0120777
        };
        QTest::newRow("symlink") << base().add(link).bytes() << u"link"_s;
        RawZip::Entry device { "previews/dev.wav", "", RawZip::crc(""), 0, false, 0020644 };
        QTest::newRow("device") << base().add(device).bytes() << u"device"_s;
        QTest::newRow("case collision") << base().add("previews/PACK-SONG.wav", clip).bytes() << u"case"_s;
        QTest::newRow("nfc/nfd collision")
            << base().add("previews/caf\xc3\xa9.wav", clip).add("previews/cafe\xcc\x81.wav", clip).bytes()
            << u"normalization"_s;
        RawZip many = base();
        for (int i = 0; i < PackReader::limits().maxEntries; ++i)
            many.add("previews/x" + QByteArray::number(i) + ".wav", QByteArray());
        QTest::newRow("too many entries") << many.bytes() << u"more than"_s;
        RawZip::Entry big { "previews/big.wav",
                            clip,
                            RawZip::crc(clip),
                            quint32(PackReader::limits().maxEntrySize + 1),
                            false,
                            0100644 };
        QTest::newRow("entry over the cap") << base().add(big).bytes() << u"over the limit"_s;
        RawZip total = base();
        for (int i = 0; i < 70; ++i)
            total.add({ "previews/t" + QByteArray::number(i) + ".wav", clip, RawZip::crc(clip),
                        quint32(60) << 20, false, 0100644 });
        // (each entry also inflates far too much; the total is named first)
        QTest::newRow("total over the cap") << total.bytes() << u"add up"_s;
        QTest::newRow("zip bomb") << base().add("previews/bomb.wav", QByteArray(20 << 20, '\0'), true).bytes()
                                  << u"ratio"_s;
        QByteArray longer(100000, Qt::Uninitialized);
        quint32 seed = 7;
        for (char &c : longer) // incompressible, so only the size lies
            c = char((seed = seed * 1103515245u + 12345u) >> 24);
        const auto liarManifest
            = QJsonDocument(manifestFor({ fileEntry(u"previews/pack-song.wav"_s, u"preview"_s, u"pack-song"_s,
                                                    longer.left(70000)) }))
                  .toJson();
        RawZip liar = RawZip().add("manifest.json", liarManifest);
        liar.add(
            { "previews/pack-song.wav", RawZip::deflate(longer), RawZip::crc(longer), 70000, true, 0100644 });
        QTest::newRow("size lies") << liar.bytes() << u"more data than"_s;
        RawZip badCrc = base();
        badCrc.entries[1].data[20] = 'X';
        QTest::newRow("bad crc") << badCrc.bytes() << u"CRC"_s;
        RawZip corrupt = RawZip().add("manifest.json", okManifest);
        RawZip::Entry garbage { "previews/pack-song.wav",
                                QByteArray(200, '\xff'),
                                RawZip::crc(clip),
                                quint32(clip.size()),
                                true,
                                0100644 };
        QTest::newRow("corrupt deflate stream") << corrupt.add(garbage).bytes() << u"damaged"_s;
        const QByteArray whole = base().bytes();
        QTest::newRow("truncated") << whole.left(whole.size() / 2) << u"not a readable archive"_s;
        QTest::newRow("no manifest") << RawZip().add("previews/pack-song.wav", clip).bytes()
                                     << u"manifest.json"_s;
        QTest::newRow("malformed manifest")
            << RawZip().add("manifest.json", "{\"format\": \"ostshelf-pack\", ").bytes()
            << u"malformed JSON"_s;
        QTest::newRow("manifest not an object")
            << RawZip().add("manifest.json", "[1, 2]").bytes() << u"must be an object"_s;
        QTest::newRow("deeply nested manifest")
            << RawZip().add("manifest.json", QByteArray(5000, '[') + QByteArray(5000, ']')).bytes()
            << u"nests deeper"_s;
        auto wrong = manifestFor({});
        auto catalog = wrong.value(u"catalog"_s).toObject();
        auto dramas = catalog.value(u"dramas"_s).toArray();
        auto d = dramas[0].toObject();
        d.insert(u"year"_s, u"2016"_s);
        dramas[0] = d;
        catalog.insert(u"dramas"_s, dramas);
        wrong.insert(u"catalog"_s, catalog);
        QTest::newRow("wrong type in manifest")
            << RawZip().add("manifest.json", QJsonDocument(wrong).toJson()).bytes()
            << u"\"year\" must be an integer"_s;
        auto dangling = manifestFor({});
        auto c2 = dangling.value(u"catalog"_s).toObject();
        c2.insert(u"artists"_s, QJsonArray());
        dangling.insert(u"catalog"_s, c2);
        QTest::newRow("dangling reference")
            << RawZip().add("manifest.json", QJsonDocument(dangling).toJson()).bytes() << u"unknown artist"_s;
        QTest::newRow("files not an array")
            << RawZip()
                   .add("manifest.json",
                        QJsonDocument(QJsonObject { { u"format"_s, u"ostshelf-pack"_s },
                                                    { u"version"_s, 1 },
                                                    { u"catalog"_s, QJsonObject() },
                                                    { u"files"_s, u"all of them"_s } })
                            .toJson())
                   .bytes()
            << u"\"files\" must be an array"_s;
        QTest::newRow("newer format")
            << RawZip().add("manifest.json", "{\"format\": \"ostshelf-pack\", \"version\": 99}").bytes()
            << u"newer version"_s;
        auto sizeLie = manifestFor(
            { fileEntry(u"previews/pack-song.wav"_s, u"preview"_s, u"pack-song"_s, clip + "x") });
        QTest::newRow("size differs from manifest")
            << RawZip()
                   .add("manifest.json", QJsonDocument(sizeLie).toJson())
                   .add("previews/pack-song.wav", clip)
                   .bytes()
            << u"manifest says"_s;
        for (const double badSize :
             { 6.67e37, -1.0, 17.5, 1e300 }) { // beyond qint64 once tripped UBSan in the fuzzer
            auto e = fileEntry(u"previews/pack-song.wav"_s, u"preview"_s, u"pack-song"_s, clip);
            e.insert(u"size"_s, badSize);
            QTest::newRow(qPrintable(u"size %1"_s.arg(badSize)))
                << RawZip()
                       .add("manifest.json", QJsonDocument(manifestFor({ e })).toJson())
                       .add("previews/pack-song.wav", clip)
                       .bytes()
                << u"\"size\" must be a whole number"_s;
        }
        auto hashLie = manifestFor({ fileEntry(u"previews/pack-song.wav"_s, u"preview"_s, u"pack-song"_s,
                                               wav().replace(40, 1, "Z")) });
        QTest::newRow("hash differs from manifest")
            << RawZip()
                   .add("manifest.json", QJsonDocument(hashLie).toJson())
                   .add("previews/pack-song.wav", clip)
                   .bytes()
            << u"SHA-256"_s;
        QTest::newRow("unlisted entry")
            << base().add("previews/extra.wav", clip).bytes() << u"not in its manifest"_s;
        QTest::newRow("listed but missing")
            << RawZip().add("manifest.json", okManifest).bytes() << u"not in the pack"_s;
        const QByteArray text = "just some text, no audio at all";
        auto notAudio
            = manifestFor({ fileEntry(u"previews/pack-song.wav"_s, u"preview"_s, u"pack-song"_s, text) });
        QTest::newRow("preview not audio") << RawZip()
                                                  .add("manifest.json", QJsonDocument(notAudio).toJson())
                                                  .add("previews/pack-song.wav", text)
                                                  .bytes()
                                           << u"not an audio file"_s;
        auto badPath
            = manifestFor({ fileEntry(u"previews/../pack-song.wav"_s, u"preview"_s, u"pack-song"_s, clip) });
        QTest::newRow("manifest path escapes")
            << RawZip().add("manifest.json", QJsonDocument(badPath).toJson()).bytes()
            << u"must be previews/"_s;
    }
    void hostilePacksAreRefused()
    {
        QFETCH(QByteArray, pack);
        QFETCH(QString, problem);
        auto lib = Library::open(test::libraryOptions(fresh(u"hostile"_s)));
        QVERIFY(lib);
        const QByteArray before = dump(lib->database());
        const QString path = write(u"hostile.ostpack"_s, pack);
        auto r = PackImporter(lib->database(), lib->dataDir()).importFile(path, false);
        QVERIFY2(!r, "a hostile pack was imported");
        QVERIFY2(r.error().message.contains(problem), qPrintable(r.error().message));
        QCOMPARE(dump(lib->database()), before);
        // Nothing left behind: no files in the library's pack folder, no staging folders.
        const QDir files(PackFileRepository::folder(lib->dataDir()));
        QCOMPARE(files.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"evil.wav"_s)));
        QVERIFY(!QFileInfo::exists(u"/tmp/evil.wav"_s));
    }
};

QTEST_GUILESS_MAIN(TestPacks)
#include "tst_packs.moc"
