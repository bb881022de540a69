// DramaFilterProxy under QAbstractItemModelTester: sort orders (가나다 among them) and filters
// that combine, one by one and all at once.
#include "common/sampledramas.h"
#include "common/testmain.h"
#include "models/dramafilterproxy.h"
#include "models/dramagridmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ost;
using namespace ost::test;

class TestDramaFilterProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void proxySortsAndCombinesFilters()
    {
        DramaGridModel model(nullptr);
        DramaFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDramas(sampleDramas(), { u"goblin"_s, u"summer"_s }, {});

        proxy.setSortKey(DramaFilterProxy::SortKey::Title);
        QCOMPARE(column(proxy, DramaGridModel::IdRole),
                 (QStringList { u"nokorean"_s, u"goblin"_s, u"iris"_s, u"summer"_s, u"heirs"_s }));
        proxy.setSortKey(
            DramaFilterProxy::SortKey::KoreanTitle); // 가나다 order: 그, 도, 상, 아; no Hangul last
        QCOMPARE(column(proxy, DramaGridModel::IdRole),
                 (QStringList { u"summer"_s, u"goblin"_s, u"heirs"_s, u"iris"_s, u"nokorean"_s }));
        proxy.setSortKey(DramaFilterProxy::SortKey::Year);
        QCOMPARE(proxy.index(0, 0).data(DramaGridModel::IdRole).toString(), u"summer"_s);
        proxy.setSortKey(DramaFilterProxy::SortKey::RecentlyAdded);
        QCOMPARE(proxy.index(0, 0).data(DramaGridModel::IdRole).toString(), u"summer"_s);
        QCOMPARE(proxy.index(1, 0).data(DramaGridModel::IdRole).toString(), u"nokorean"_s);

        proxy.setYearRange(2010, 2020);
        QCOMPARE(proxy.rowCount(), 3); // goblin, heirs, nokorean
        proxy.setBroadcaster(u"tvN"_s);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setFavoritesOnly(true);
        QCOMPARE(column(proxy, DramaGridModel::IdRole), QStringList { u"goblin"_s });
        proxy.setAllowedIds({ u"iris"_s }, true);
        QCOMPARE(proxy.rowCount(), 0);
        proxy.clearFilters();
        QCOMPARE(proxy.rowCount(), 5);
        // A favorite saved while filtering by favorites appears.
        proxy.setFavoritesOnly(true);
        QCOMPARE(proxy.rowCount(), 2);
        model.setFavorite(u"iris"_s, true);
        QCOMPARE(proxy.rowCount(), 3);
    }

    // All the filter bar's filters at once: the same rows as one by one, in one pass.
    void proxySetsEveryFilterInOnePass()
    {
        class CountingProxy : public DramaFilterProxy
        {
        public:
            mutable int calls = 0;

        protected:
            bool filterAcceptsRow(int row, const QModelIndex &parent) const override
            {
                ++calls;
                return DramaFilterProxy::filterAcceptsRow(row, parent);
            }
        };
        DramaGridModel model(nullptr);
        CountingProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDramas(sampleDramas(), { u"goblin"_s, u"summer"_s }, {});
        proxy.calls = 0;
        DramaFilterProxy::Filter f;
        f.yearFrom = 2010;
        f.yearTo = 2020;
        f.broadcaster = u"tvN"_s;
        f.favoritesOnly = true;
        proxy.setFilter(f);
        QCOMPARE(column(proxy, DramaGridModel::IdRole), QStringList { u"goblin"_s });
        QCOMPARE(proxy.calls, model.rowCount());
        proxy.setFilter(f); // nothing changed: no pass at all
        QCOMPARE(proxy.calls, model.rowCount());
        f.favoritesOnly = false;
        f.broadcaster.clear();
        f.allowed = { u"heirs"_s, u"iris"_s }; // IRIS is from 2009, outside the years
        f.allowedActive = true;
        proxy.setFilter(f);
        QCOMPARE(column(proxy, DramaGridModel::IdRole), QStringList { u"heirs"_s });
        proxy.setFilter({});
        QCOMPARE(proxy.rowCount(), 5);
    }
};

OST_TEST_MAIN(TestDramaFilterProxy)
#include "tst_dramafilterproxy.moc"
