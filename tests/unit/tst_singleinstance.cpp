// A second launch hands its files to the running instance; with nobody running (or a
// socket left by a crash) the launch becomes the running instance itself.
#include "common/testmain.h"
#include "services/singleinstance.h"

#include <QElapsedTimer>
#include <QLocalServer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace ost;

class TestSingleInstance : public QObject
{
    Q_OBJECT

    // forward() blocks; run it on another thread so this one can serve it.
    static bool forwardFromAnotherThread(const SingleInstance &launcher, const QStringList &args)
    {
        std::atomic<int> result { -1 };
        QThread *t = QThread::create([&] { result = launcher.forward(args) ? 1 : 0; });
        t->start();
        QElapsedTimer timer;
        timer.start();
        while (result.load() < 0 && timer.elapsed() < 5000)
            QTest::qWait(10);
        t->wait();
        delete t;
        return result.load() == 1;
    }

private Q_SLOTS:
    void secondLaunchHandsOverItsFiles()
    {
        QTemporaryDir dir;
        SingleInstance first(dir.path());
        SingleInstance second(dir.path());
        QCOMPARE(first.serverName(), second.serverName());
        QVERIFY(!forwardFromAnotherThread(second, { u"/x.mp3"_s })); // nobody runs yet
        QVERIFY(first.listen());
        QSignalSpy received(&first, &SingleInstance::argumentsReceived);
        QVERIFY(forwardFromAnotherThread(second, { u"/music/한국 노래.flac"_s }));
        QTRY_COMPARE(received.size(), 1);
        QCOMPARE(received[0][0].toStringList(), QStringList { u"/music/한국 노래.flac"_s });
    }

    void otherLibrariesRunSideBySide()
    {
        QTemporaryDir a, b;
        QVERIFY(SingleInstance(a.path()).serverName() != SingleInstance(b.path()).serverName());
    }

    void staleSocketIsTakenOver()
    {
        QTemporaryDir dir;
        SingleInstance crashed(dir.path());
        // A server that never answers stands for an instance that died without cleaning up.
        QLocalServer stale;
        QVERIFY(stale.listen(crashed.serverName()));
        stale.close();
        SingleInstance next(dir.path());
        QVERIFY(!forwardFromAnotherThread(next, {}));
        QVERIFY(next.listen());
    }
};

OST_TEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
