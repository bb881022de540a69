// The lyrics pane in a real window: the line at the position is highlighted and in view, a
// click on a line asks to seek there, the keyboard reaches the lines, and "Lyrics: none" is
// said plainly. A screenshot goes to <build>/screenshots/lyrics-pane.png.
#include "common/testmain.h"
#include "lyrics/lrcparser.h"
#include "lyrics/lyricspanel.h"
#include "models/lyricsmodel.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QListView>
#include <QMainWindow>
#include <QSignalSpy>
#include <QTest>
#include <QTextEdit>

using namespace Qt::StringLiterals;
using namespace ost;

class TestLyricsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsThePositionAndSeeks()
    {
        QMainWindow window;
        window.setCentralWidget(new QTextEdit);
        auto *panel = new LyricsPanel(nullptr, &window);
        window.addDockWidget(Qt::RightDockWidgetArea, panel);
        window.resize(900, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(panel->findChild<QLabel *>(u"lyricsStatus"_s)->text().startsWith(u"Lyrics: none"_s));

        QString lrc;
        for (int i = 0; i < 40; ++i)
            lrc += u"[00:%1.00]%2 번째 줄 그대와 함께\n[00:%1.00]Line %2 with you\n"_s.arg(i + 10).arg(i + 1);
        Lyrics lyrics = LrcParser::fromText(lrc);
        lyrics.source = u"/music/Stay With Me.lrc"_s;
        panel->showLyrics(lyrics);
        QListView *lines = panel->lineView();
        QCOMPARE(lines->model()->rowCount(), 40);

        panel->setPosition(45500); // line 36 (00:45)
        QCOMPARE(panel->model()->currentRow(), 35);
        QApplication::processEvents();
        const QRect current = lines->visualRect(panel->model()->index(35));
        QVERIFY2(lines->viewport()->rect().intersects(current), "the current line is scrolled into view");
        QVERIFY(QDir().mkpath(QStringLiteral(OSTSHELF_TEST_BINARY_DIR "/screenshots")));
        QVERIFY(window.grab().save(QStringLiteral(OSTSHELF_TEST_BINARY_DIR "/screenshots/lyrics-pane.png")));

        QSignalSpy seek(panel, &LyricsPanel::seekRequested);
        QTest::mouseClick(lines->viewport(), Qt::LeftButton, {}, current.center());
        QCOMPARE(seek.size(), 1);
        QCOMPARE(seek.first().first().toLongLong(), 45000);
        // And from the keyboard: the next line, Enter.
        lines->setFocus();
        QTest::keyClick(lines, Qt::Key_Down);
        QTest::keyClick(lines, Qt::Key_Return);
        QCOMPARE(seek.size(), 2);
        QCOMPARE(seek.last().first().toLongLong(), 46000);

        panel->showNone(u"no .lrc file beside the song"_s);
        QCOMPARE(lines->model()->rowCount(), 0);
        QVERIFY(panel->findChild<QLabel *>(u"lyricsStatus"_s)->text().contains(u"no .lrc file"_s));
    }
};

OST_TEST_MAIN(TestLyricsPanel)
#include "tst_lyricspanel.moc"
