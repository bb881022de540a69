// DramaGridModel under QAbstractItemModelTester: posters loaded lazily, one row changed at a
// time, bounded memory, favorites as requests until saved.
#include "common/sampledramas.h"
#include "common/testmain.h"
#include "models/dramagridmodel.h"
#include "posters/posterloader.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ost;
using namespace ost::test;

class TestDramaGridModel : public QObject
{
    Q_OBJECT
    QTemporaryDir m_cache;

private Q_SLOTS:
    void gridModelLoadsPostersLazilyAndOnlyTouchesThatRow()
    {
        PosterLoader loader(m_cache.path());
        DramaGridModel model(&loader);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPosterSize(QSize(100, 150), 1.0);
        model.setDramas(sampleDramas(), { u"iris"_s }, {});
        QCOMPARE(model.rowCount(), 5);
        QVERIFY(model.index(1).data(DramaGridModel::FavoriteRole).toBool());

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const QModelIndex goblin = model.index(0);
        QVERIFY(!goblin.data(DramaGridModel::PosterLoadedRole).toBool());
        const QPixmap placeholder = goblin.data(Qt::DecorationRole).value<QPixmap>();
        QVERIFY(!placeholder.isNull()); // a placeholder at once, never a wait
        QTRY_VERIFY(goblin.data(DramaGridModel::PosterLoadedRole).toBool());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex(), goblin);
        QCOMPARE(changed.first().at(1).toModelIndex(), goblin);
        const QPixmap poster = goblin.data(Qt::DecorationRole).value<QPixmap>();
        QCOMPARE(poster.size(), QSize(100, 150));
        QVERIFY(poster.toImage() != placeholder.toImage());
        // The thumbnail landed in the disk cache.
        QVERIFY(!QDir(m_cache.path()).entryList({ u"goblin-100x150-*.png"_s }).isEmpty());
    }

    void gridMemoryStaysBounded()
    {
        PosterLoader loader(m_cache.path());
        DramaGridModel model(&loader);
        model.setPosterSize(QSize(100, 150), 1.0);
        model.setPosterCacheLimit(2 * 100 * 150 * 4 + 1024); // room for two posters
        model.setDramas(sampleDramas(), {}, {});
        for (int r = 0; r < model.rowCount(); ++r) {
            model.index(r).data(Qt::DecorationRole);
            QTRY_VERIFY(model.index(r).data(DramaGridModel::PosterLoadedRole).toBool());
        }
        int loaded = 0;
        for (int r = 0; r < model.rowCount(); ++r)
            loaded += model.index(r).data(DramaGridModel::PosterLoadedRole).toBool() ? 1 : 0;
        QVERIFY2(loaded <= 2, qPrintable(QString::number(loaded)));
    }

    void favoriteToggleIsARequestUntilSaved()
    {
        DramaGridModel model(nullptr);
        model.setDramas(sampleDramas(), {}, {});
        QSignalSpy requested(&model, &DramaGridModel::favoriteToggleRequested);
        QVERIFY(model.setData(model.index(0), true, DramaGridModel::FavoriteRole));
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().at(0).toString(), u"goblin"_s);
        QVERIFY(!model.index(0).data(DramaGridModel::FavoriteRole).toBool());
        model.setFavorite(u"goblin"_s, true);
        QVERIFY(model.index(0).data(DramaGridModel::FavoriteRole).toBool());
    }

    void posterReadsAsAScreenReaderShouldSayIt()
    {
        DramaGridModel model(nullptr);
        model.setDramas(sampleDramas(), {}, {});
        const QModelIndex goblin = model.index(0);
        QCOMPARE(goblin.data(Qt::AccessibleTextRole).toString(), u"Goblin, 도깨비, 2016, tvN"_s);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setFavorite(u"goblin"_s, true);
        QCOMPARE(goblin.data(Qt::AccessibleTextRole).toString(), u"Goblin, 도깨비, 2016, tvN, favorite"_s);
        QCOMPARE(changed.size(), 1); // and says the spoken text changed with it
        QVERIFY(changed.first().at(2).value<QList<int>>().contains(Qt::AccessibleTextRole));
    }
};

OST_TEST_MAIN(TestDramaGridModel)
#include "tst_dramagridmodel.moc"
