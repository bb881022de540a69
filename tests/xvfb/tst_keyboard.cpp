// The whole app without a mouse: a keyboard-only walk through the real window under Xvfb.
// Every step is a key press sent to whatever has the focus (or to the open menu), never a
// click: search, open a drama, play, favorite, add to a playlist, reach the sidebar by Tab,
// open the playlist, reorder it, undo, go back. A step that needs the mouse fails here.
#include "common/testlibrary.h"
#include "common/testmain.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/sidebarview.h"
#include "models/playlistlistmodel.h"
#include "models/playlistmodel.h"
#include "models/searchresultsmodel.h"
#include "models/sidebarmodel.h"
#include "models/trackmodel.h"
#include "pages/tracklistview.h"
#include "playback/playbackcontroller.h"
#include "playlists/playlisteditor.h"
#include "postergrid/postergridview.h"
#include "repositories/playlistrepository.h"
#include "search/searchbox.h"
#include "search/searchservice.h"
#include "services/libraryservice.h"

#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace ost;

class TestKeyboard : public QObject
{
    Q_OBJECT
    QTemporaryDir m_data;
    std::unique_ptr<LibraryService> m_service;
    std::unique_ptr<MainWindow> m_window;

    static QWidget *focused() { return QApplication::focusWidget(); }
    static QString describe(QWidget *w)
    {
        return w ? QString::fromLatin1(w->metaObject()->className()) + u' ' + w->objectName() : u"nothing"_s;
    }
    void key(Qt::Key k, Qt::KeyboardModifiers m = Qt::NoModifier)
    {
        QWidget *target = QApplication::activePopupWidget() ? QApplication::activePopupWidget() : focused();
        QVERIFY2(target, "nothing has the keyboard focus");
        QTest::keyClick(target, k, m);
        QCoreApplication::processEvents();
    }
    QStringList playlistSongs() const
    {
        QStringList out;
        PlaylistModel *m = m_service->playlists()->model();
        for (int r = 0; r < m->rowCount(); ++r)
            out << m->index(r, 0).data(PlaylistModel::SongIdRole).toString();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"ostshelf-test"_s);
        auto lib = Library::open(test::libraryOptions(m_data.path()));
        QVERIFY(lib);
        QVERIFY(PlaylistRepository(lib->database()).create(u"Drive"_s, { u"sofa"_s, u"sweet-night"_s }));
        m_service = std::make_unique<LibraryService>(std::move(*lib), m_data.filePath(u"cache"_s));
        m_window = std::make_unique<MainWindow>(m_service.get());
        m_window->resize(1280, 820);
        QSignalSpy loaded(m_service.get(), &LibraryService::gridLoaded);
        m_window->show();
        m_service->load();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(loaded.size() > 0 || loaded.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(m_service->playlists()->isLoaded(), 10000);
        QTRY_VERIFY(focused() != nullptr);
        // The search index is built at idle priority after the first screen (slow under ASan).
        QTRY_VERIFY_WITH_TIMEOUT(m_service->search()->hasIndex(), 120000);
    }

    void walkThroughWithTheKeyboardAlone()
    {
        // The keyboard starts in the posters: arrows move through them at once.
        QVERIFY2(qobject_cast<PosterGridView *>(focused()), qPrintable(describe(focused())));
        // Search: "/" puts the focus in the search field; typing shows results, Enter opens
        qInfo("step 1: focus %s", qPrintable(describe(focused())));
        // the top one.
        qInfo("step 2: focus %s", qPrintable(describe(focused())));
        key(Qt::Key_Slash);
        QTRY_VERIFY2(qobject_cast<QLineEdit *>(focused()), qPrintable(describe(focused())));
        auto *box = qobject_cast<SearchBox *>(focused());
        QVERIFY(box);
        QTest::keyClicks(box, u"goblin"_s);
        // The results follow typing on the search thread: Enter once Goblin is the top result.
        QTRY_VERIFY_WITH_TIMEOUT(
            box->resultsView() && box->resultsView()->isVisible() && box->resultsModel()->rowCount() > 1
                && box->resultsModel()->index(1, 0).data().toString().contains(u"Goblin"_s),
            10000);
        key(Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->windowTitle().startsWith(u"Goblin"_s), 5000);

        // The drama page gives its song list the focus: Enter on a song plays the list from it.
        qInfo("step 3: focus %s", qPrintable(describe(focused())));
        QTRY_VERIFY2(qobject_cast<TrackListView *>(focused()), qPrintable(describe(focused())));
        auto *songs = qobject_cast<TrackListView *>(focused());
        QTRY_VERIFY(songs->model() && songs->model()->rowCount() > 1);
        QSignalSpy playing(m_service->playback(), &PlaybackController::nowPlaying);
        key(Qt::Key_Down);
        key(Qt::Key_Up);
        QVERIFY(songs->currentIndex().isValid());
        const QString firstSong = songs->currentIndex().data(TrackModel::SongIdRole).toString();
        key(Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!playing.isEmpty(), 5000);
        QCOMPARE(playing.first().first().value<Song>().id, firstSong);
        key(Qt::Key_Space); // pause
        QTRY_VERIFY_WITH_TIMEOUT(!m_service->playback()->player()->isPlaying(), 30000); // slow under ASan

        // Ctrl+D makes the open drama a favorite.
        qInfo("step 4: focus %s", qPrintable(describe(focused())));
        key(Qt::Key_D, Qt::ControlModifier);
        QTRY_VERIFY(m_service->favoriteDramas().contains(u"goblin"_s));

        // Ctrl+Shift+P opens "Add to playlist" at the song; the arrows and Enter choose Drive.
        qInfo("step 5: focus %s", qPrintable(describe(focused())));
        QTimer::singleShot(0, this, [this] {
            QTRY_VERIFY(QApplication::activePopupWidget());
            qInfo("menu: %s", qPrintable(describe(QApplication::activePopupWidget())));
            key(Qt::Key_Down); // the submenu "Add to playlist"
            key(Qt::Key_Right); // open it
            // The submenu shows after events are processed: on a loaded machine not at once.
            QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget())
                        && QApplication::activePopupWidget()->objectName() == u"addToPlaylistMenu"_s);
            auto *sub = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            for (int i = 0; i < 5 && !(sub->activeAction() && sub->activeAction()->text() == u"Drive"_s); ++i)
                key(Qt::Key_Down);
            QVERIFY(sub->activeAction() && sub->activeAction()->text() == u"Drive"_s);
            key(Qt::Key_Return);
        });
        QTRY_VERIFY(qobject_cast<TrackListView *>(focused()));
        key(Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(QApplication::activePopupWidget() == nullptr);
        QTRY_COMPARE(m_service->playlists()->playlists()->playlist(0).songCount, 3);

        // Tab reaches the sidebar; the arrows pick the playlist and Enter opens it.
        qInfo("step 6: focus %s", qPrintable(describe(focused())));
        SidebarView *sidebar = m_window->sidebar();
        for (int i = 0; i < 40 && focused() != sidebar; ++i)
            key(Qt::Key_Tab);
        QVERIFY2(focused() == sidebar,
                 qPrintable(u"Tab never reached the sidebar; stopped at "_s + describe(focused())));
        for (int i = 0;
             i < 30 && SidebarModel::kindAt(sidebar->currentIndex()) != SidebarModel::Kind::Playlist; ++i)
            key(Qt::Key_Down);
        QCOMPARE(SidebarModel::kindAt(sidebar->currentIndex()), SidebarModel::Kind::Playlist);
        key(Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->windowTitle().startsWith(u"Drive"_s), 5000);
        QTRY_COMPARE(playlistSongs(), (QStringList { u"sofa"_s, u"sweet-night"_s, firstSong }));

        // The playlist's songs get the focus by Tab; Alt+Up moves the last one up, Ctrl+Z undoes it.
        qInfo("step 7: focus %s", qPrintable(describe(focused())));
        QAbstractItemView *list = nullptr;
        for (int i = 0; i < 40; ++i) {
            list = qobject_cast<QAbstractItemView *>(focused());
            if (list && list != sidebar && list->model() == m_service->playlists()->model())
                break;
            list = nullptr;
            key(Qt::Key_Tab);
        }
        QVERIFY2(list,
                 qPrintable(u"Tab never reached the playlist's songs; stopped at "_s + describe(focused())));
        key(Qt::Key_End);
        key(Qt::Key_Up, Qt::AltModifier);
        QTRY_COMPARE(playlistSongs(), (QStringList { u"sofa"_s, firstSong, u"sweet-night"_s }));
        key(Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(playlistSongs(), (QStringList { u"sofa"_s, u"sweet-night"_s, firstSong }));
        key(Qt::Key_Z, Qt::ControlModifier); // and the song added by the menu goes again
        QTRY_COMPARE(playlistSongs(), (QStringList { u"sofa"_s, u"sweet-night"_s }));

        // Alt+Left goes back to the drama.
        qInfo("step 8: focus %s", qPrintable(describe(focused())));
        key(Qt::Key_Left, Qt::AltModifier);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->windowTitle().startsWith(u"Goblin"_s), 5000);
    }
};

OST_TEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
