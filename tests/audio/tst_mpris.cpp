// MPRIS2 with real clients on a private session bus this test starts (dbus-daemon):
// playerctl and dbus-send pause, play, skip, set the volume, read the metadata and open a
// local file in the running app; a remote URI is refused. Audio goes to the harness's sink.
// On the same bus a stand-in notification server (org.freedesktop.Notifications, on a
// connection of its own) sees the song notifications: title, artists and drama, the poster,
// each replacing the last; none while the window has the focus or when they are turned off.
// The tray icon's menu follows the song and its actions drive the player.
#include "common/testlibrary.h"
#include "common/testmain.h"
#include "mainwindow/mainwindow.h"
#include "mpris/mprisservice.h"
#include "notify/songnotifier.h"
#include "playback/playbackcontroller.h"
#include "playback/tonegenerator.h"
#include "player/playbackui.h"
#include "player/playertray.h"
#include "repositories/localfilerepository.h"
#include "services/libraryservice.h"

#include <QApplication>
#include <QDBusConnection>
#include <QFileInfo>
#include <QMenu>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ost;

// What a desktop's notification server would show, as it received it.
class NotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Shown
    {
        QString app, icon, summary, body;
        uint replaces = 0;
        QVariantMap hints;
    };
    QList<Shown> shown;
    uint lastId = 100;

public Q_SLOTS:
    uint Notify(const QString &app, uint replaces, const QString &icon, const QString &summary,
                const QString &body, const QStringList &, const QVariantMap &hints, int)
    {
        shown << Shown { app, icon, summary, body, replaces, hints };
        return ++lastId;
    }
    QStringList GetCapabilities() { return { u"body"_s, u"body-images"_s }; }
};

class TestMpris : public QObject
{
    Q_OBJECT
    QProcess m_bus;
    QTemporaryDir m_dir;
    std::unique_ptr<LibraryService> m_service;
    std::unique_ptr<MainWindow> m_window;

    // Runs a client without blocking our event loop (we are the server it talks to).
    QString client(const QString &program, const QStringList &args)
    {
        QProcess p;
        p.start(program, args);
        if (!p.waitForStarted())
            return u"<did not start>"_s;
        QElapsedTimer t;
        t.start();
        while (p.state() != QProcess::NotRunning && t.elapsed() < 10000)
            QTest::qWait(20);
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed()
            + QString::fromUtf8(p.readAllStandardError()).trimmed();
    }
    QString playerctl(const QStringList &args)
    {
        return client(u"playerctl"_s, QStringList { u"-p"_s, u"ostshelf"_s } + args);
    }
    PlaybackController *playback() const { return m_service->playback(); }

private Q_SLOTS:
    void initTestCase()
    {
        m_bus.start(u"dbus-daemon"_s, { u"--session"_s, u"--nofork"_s, u"--print-address=1"_s });
        QVERIFY(m_bus.waitForStarted());
        QVERIFY(m_bus.waitForReadyRead(5000));
        const QByteArray address = m_bus.readLine().trimmed();
        QVERIFY(!address.isEmpty());
        qputenv("DBUS_SESSION_BUS_ADDRESS", address);

        auto lib = Library::open(test::libraryOptions(m_dir.path()));
        QVERIFY(lib);
        QVERIFY(ToneGenerator::writeWav(m_dir.filePath(u"a.wav"_s), { 440.0, 20000 }));
        QVERIFY(ToneGenerator::writeWav(m_dir.filePath(u"b.wav"_s), { 660.0, 20000 }));
        QVERIFY(ToneGenerator::writeWav(m_dir.filePath(u"outside.wav"_s), { 550.0, 20000 }));
        LocalFileRepository files(lib->database());
        QVERIFY(files.link(u"stay-with-me"_s, m_dir.filePath(u"a.wav"_s)));
        QVERIFY(files.link(u"sweet-night"_s, m_dir.filePath(u"b.wav"_s)));
        m_service = std::make_unique<LibraryService>(std::move(*lib), m_dir.filePath(u"cache"_s));
        m_window = std::make_unique<MainWindow>(m_service.get());
        m_service->load();
        QVERIFY(m_window->playbackUi()->mpris()->isRegistered());
    }

    void clientsControlTheApp()
    {
        QCOMPARE(playerctl({ u"status"_s }), u"Stopped"_s);
        playback()->setPreviewSeconds(0);
        playback()->playSongs({ u"stay-with-me"_s, u"sweet-night"_s });
        QTRY_VERIFY_WITH_TIMEOUT(playback()->player()->isPlaying(), 5000);
        QTRY_COMPARE(playerctl({ u"status"_s }), u"Playing"_s);

        client(u"dbus-send"_s,
               { u"--session"_s, u"--type=method_call"_s, u"--dest=org.mpris.MediaPlayer2.ostshelf"_s,
                 u"/org/mpris/MediaPlayer2"_s, u"org.mpris.MediaPlayer2.Player.PlayPause"_s });
        QTRY_VERIFY(!playback()->player()->isPlaying());
        QCOMPARE(playerctl({ u"status"_s }), u"Paused"_s);
        playerctl({ u"play"_s });
        QTRY_VERIFY(playback()->player()->isPlaying());

        const QString meta = playerctl({ u"metadata"_s, u"--format"_s, u"{{title}}|{{artist}}|{{album}}"_s });
        QCOMPARE(meta, u"Stay with Me|Chanyeol, Punch|Goblin"_s);
        QTRY_VERIFY(playerctl({ u"metadata"_s, u"mpris:length"_s }).toLongLong()
                    > 19000000); // µs, once known

        playerctl({ u"next"_s });
        QTRY_COMPARE(playback()->currentSongId(), u"sweet-night"_s);
        QTRY_COMPARE(playerctl({ u"metadata"_s, u"title"_s }), u"Sweet Night"_s);

        playerctl({ u"volume"_s, u"0.3"_s });
        QTRY_VERIFY(std::abs(playback()->player()->volume() - 0.3f) < 0.01f);
        playerctl({ u"position"_s, u"5"_s });
        QTRY_VERIFY(playback()->player()->position() >= 4500);
    }

    void openUriPlaysLocalFilesOnly()
    {
        QSignalSpy messages(playback(), &PlaybackController::message);
        playerctl({ u"open"_s, u"https://example.com/stream.mp3"_s });
        QTRY_VERIFY(!messages.isEmpty());
        QVERIFY(messages.last()[0].toString().contains(u"Only local files"_s));
        QCOMPARE(playback()->currentSongId(), u"sweet-night"_s);

        playerctl({ u"open"_s, QUrl::fromLocalFile(m_dir.filePath(u"outside.wav"_s)).toString() });
        QTRY_COMPARE(playback()->player()->currentFile(), m_dir.filePath(u"outside.wav"_s));
        QTRY_VERIFY(playback()->player()->isPlaying());
        QTRY_COMPARE(playerctl({ u"metadata"_s, u"title"_s }), u"outside"_s);
        // A linked file opened from outside plays as its catalog song.
        playerctl({ u"open"_s, QUrl::fromLocalFile(m_dir.filePath(u"a.wav"_s)).toString() });
        QTRY_COMPARE(playback()->currentSongId(), u"stay-with-me"_s);
    }

    void songNotificationsReachTheServer()
    {
        NotificationServer server;
        QDBusConnection listener = QDBusConnection::connectToBus(
            QString::fromUtf8(qgetenv("DBUS_SESSION_BUS_ADDRESS")), u"notification-server"_s);
        QVERIFY(listener.isConnected());
        QVERIFY(listener.registerObject(QString::fromLatin1(SongNotifier::kPath), &server,
                                        QDBusConnection::ExportAllSlots));
        QVERIFY(listener.registerService(QString::fromLatin1(SongNotifier::kService)));
        auto cleanup = qScopeGuard([&] {
            listener.unregisterService(QString::fromLatin1(SongNotifier::kService));
            QDBusConnection::disconnectFromBus(u"notification-server"_s);
        });
        SongNotifier::setEnabled(true);
        // A song the test before started may still be announced (it waits for its poster):
        // let it arrive, then count from here.
        QTest::qWait(1500);
        server.shown.clear();
        QSignalSpy delivered(m_window->playbackUi()->notifier(), &SongNotifier::delivered);

        playback()->playSongs({ u"stay-with-me"_s, u"sweet-night"_s });
        QTRY_COMPARE_WITH_TIMEOUT(server.shown.size(), 1, 5000);
        const auto first = server.shown.at(0);
        QCOMPARE(first.app, u"OST Shelf"_s);
        QCOMPARE(first.summary, u"Stay with Me"_s);
        QCOMPARE(first.body, u"Chanyeol, Punch\nGoblin"_s);
        QCOMPARE(first.icon, QString::fromLatin1(SongNotifier::kDesktopEntry));
        // The drama's poster, as the file the poster loader drew.
        const QUrl image(first.hints.value(u"image-path"_s).toString());
        QVERIFY2(image.isLocalFile() && QFileInfo::exists(image.toLocalFile()), qPrintable(image.toString()));
        QTRY_COMPARE(delivered.size(), 1);

        playback()->next();
        QTRY_COMPARE_WITH_TIMEOUT(server.shown.size(), 2, 5000);
        QCOMPARE(server.shown.at(1).summary, u"Sweet Night"_s);
        QCOMPARE(server.shown.at(1).replaces, delivered.at(0).at(0).toUInt()); // replaced, not stacked

        // Turned off: nothing more.
        SongNotifier::setEnabled(false);
        playback()->playSongs({ u"stay-with-me"_s, u"sweet-night"_s });
        QTRY_COMPARE(playback()->currentSongId(), u"stay-with-me"_s);
        QTest::qWait(1000);
        QCOMPARE(server.shown.size(), 2);

        // On, but the window has the focus: the song changes there, not in a notification.
        SongNotifier::setEnabled(true);
        m_window->show();
        m_window->activateWindow();
        QTRY_VERIFY(m_window->isActiveWindow());
        playback()->next();
        QTRY_COMPARE(playback()->currentSongId(), u"sweet-night"_s);
        QTest::qWait(1000);
        QCOMPARE(server.shown.size(), 2);
        m_window->hide();
    }

    void trayMenuFollowsTheSongAndDrivesThePlayer()
    {
        PlayerTray *tray = m_window->playbackUi()->tray();
        QMenu *menu = tray->menu();
        auto action = [menu](const QString &name) { return menu->findChild<QAction *>(name); };
        QVERIFY(action(u"trayPlayPause"_s) && action(u"trayNext"_s) && action(u"trayPrevious"_s)
                && action(u"trayShowWindow"_s) && action(u"trayQuit"_s));
        playback()->playSongs({ u"stay-with-me"_s, u"sweet-night"_s });
        QTRY_COMPARE(playback()->currentSongId(), u"stay-with-me"_s);
        QTRY_VERIFY(playback()->player()->isPlaying());
        QTRY_VERIFY2(action(u"trayNowPlaying"_s)->text().startsWith(u"Stay with Me — Chanyeol, Punch"_s),
                     qPrintable(action(u"trayNowPlaying"_s)->text()));
        QVERIFY2(tray->icon()->toolTip().startsWith(u"Stay with Me\n"_s),
                 qPrintable(tray->icon()->toolTip()));
        QTRY_COMPARE(action(u"trayPlayPause"_s)->text(), u"Pause"_s); // playingChanged may come later

        action(u"trayNext"_s)->trigger();
        QTRY_COMPARE(playback()->currentSongId(), u"sweet-night"_s);
        QTRY_VERIFY(action(u"trayNowPlaying"_s)->text().startsWith(u"Sweet Night"_s));
        action(u"trayPlayPause"_s)->trigger();
        QTRY_VERIFY(!playback()->player()->isPlaying());
        QTRY_COMPARE(action(u"trayPlayPause"_s)->text(), u"Play"_s);

        // Close to the tray asked for, but no tray shows the icon here (no StatusNotifier host,
        // no X tray): the window's × must still close it, or it could never be got back.
        PlayerTray::setCloseToTraySetting(true);
        QVERIFY(!tray->closesToTray());
        PlayerTray::setCloseToTraySetting(false);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_service.reset();
        m_bus.kill();
        m_bus.waitForFinished();
    }
};

namespace {
int mprisMain(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    TestMpris test;
    return QTest::qExec(&test, argc, argv);
}
} // namespace
OST_TEST_CUSTOM_MAIN(mprisMain)
#include "tst_mpris.moc"
