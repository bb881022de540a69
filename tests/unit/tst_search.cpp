#include "catalog/librarygenerator.h"
#include "common/testmain.h"
#include "repositories/catalogrepository.h"
#include "search/searchdocumentreader.h"
#include "search/searchindex.h"
#include "storage/database.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ost;

class TestSearch : public QObject
{
    Q_OBJECT
    SearchIndex m_index;

    QStringList ids(const QString &query, EntityType type) const
    {
        QStringList out;
        for (const auto &h : m_index.search(query, 50))
            if (h.type == type)
                out << h.id;
        return out;
    }
    QString top(const QString &query) const
    {
        const auto hits = m_index.search(query, 50);
        return hits.isEmpty() ? QString() : hits.first().id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto db = Database::open(QStringLiteral(OSTSHELF_TEST_CATALOG), Database::Mode::ReadOnly);
        QVERIFY(db);
        auto docs = SearchDocumentReader(*db).all();
        QVERIFY(docs);
        m_index = SearchIndex(*docs);
    }

    void findsDrama_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("drama");
        QTest::newRow("english") << u"goblin"_s << u"goblin"_s;
        QTest::newRow("hangul") << u"도깨비"_s << u"goblin"_s;
        QTest::newRow("hangul nfd") << u"도깨비"_s.normalized(QString::NormalizationForm_D) << u"goblin"_s;
        QTest::newRow("one syllable") << u"깨"_s << u"goblin"_s;
        QTest::newRow("two syllables") << u"불시"_s << u"crash-landing-on-you"_s;
        QTest::newRow("initial consonants") << u"ㄷㄲㅂ"_s << u"goblin"_s;
        QTest::newRow("initials of a longer title") << u"ㅅㄹㅇㅂㅅㅊ"_s << u"crash-landing-on-you"_s;
        QTest::newRow("romanization") << u"dokkaebi"_s << u"goblin"_s;
        QTest::newRow("romanization with spaces") << u"Sarangui Bulsichak"_s << u"crash-landing-on-you"_s;
        QTest::newRow("alias") << u"Guardian: The Lonely and Great God"_s << u"goblin"_s;
        QTest::newRow("alias words") << u"lonely guardian"_s << u"goblin"_s;
        QTest::newRow("case and spacing") << u"CRASHLANDING"_s << u"crash-landing-on-you"_s;
        QTest::newRow("other alias") << u"You Who Came From The Stars"_s << u"my-love-from-the-star"_s;
    }
    void findsDrama()
    {
        QFETCH(QString, query);
        QFETCH(QString, drama);
        const QStringList dramas = ids(query, EntityType::Drama);
        QVERIFY2(!dramas.isEmpty(), qPrintable(query));
        QCOMPARE(dramas.first(), drama);
    }

    void groupFindsMembersSongs_data()
    {
        QTest::addColumn<QString>("group");
        QTest::addColumn<QStringList>("songs");
        QTest::newRow("BTS") << u"BTS"_s
                             << QStringList { u"christmas-tree"_s, u"its-definitely-you"_s, u"with-you"_s,
                                              u"sweet-night"_s };
        QTest::newRow("방탄소년단") << u"방탄소년단"_s
                                    << QStringList { u"christmas-tree"_s, u"its-definitely-you"_s };
        QTest::newRow("EXO") << u"exo"_s << QStringList { u"for-you"_s, u"stay-with-me"_s, u"everytime"_s };
        QTest::newRow("BTOB") << u"BTOB"_s << QStringList { u"ambiguous"_s };
        QTest::newRow("2AM") << u"2am"_s << QStringList { u"moment"_s };
    }
    void groupFindsMembersSongs()
    {
        QFETCH(QString, group);
        QFETCH(QStringList, songs);
        const QStringList found = ids(group, EntityType::Song);
        for (const auto &s : songs)
            QVERIFY2(found.contains(s), qPrintable(s + u" not found for "_s + group));
    }

    void artistRanksFirstForItsName()
    {
        QCOMPARE(top(u"Punch"_s), u"punch"_s);
        QVERIFY(ids(u"punch"_s, EntityType::Song).size() >= 5);
    }

    void topResultIsTheExactName_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("id");
        QTest::newRow("drama") << u"Goblin"_s << int(EntityType::Drama) << u"goblin"_s;
        QTest::newRow("drama in hangul")
            << u"사랑의 불시착"_s << int(EntityType::Drama) << u"crash-landing-on-you"_s;
        // An artist's exact name outranks the dramas and songs she sang for.
        QTest::newRow("artist") << u"punch"_s << int(EntityType::Artist) << u"punch"_s;
        QTest::newRow("artist in hangul") << u"에일리"_s << int(EntityType::Artist) << u"ailee"_s;
        QTest::newRow("group") << u"BTS"_s << int(EntityType::Artist) << u"bts"_s;
        QTest::newRow("song") << u"Stay With Me"_s << int(EntityType::Song) << u"stay-with-me"_s;
    }
    void topResultIsTheExactName()
    {
        QFETCH(QString, query);
        QFETCH(int, type);
        QFETCH(QString, id);
        const auto hits = m_index.search(query, 8);
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.first().id, id);
        QCOMPARE(int(hits.first().type), type);
    }

    void dramaNameListsItsSongs()
    {
        // Typing a drama's name lists its soundtrack under Songs, not only the drama.
        auto db = Database::open(QStringLiteral(OSTSHELF_TEST_CATALOG), Database::Mode::ReadOnly);
        QVERIFY(db);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(u"SELECT song_id FROM drama_songs WHERE drama_id = 'goblin'"_s));
        QStringList songs;
        while (q.next())
            songs << q.value(0).toString();
        QVERIFY(songs.size() >= 2);
        const QStringList found = ids(u"goblin"_s, EntityType::Song);
        for (const QString &song : std::as_const(songs))
            QVERIFY2(found.contains(song),
                     qPrintable(song + u" not listed for goblin: "_s + found.join(u", "_s)));
        QVERIFY(ids(u"도깨비"_s, EntityType::Song).contains(songs.first()));
    }

    void linksReachOneStep()
    {
        // A drama found because its singer matched does not pass the hit on to its other songs.
        const QList<SearchDocument> docs {
            { EntityType::Artist, u"rin"_s, u"Rin"_s, {}, { { u"Rin"_s, 100 } }, {} },
            { EntityType::Drama,
              u"d"_s,
              u"Harbour Lights"_s,
              {},
              { { u"Harbour Lights"_s, 100 } },
              { { EntityType::Artist, u"rin"_s, 30 } } },
            { EntityType::Song,
              u"hers"_s,
              u"Tide"_s,
              {},
              { { u"Tide"_s, 100 } },
              { { EntityType::Artist, u"rin"_s, 50 }, { EntityType::Drama, u"d"_s, 40 } } },
            { EntityType::Song,
              u"other"_s,
              u"Wake"_s,
              {},
              { { u"Wake"_s, 100 } },
              { { EntityType::Drama, u"d"_s, 40 } } },
        };
        const SearchIndex index(docs);
        QStringList found;
        for (const auto &h : index.search(u"rin"_s, 8))
            found << h.id;
        QCOMPARE(found, (QStringList { u"rin"_s, u"hers"_s, u"d"_s }));
        found.clear();
        for (const auto &h : index.search(u"harbour"_s, 8))
            found << h.id;
        QCOMPARE(found, (QStringList { u"d"_s, u"hers"_s, u"other"_s }));
    }

    void groupsOwnSongsComeBeforeItsMembers()
    {
        const QList<SearchDocument> docs {
            { EntityType::Artist, u"nova"_s, u"Nova"_s, u"Group"_s, { { u"Nova"_s, 100 } }, {} },
            { EntityType::Artist,
              u"rin"_s,
              u"Rin"_s,
              u"Artist"_s,
              { { u"Rin"_s, 100 }, { u"Nova"_s, 35 } },
              {} },
            { EntityType::Song,
              u"solo"_s,
              u"Solo Song"_s,
              u"Rin"_s,
              { { u"Solo Song"_s, 100 } },
              { { EntityType::Artist, u"rin"_s, 50 }, { EntityType::Artist, u"nova"_s, 35 } } },
            { EntityType::Song,
              u"own"_s,
              u"Group Song"_s,
              u"Nova"_s,
              { { u"Group Song"_s, 100 } },
              { { EntityType::Artist, u"nova"_s, 50 } } },
        };
        const SearchIndex index(docs);
        QStringList songs;
        for (const auto &h : index.search(u"nova"_s, 8))
            if (h.type == EntityType::Song)
                songs << h.id;
        QCOMPARE(songs, (QStringList { u"own"_s, u"solo"_s }));
        QCOMPARE(index.search(u"nova"_s, 8).first().id, u"nova"_s);
    }

    void songByHangulAndAlias()
    {
        QVERIFY(ids(u"첫눈처럼"_s, EntityType::Song).contains(u"i-will-go-to-you-like-the-first-snow"_s));
        QVERIFY(ids(u"Love Is the Moment"_s, EntityType::Song).contains(u"moment"_s));
    }

    void collectionsAreSearchable() { QVERIFY(!ids(u"evergreen"_s, EntityType::Collection).isEmpty()); }

    void noMatchAndEmptyQuery()
    {
        QVERIFY(m_index.search(u"zzzzqqq"_s).isEmpty());
        QVERIFY(m_index.search(u"   "_s).isEmpty());
        QVERIFY(m_index.search(u"!!"_s).isEmpty());
    }

    void limitPerTypeIsHonoured()
    {
        QList<SearchDocument> docs;
        for (int i = 0; i < 100; ++i)
            docs << SearchDocument { EntityType::Song,
                                     QString::number(i),
                                     u"Song %1"_s.arg(i),
                                     {},
                                     { { u"사랑 %1"_s.arg(i), 100 } },
                                     {} };
        const SearchIndex index(docs);
        QCOMPARE(index.search(u"사랑"_s, 7).size(), 7);
    }
};

OST_TEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
