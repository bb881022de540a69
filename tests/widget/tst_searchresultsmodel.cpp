// SearchResultsModel under QAbstractItemModelTester: results grouped under headers, a top
// result, songs dragged as song ids.
#include "common/testmain.h"
#include "models/searchresultsmodel.h"
#include "models/songmime.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ost;

class TestSearchResultsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void searchResultsAreGrouped()
    {
        SearchResultsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Best first, as the index ranks them: the artist is the top result.
        model.setResults(u"punch"_s,
                         { { EntityType::Artist, u"punch"_s, u"Punch"_s, u"Artist"_s, 200 },
                           { EntityType::Song, u"another-day"_s, u"Another Day"_s, {}, 150 },
                           { EntityType::Song, u"say-yes"_s, u"Say Yes"_s, {}, 140 },
                           { EntityType::Artist, u"punch-2"_s, u"Punch Two"_s, {}, 90 },
                           { EntityType::Drama, u"goblin"_s, u"Goblin"_s, u"도깨비 · 2016"_s, 60 } });
        // Top result + Punch, Dramas + Goblin, Songs + two, Artists + one: four headers, five hits.
        QCOMPARE(model.rowCount(), 9);
        QVERIFY(model.index(0).data(SearchResultsModel::IsHeaderRole).toBool());
        QCOMPARE(model.index(0).data().toString(), u"Top result"_s);
        QCOMPARE(model.index(1).data(SearchResultsModel::IdRole).toString(), u"punch"_s);
        QVERIFY(model.index(1).data(SearchResultsModel::IsTopResultRole).toBool());
        QCOMPARE(model.index(1).data(SearchResultsModel::SubtitleRole).toString(), u"Artist"_s);
        QCOMPARE(model.index(2).data().toString(), u"Dramas"_s);
        QCOMPARE(model.index(3).data(SearchResultsModel::IdRole).toString(), u"goblin"_s);
        QCOMPARE(model.index(3).data(SearchResultsModel::SubtitleRole).toString(), u"도깨비 · 2016"_s);
        QCOMPARE(model.index(4).data().toString(), u"Songs"_s);
        QCOMPARE(model.index(7).data().toString(), u"Artists"_s);
        QCOMPARE(model.index(8).data(SearchResultsModel::IdRole).toString(),
                 u"punch-2"_s); // the top one not twice
        QVERIFY(!model.index(8).data(SearchResultsModel::IsTopResultRole).toBool());
        QCOMPARE(model.firstHitRow(), 1);
        QCOMPARE(model.hitCount(), 5);
        QVERIFY(!(model.flags(model.index(0)) & Qt::ItemIsSelectable));

        // Song hits drag as songs (onto the queue or a playlist); headers and other hits do not.
        QCOMPARE(model.index(5).data(SearchResultsModel::IdRole).toString(), u"another-day"_s);
        QVERIFY(model.flags(model.index(5)) & Qt::ItemIsDragEnabled);
        QVERIFY(model.flags(model.index(6)) & Qt::ItemIsDragEnabled);
        for (const int r : { 0, 1, 2, 3, 4, 7, 8 })
            QVERIFY2(!(model.flags(model.index(r)) & Qt::ItemIsDragEnabled), qPrintable(QString::number(r)));
        std::unique_ptr<QMimeData> songs(model.mimeData({ model.index(6), model.index(3), model.index(5) }));
        QVERIFY(songs);
        QCOMPARE(SongMime::songIds(songs.get()), (QStringList { u"another-day"_s, u"say-yes"_s }));
        QVERIFY(model.mimeTypes().contains(QString::fromLatin1(SongMime::kSongIds)));
        QVERIFY(!std::unique_ptr<QMimeData>(
            model.mimeData({ model.index(3) }))); // a drama alone: nothing to drag

        // A song as the top result says so.
        model.setResults(
            u"another"_s,
            { { EntityType::Song, u"another-day"_s, u"Another Day"_s, u"Punch · Hotel del Luna"_s, 150 } });
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1).data(SearchResultsModel::SubtitleRole).toString(),
                 u"Song · Punch · Hotel del Luna"_s);

        model.setResults(u"x"_s, {});
        QCOMPARE(model.rowCount(), 0);
    }
};

OST_TEST_MAIN(TestSearchResultsModel)
#include "tst_searchresultsmodel.moc"
