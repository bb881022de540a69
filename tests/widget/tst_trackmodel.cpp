// TrackModel under QAbstractItemModelTester: parts, artist lines, favorites as requests.
#include "common/testmain.h"
#include "models/trackmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace ost;

class TestTrackModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void trackModel()
    {
        TrackModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Song a;
        a.id = u"stay-with-me"_s;
        a.title = u"Stay with Me"_s;
        a.credits = { { u"chanyeol"_s, u"Chanyeol"_s, u"main"_s }, { u"punch"_s, u"Punch"_s, u"main"_s } };
        a.dramas = { { u"goblin"_s, u"Goblin"_s, 1 } };
        Song b;
        b.id = u"lovedrunk"_s;
        b.title = u"LOVEDRUNK"_s;
        b.credits
            = { { u"epik-high"_s, u"Epik High"_s, u"main"_s }, { u"crush"_s, u"Crush"_s, u"featuring"_s } };
        model.setTracks({ a, b }, { 1, 0 }, { u"lovedrunk"_s });
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, TrackModel::PartColumn).data().toString(), u"Part 1"_s);
        QCOMPARE(model.index(1, TrackModel::ArtistColumn).data().toString(), u"Epik High feat. Crush"_s);
        QCOMPARE(model.index(1, TrackModel::DramaColumn).data().toString(), u"not from a drama"_s);
        QVERIFY(model.index(1, 0).data(TrackModel::FavoriteRole).toBool());
        QSignalSpy spy(&model, &TrackModel::favoriteToggleRequested);
        model.setData(model.index(0, TrackModel::FavoriteColumn), true, TrackModel::FavoriteRole);
        QCOMPARE(spy.size(), 1);
        model.setFavorite(u"stay-with-me"_s, true);
        QVERIFY(model.index(0, 0).data(TrackModel::FavoriteRole).toBool());

        // Play counts from the history: in the tooltip and a role, cleared when no longer listed.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const QDateTime last(QDate(2026, 11, 30), QTime(21, 0), QTimeZone::UTC);
        model.setPlayCounts({ { u"stay-with-me"_s, SongPlayCounts { 3, 1, 2, last } },
                              { u"elsewhere"_s, SongPlayCounts { 9, 0, 0, last } } });
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(0, 0).data(TrackModel::PlayCountRole).toInt(), 3);
        QCOMPARE(model.index(1, 0).data(TrackModel::PlayCountRole).toInt(), 0);
        const QString tip = model.index(0, TrackModel::TitleColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"Played 3 time"_s) && tip.contains(u"skipped 1 time"_s)
                     && tip.contains(u"2 preview"_s),
                 qPrintable(tip));
        QVERIFY(!model.index(1, 0).data(Qt::ToolTipRole).toString().contains(u"Played"_s));
        model.setPlayCounts({ { u"stay-with-me"_s, SongPlayCounts { 3, 1, 2, last } } });
        QCOMPARE(changed.size(), 1); // nothing of this list changed
        model.setPlayCounts({});
        QCOMPARE(changed.size(), 2);
        QCOMPARE(model.index(0, 0).data(TrackModel::PlayCountRole).toInt(), 0);
    }
};

OST_TEST_MAIN(TestTrackModel)
#include "tst_trackmodel.moc"
