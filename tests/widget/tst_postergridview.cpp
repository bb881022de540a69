// PosterGridView and PosterDelegate offscreen: a click on the heart asks for a favorite, a
// click elsewhere selects; the poster size follows setPosterWidth within its limits.
#include "common/testmain.h"
#include "models/dramagridmodel.h"
#include "postergrid/posterdelegate.h"
#include "postergrid/postergridview.h"

#include <QApplication>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ost;

class TestPosterGridView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void heartClickRequestsFavorite()
    {
        DramaGridModel model(nullptr);
        Drama d;
        d.id = u"goblin"_s;
        d.title = u"Goblin"_s;
        d.titleKo = u"도깨비"_s;
        model.setDramas({ d }, {}, {});
        PosterGridView view;
        view.setModel(&model);
        view.resize(600, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy spy(&model, &DramaGridModel::favoriteToggleRequested);
        const QRect item = view.visualRect(model.index(0));
        QVERIFY(item.isValid());
        const QPoint heart = view.posterDelegate()->heartRect(item).center();
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, heart);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.first().at(1).toBool(), true);
        // A click elsewhere on the poster selects, it does not toggle.
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, item.center());
        QCOMPARE(spy.size(), 1);
        QCOMPARE(view.currentIndex(), model.index(0));
    }

    void zoomChangesPosterSize()
    {
        PosterGridView view;
        QSignalSpy spy(&view, &PosterGridView::posterSizeChanged);
        view.setPosterWidth(200);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.first().at(0).toSize(), QSize(200, 300));
        view.setPosterWidth(10000);
        QCOMPARE(view.posterWidth(), 320); // clamped
    }
};

OST_TEST_MAIN(TestPosterGridView)
#include "tst_postergridview.moc"
