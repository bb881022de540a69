// PlayerBar offscreen: its buttons and sliders say what the user wants as signals.
#include "common/testmain.h"
#include "player/playerbar.h"

#include <QSignalSpy>
#include <QSlider>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace ost;

class TestPlayerBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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
};

OST_TEST_MAIN(TestPlayerBar)
#include "tst_playerbar.moc"
