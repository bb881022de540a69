// Widgets offscreen: the poster delegate's heart, the player bar's intents, filter chips.
#include "filters/filterbar.h"
#include "models/dramagridmodel.h"
#include "player/playerbar.h"
#include "postergrid/posterdelegate.h"
#include "postergrid/postergridview.h"

#include <QApplication>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace ost;

class TestWidgets : public QObject
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

    void playerBarEmitsIntents()
    {
        PlayerBar bar;
        bar.setControlsEnabled(true);
        bar.show();
        QSignalSpy play(&bar, &PlayerBar::playPauseClicked);
        QSignalSpy volume(&bar, &PlayerBar::volumeChanged);
        auto buttons = bar.findChildren<QToolButton *>();
        QToolButton *playButton = nullptr;
        for (auto *b : buttons)
            if (b->accessibleName() == u"Play or pause"_s)
                playButton = b;
        QVERIFY(playButton);
        QTest::mouseClick(playButton, Qt::LeftButton);
        QCOMPARE(play.size(), 1);
        for (auto *s : bar.findChildren<QSlider *>())
            if (s->accessibleName() == u"Volume"_s)
                s->setValue(30);
        QCOMPARE(volume.last().at(0).toInt(), 30);
    }

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
QTEST_MAIN(TestWidgets)
#include "tst_widgets.moc"
