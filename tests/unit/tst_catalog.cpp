// The bundled catalog holds every drama and song of the seed articles, linked right.
// Expectations here are written from the articles, not read from resources/catalog.
#include "catalog/catalogsource.h"
#include "common/testmain.h"
#include "repositories/catalogrepository.h"
#include "search/textnormalizer.h"
#include "storage/database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ost;

class TestCatalog : public QObject
{
    Q_OBJECT

    std::optional<Database> m_db;
    QHash<QString, QString> m_artistByName; // folded name or alias -> id

    CatalogRepository repo() const { return CatalogRepository(*m_db); }

private Q_SLOTS:
    void initTestCase()
    {
        auto db = Database::open(QStringLiteral(OSTSHELF_TEST_CATALOG), Database::Mode::ReadOnly);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        m_db = *db;
        auto artists = repo().artists();
        QVERIFY(artists);
        for (const auto &a : *artists)
            for (const auto &n : QStringList { a.name, a.nameKo } + a.aliases)
                if (!n.isEmpty())
                    m_artistByName.insert(TextNormalizer::fold(n), a.id);
    }

    void everySeedDramaIsPresent_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("minSongs");
        const QList<std::pair<QString, int>> dramas = {
            { u"Hotel Del Luna"_s, 2 },
            { u"Guardian: The Lonely and Great God"_s, 2 },
            { u"Goblin"_s, 2 },
            { u"Descendants of the Sun"_s, 1 },
            { u"Moon Lovers: Scarlet Heart Ryeo"_s, 2 },
            { u"Our Beloved Summer"_s, 1 },
            { u"Crash Landing on You"_s, 1 },
            { u"Our Blues"_s, 1 },
            { u"Fight for My Way"_s, 1 },
            { u"Hwarang: The Poet Warrior Youth"_s, 1 },
            { u"Boys Over Flowers"_s, 2 },
            { u"Stairway To Heaven"_s, 1 },
            { u"IRIS"_s, 1 },
            { u"The Heirs"_s, 1 },
            { u"You Who Came From The Stars"_s, 1 },
            { u"Secret Garden"_s, 2 },
            { u"Nevertheless"_s, 3 },
            { u"Vincenzo"_s, 0 },
            { u"Hospital Playlist season 2"_s, 0 },
            { u"Hometown Cha Cha Cha"_s, 0 },
            { u"Itaewon Class"_s, 1 },
            { u"Young Lady and Gentleman"_s, 1 },
            { u"Korea Revolutionary Sisters"_s, 1 },
            { u"When the Camellia Blooms"_s, 1 },
            { u"The Beauty Inside"_s, 1 },
            { u"Secret Boutique"_s, 1 },
            { u"Touch Your Heart"_s, 1 },
            { u"도깨비"_s, 2 },
        };
        for (const auto &[name, n] : dramas)
            QTest::newRow(qPrintable(name)) << name << n;
    }
    void everySeedDramaIsPresent()
    {
        QFETCH(QString, name);
        QFETCH(int, minSongs);
        auto id = repo().resolveDrama(name);
        QVERIFY2(id, qPrintable(name));
        auto detail = repo().dramaDetail(*id);
        QVERIFY(detail);
        QVERIFY(detail->tracks.size() >= minSongs);
        if (minSongs == 0) {
            QVERIFY(detail->tracks.isEmpty());
            QVERIFY(!detail->drama.soundtrackComplete); // the UI says so honestly
        }
    }

    // What is not there says so, as a kind code can act on (the CLI, a page that shows "gone").
    void unknownNamesAreNotFound()
    {
        const auto drama = repo().resolveDrama(u"A Drama Nobody Made 9z"_s);
        QVERIFY(!drama);
        QCOMPARE(drama.error().kind, Error::Kind::NotFound);
        const auto song = repo().song(u"no-such-song-id"_s);
        QVERIFY(!song);
        QCOMPARE(song.error().kind, Error::Kind::NotFound);
        QVERIFY2(song.error().message.contains(u"no-such-song-id"_s), qPrintable(song.error().message));
    }

    void everySeedSongOnceWithDramaAndArtists_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("drama"); // empty: not an OST
        QTest::addColumn<QStringList>("artists");
        auto row = [](const QString &t, const QString &d, const QStringList &a) {
            QTest::newRow(qPrintable(t)) << t << d << a;
        };
        row(u"Another Day"_s, u"Hotel Del Luna"_s, { u"Punch"_s, u"Monday Kiz"_s });
        row(u"Stay with Me"_s, u"Goblin"_s, { u"Chanyeol"_s, u"Punch"_s });
        row(u"Every Time I See You"_s, u"Descendants of the Sun"_s, { u"Chen"_s, u"Punch"_s });
        row(u"Say Yes"_s, u"Moon Lovers: Scarlet Heart Ryeo"_s, { u"Loco"_s, u"Punch"_s });
        row(u"Christmas Tree"_s, u"Our Beloved Summer"_s, { u"V"_s });
        row(u"Here I Am Again"_s, u"Crash Landing on You"_s, { u"Baek Ye-rin"_s });
        row(u"Be with You"_s, u"Our Blues"_s, { u"Jimin"_s, u"Ha Sung-Woon"_s });
        row(u"Ambiguous"_s, u"Fight for My Way"_s,
            { u"Seo Eun-Kwang"_s, u"Lim Hyun-Sik"_s, u"Yook Sung-Jae"_s });
        row(u"For You"_s, u"Moon Lovers: Scarlet Heart Ryeo"_s, { u"Chen"_s, u"Baekhyun"_s, u"Xiumin"_s });
        row(u"It's Definitely You"_s, u"Hwarang: The Poet Warrior Youth"_s, { u"V"_s, u"Jin"_s });
        row(u"Paradise"_s, u"Boys Over Flowers"_s, { u"T-Max"_s });
        row(u"I Miss You"_s, u"Stairway To Heaven"_s, { u"Kim Bum Soo"_s });
        row(u"Don't Forget"_s, u"IRIS"_s, { u"Baek Ji Young"_s });
        row(u"Love Is The Moment"_s, u"The Heirs"_s, { u"Changmin"_s });
        row(u"My Destiny"_s, u"You Who Came From The Stars"_s, { u"Lyn"_s });
        row(u"That Man"_s, u"Secret Garden"_s, { u"Hyun Bin"_s });
        row(u"That Woman"_s, u"Secret Garden"_s, { u"Baek Ji Young"_s });
        row(u"Because I'm Stupid"_s, u"Boys Over Flowers"_s, { u"SS501"_s });
        row(u"Love Me Like That"_s, u"Nevertheless"_s, { u"Sam Kim"_s });
        row(u"Butterfly"_s, u"Nevertheless"_s, { u"J.UNA"_s });
        row(u"The Rose Song"_s, u"Nevertheless"_s, { u"RIO"_s });
        row(u"Sweet Night"_s, u"Itaewon Class"_s, { u"V"_s });
        row(u"Love Always Runs Away"_s, u"Young Lady and Gentleman"_s, { u"Lim Young Woong"_s });
        row(u"Ok"_s, u"Korea Revolutionary Sisters"_s, { u"Young Tak"_s });
        row(u"Like a Heroine in the Movie"_s, u"When the Camellia Blooms"_s, { u"Punch"_s });
        row(u"Falling in Love"_s, u"The Beauty Inside"_s, { u"Davichi"_s });
        row(u"I Will Go to You Like the First Snow"_s, u"Goblin"_s, { u"Ailee"_s });
        row(u"Masquerade"_s, u"Secret Boutique"_s, { u"Aalia"_s });
        row(u"LOVEDRUNK"_s, QString(), { u"Epik High"_s, u"Crush"_s });
        row(u"Good Night"_s, u"Touch Your Heart"_s, { u"Jeong Sewoon"_s });
        row(u"SOFA"_s, QString(), { u"Crush"_s });
        row(u"Remember me"_s, u"Hotel Del Luna"_s, { u"GUMMY"_s });
        row(u"Only then"_s, QString(), { u"Roy Kim"_s });
        row(u"It's unbearably painful"_s, QString(), { u"MC Mon"_s, u"Merou"_s });
    }
    void everySeedSongOnceWithDramaAndArtists()
    {
        QFETCH(QString, title);
        QFETCH(QString, drama);
        QFETCH(QStringList, artists);
        auto id = repo().resolveSong(title);
        QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
        auto song = repo().song(*id);
        QVERIFY(song);
        if (drama.isEmpty()) {
            QVERIFY2(song->dramas.isEmpty(), "a song that is not an OST has no drama");
        } else {
            auto dramaId = repo().resolveDrama(drama);
            QVERIFY(dramaId);
            QCOMPARE(song->dramas.size(), 1);
            QCOMPARE(song->dramas.first().dramaId, *dramaId);
        }
        QStringList credited;
        for (const auto &c : song->credits)
            credited << c.artistId;
        QCOMPARE(credited.size(), artists.size());
        for (const auto &name : artists) {
            const QString artistId = m_artistByName.value(TextNormalizer::fold(name));
            QVERIFY2(!artistId.isEmpty(), qPrintable(u"no artist called "_s + name));
            QVERIFY2(credited.contains(artistId), qPrintable(name + u" is not credited on "_s + title));
        }
    }

    void counts()
    {
        QCOMPARE(*repo().count(u"songs"_s), 34); // each seed song once: Christmas Tree is named twice
        QCOMPARE(*repo().count(u"dramas"_s), 26);
        QCOMPARE(*repo().count(u"collections"_s), 5);
    }

    void groupsHaveTheirMembers_data()
    {
        QTest::addColumn<QString>("group");
        QTest::addColumn<QStringList>("members");
        QTest::newRow("BTS") << u"BTS"_s << QStringList { u"V"_s, u"Jin"_s, u"Jimin"_s };
        QTest::newRow("EXO") << u"EXO"_s
                             << QStringList { u"Chen"_s, u"Baekhyun"_s, u"Xiumin"_s, u"Chanyeol"_s };
        QTest::newRow("EXO-CBX") << u"EXO-CBX"_s << QStringList { u"Chen"_s, u"Baekhyun"_s, u"Xiumin"_s };
        QTest::newRow("BTOB") << u"BTOB"_s
                              << QStringList { u"Seo Eun-kwang"_s, u"Lim Hyun-sik"_s, u"Yook Sung-jae"_s };
        QTest::newRow("2AM") << u"2AM"_s << QStringList { u"Changmin"_s };
    }
    void groupsHaveTheirMembers()
    {
        QFETCH(QString, group);
        QFETCH(QStringList, members);
        auto a = repo().artist(m_artistByName.value(TextNormalizer::fold(group)));
        QVERIFY(a);
        for (const auto &m : members)
            QVERIFY2(a->memberIds.contains(m_artistByName.value(TextNormalizer::fold(m))), qPrintable(m));
    }

    void awards()
    {
        auto destiny = repo().dramaDetail(*repo().resolveDrama(u"My Love from the Star"_s));
        QVERIFY(destiny);
        QVERIFY(!destiny->awards.isEmpty());
        QCOMPARE(destiny->awards.first().category, u"Best OST"_s);
        auto luna = repo().dramaDetail(*repo().resolveDrama(u"Hotel del Luna"_s));
        bool melon = false;
        for (const auto &a : luna->awards)
            melon |= a.ceremony.contains(u"Melon"_s) && a.year == 2019 && a.result == u"won"_s;
        QVERIFY(melon);
    }

    void collectionsKeepArticleOrder()
    {
        auto cols = repo().collections();
        QVERIFY(cols);
        QCOMPARE(cols->size(), 5);
        const Collection &first = cols->first();
        QStringList titles;
        for (const auto &i : first.items)
            titles << i.title;
        QCOMPARE(titles,
                 (QStringList { u"Another Day"_s, u"Stay with Me"_s, u"Everytime"_s, u"Say Yes"_s,
                                u"Christmas Tree"_s, u"Here I Am Again"_s, u"With You"_s, u"Ambiguous"_s,
                                u"For You"_s, u"It's Definitely You"_s }));
        for (const auto &c : *cols)
            for (const auto &i : c.items)
                QVERIFY2(!i.note.isEmpty(), qPrintable(c.id));
        // Song entries know their dramas, so "filter the grid by this collection" works.
        QCOMPARE(first.items.first().dramaIds, QStringList { *repo().resolveDrama(u"Hotel Del Luna"_s) });
        QVERIFY(first.items.at(4).dramaIds.contains(*repo().resolveDrama(u"Our Beloved Summer"_s)));
    }

    void sourceCheckRejectsBrokenCatalogs()
    {
        // The build-time check names each problem.
        QTemporaryDir dir;
        auto write = [&](const QString &name, const QByteArray &json) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(json);
        };
        write(u"artists.json"_s, R"([{"id":"a","name":"A"},{"id":"a","name":"A again"}])");
        write(u"dramas.json"_s, R"([{"id":"d","title":"D","year":"2016"}])");
        write(u"songs.json"_s,
              R"([{"id":"s1","title":"Song","artists":[{"artist":"a"}],"dramas":[{"drama":"nope"}]},
                                    {"id":"s2","title":"SONG!","artists":[{"artist":"a"}]}])");
        write(u"awards.json"_s, "[]");
        write(u"collections.json"_s, R"([{"id":"c","title":"C","items":[{"song":"missing"}]}])");
        auto r = CatalogSource::load(dir.path());
        QVERIFY(!r);
        const QString msg = r.error().message;
        QVERIFY2(msg.contains(u"duplicate id \"a\""_s), qPrintable(msg));
        QVERIFY2(msg.contains(u"\"year\" must be an integer"_s), qPrintable(msg));
        QVERIFY2(msg.contains(u"unknown drama \"nope\""_s), qPrintable(msg));
        QVERIFY2(msg.contains(u"are the same song"_s), qPrintable(msg));
        QVERIFY2(msg.contains(u"unknown song \"missing\""_s), qPrintable(msg));
    }
};

OST_TEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
