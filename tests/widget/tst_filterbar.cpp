// FilterBar offscreen: a filter chip's close button removes just that filter.
#include "common/testmain.h"
#include "filters/filterbar.h"

#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace ost;

class TestFilterBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filterChipsRemoveTheirFilter()
    {
        FilterBar bar;
        FilterState s;
        s.favoritesOnly = true;
        s.broadcaster = u"tvN"_s;
        bar.setState(s);
        QSignalSpy spy(&bar, &FilterBar::stateChanged);
        QToolButton *chip = nullptr;
        for (auto *b : bar.findChildren<QToolButton *>())
            if (b->text().startsWith(u"tvN"_s))
                chip = b;
        QVERIFY(chip);
        QTest::mouseClick(chip, Qt::LeftButton);
        QCOMPARE(spy.size(), 1);
        const auto state = spy.first().at(0).value<FilterState>();
        QVERIFY(state.broadcaster.isEmpty());
        QVERIFY(state.favoritesOnly);
    }
};

Q_DECLARE_METATYPE(ost::FilterState)
OST_TEST_MAIN(TestFilterBar)
#include "tst_filterbar.moc"
