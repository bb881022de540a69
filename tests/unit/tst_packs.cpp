// Drama packs: export and import by stable id, round trip of the whole bundled catalog, and
// hostile or broken packs built here byte by byte — each refused with a message naming the
// problem, and the library left exactly as it was.
#include "catalog/catalogjson.h"
#include "catalog/catalogsnapshot.h"
#include "common/rawarchive.h"
#include "common/testdata.h"
#include "common/testlibrary.h"
#include "common/testmain.h"
#include "packs/packexporter.h"
#include "packs/packimporter.h"
#include "packs/packmanifest.h"
#include "packs/packreader.h"
#include "repositories/catalogrepository.h"
#include "repositories/packfilerepository.h"
#include "repositories/posterrepository.h"
#include "storage/migrations.h"
#include "storage/sqlquery.h"
#include "testpacks.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ost;
using namespace ost::test;

namespace {

QString demoDir()
{
    return QFileInfo(QStringLiteral(OSTSHELF_TEST_CATALOG)).absolutePath() + u"/demo"_s;
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
            QCOMPARE(test::sha(a.readAll()), test::sha(b.readAll()));
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
        for (const auto &c : hostilePacks())
            QTest::newRow(c.name.constData()) << c.pack << c.problem;
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

OST_TEST_GUILESS_MAIN(TestPacks)
#include "tst_packs.moc"
