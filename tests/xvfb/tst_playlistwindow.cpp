// Playlists in the real window under Xvfb, as a user builds one: "New playlist…" in the
// sidebar, two songs dragged from a drama onto it, reordered by dragging inside the
// playlist, then the app restarts and the playlist is as it was left. Screenshots go to
// <build>/screenshots/. Drag-and-drop is delivered as the drag/drop events the views
// receive from a real drag (QDrag's own loop needs a window manager Xvfb does not run).
#include "common/testlibrary.h"
#include "common/testmain.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/sidebarview.h"
#include "models/dramagridmodel.h"
#include "models/playlistlistmodel.h"
#include "models/playlistmodel.h"
#include "models/sidebarmodel.h"
#include "models/trackmodel.h"
#include "pages/dramapage.h"
#include "pages/favoritespage.h"
#include "pages/playlistpage.h"
#include "pages/tracklistview.h"
#include "playback/playbackcontroller.h"
#include "playlists/playlisteditor.h"
#include "postergrid/postergridview.h"
#include "services/libraryservice.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QDropEvent>
#include <QInputDialog>
#include <QMimeData>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace ost;

class TestPlaylistWindow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_data;
    QString m_shots = QStringLiteral(OSTSHELF_TEST_BINARY_DIR "/screenshots");
    std::unique_ptr<LibraryService> m_service;
    std::unique_ptr<MainWindow> m_window;

    void start()
    {
        auto lib = Library::open(test::libraryOptions(m_data.path()));
        QVERIFY(lib);
        m_service = std::make_unique<LibraryService>(std::move(*lib), m_data.filePath(u"cache"_s));
        m_window = std::make_unique<MainWindow>(m_service.get());
        m_window->resize(1280, 820);
        m_window->show();
        m_service->load();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(m_service->playlists()->isLoaded(), 10000);
    }

    void stop()
    {
        m_window->close();
        m_window.reset();
        m_service.reset();
    }

    void shoot(const QString &name)
    {
        QTest::qWait(200);
        const QString path = QDir(m_shots).filePath(name + u".png"_s);
        QVERIFY2(m_window->grab().save(path), qPrintable(path));
        qInfo("screenshot: %s", qPrintable(path));
    }

    QModelIndex sidebarItem(SidebarModel::Kind kind, const QString &text = {})
    {
        QAbstractItemModel *m = m_window->sidebar()->model();
        for (int r = 0; r < m->rowCount(); ++r) {
            const QModelIndex i = m->index(r, 0);
            if (SidebarModel::kindAt(i) == kind && (text.isEmpty() || i.data().toString() == text))
                return i;
        }
        return {};
    }

    // What a drag delivers to the widget under the pointer: enter, move, drop.
    static bool drop(QWidget *viewport, QPoint pos, const QMimeData *mime, Qt::DropAction action)
    {
        QDragEnterEvent enter(pos, action, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &enter);
        QDragMoveEvent move(pos, action, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &move);
        if (!move.isAccepted())
            return false;
        QDropEvent dropEvent(QPointF(pos), action, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &dropEvent);
        return true;
    }

    QStringList playlistSongs()
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
        QVERIFY(QGuiApplication::platformName() == u"xcb"_s);
        QDir().mkpath(m_shots);
        QCoreApplication::setOrganizationName(u"ostshelf-test"_s);
        start();
    }

    void buildReorderAndKeepAcrossRestart()
    {
        // 1. "＋ New playlist…" in the sidebar, name it in the dialog.
        const QModelIndex create = sidebarItem(SidebarModel::Kind::NewPlaylist);
        QVERIFY(create.isValid());
        QTimer::singleShot(300, this, [] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->setTextValue(u"Road trip 드라이브"_s);
            dialog->accept();
        });
        QTest::mouseClick(m_window->sidebar()->viewport(), Qt::LeftButton, {},
                          m_window->sidebar()->visualRect(create).center());
        QTRY_COMPARE_WITH_TIMEOUT(m_window->currentLocation().page, Location::Page::Playlist, 5000);
        QTRY_VERIFY(sidebarItem(SidebarModel::Kind::Playlist, u"Road trip 드라이브"_s).isValid());
        const QString playlistId = m_window->currentLocation().id;
        shoot(u"10-new-playlist"_s);

        // 2. Open a drama, select its two songs and drag them onto the playlist in the sidebar.
        m_window->navigate({ Location::Page::Drama, u"goblin"_s });
        QTRY_COMPARE_WITH_TIMEOUT(m_window->dramaPage()->dramaId(), u"goblin"_s, 5000);
        TrackListView *tracks = m_window->dramaPage()->trackView();
        QTRY_COMPARE(tracks->model()->rowCount(), 2);
        // Nothing linked yet: each song says it plays its demo clip.
        QTRY_COMPARE(tracks->model()->index(0, TrackModel::FileColumn).data().toString(), u"demo clip"_s);
        tracks->selectAll();
        const QStringList dragged = tracks->selectedSongIds();
        QCOMPARE(dragged.size(), 2);
        std::unique_ptr<QMimeData> mime(
            tracks->model()->mimeData(tracks->selectionModel()->selectedIndexes()));
        const QModelIndex target = sidebarItem(SidebarModel::Kind::Playlist, u"Road trip 드라이브"_s);
        QVERIFY(drop(m_window->sidebar()->viewport(), m_window->sidebar()->visualRect(target).center(),
                     mime.get(), Qt::CopyAction));
        shoot(u"11-songs-dropped-on-playlist"_s);

        // 3. Open the playlist: both songs, in the dragged order.
        QTest::mouseClick(m_window->sidebar()->viewport(), Qt::LeftButton, {},
                          m_window->sidebar()
                              ->visualRect(sidebarItem(SidebarModel::Kind::Playlist, u"Road trip 드라이브"_s))
                              .center());
        QTRY_COMPARE(m_window->currentLocation(), (Location { Location::Page::Playlist, playlistId }));
        QTRY_COMPARE(playlistSongs(), dragged);
        QTRY_COMPARE(m_service->playlists()->model()->index(0, 0).data(PlaylistModel::TitleRole).toString()
                         == dragged[0],
                     false); // titles, not ids, once details arrived

        // 4. Drag the second song above the first inside the playlist.
        QTreeView *view = m_window->playlistPage()->view();
        view->selectionModel()->select(view->model()->index(1, 0),
                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        std::unique_ptr<QMimeData> rowMime(view->model()->mimeData({ view->model()->index(1, 0) }));
        const QRect first = view->visualRect(view->model()->index(0, 0));
        QVERIFY(drop(view->viewport(), QPoint(first.center().x(), first.top() + 2), rowMime.get(),
                     Qt::MoveAction));
        const QStringList reordered { dragged[1], dragged[0] };
        QTRY_COMPARE(playlistSongs(), reordered);
        QTRY_COMPARE(
            m_service->playlists()->playlists()->index(0).data(PlaylistListModel::SongCountRole).toInt(), 2);
        shoot(u"12-playlist-reordered"_s);

        // 5. Restart: everything saved is there again, in the same order.
        m_service->waitForIdle();
        stop();
        start();
        const QModelIndex again = sidebarItem(SidebarModel::Kind::Playlist, u"Road trip 드라이브"_s);
        QVERIFY(again.isValid());
        QTest::mouseClick(m_window->sidebar()->viewport(), Qt::LeftButton, {},
                          m_window->sidebar()->visualRect(again).center());
        QTRY_COMPARE(m_window->currentLocation().page, Location::Page::Playlist);
        QTRY_COMPARE(playlistSongs(), reordered);
        QTRY_VERIFY_WITH_TIMEOUT(!m_service->playlists()
                                      ->playlists()
                                      ->index(0)
                                      .data(PlaylistListModel::CoverRole)
                                      .value<QImage>()
                                      .isNull(),
                                 5000);
        shoot(u"13-after-restart"_s);

        // 6. Undo works on the restarted app's own edits: remove with Delete, then Ctrl+Z.
        view = m_window->playlistPage()->view();
        view->setFocus();
        view->setCurrentIndex(view->model()->index(0, 0));
        QTest::keyClick(view, Qt::Key_Delete);
        QTRY_COMPARE(playlistSongs(), QStringList { reordered[1] });
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(playlistSongs(), reordered);
    }

    void playTheDemoClips()
    {
        // Out of the box (no files linked) the playlist plays our demo clips, with their label.
        PlaybackController *playback = m_service->playback();
        m_window->navigate({ Location::Page::Playlist,
                             QString::number(m_service->playlists()
                                                 ->playlists()
                                                 ->index(0)
                                                 .data(PlaylistListModel::IdRole)
                                                 .toLongLong()) });
        QTRY_COMPARE(m_window->currentLocation().page, Location::Page::Playlist);
        auto *play = m_window->playlistPage()->findChild<QPushButton *>(u"playButton"_s);
        QVERIFY(play);
        QTest::mouseClick(play, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(playback->player()->isPlaying(), 5000);
        QCOMPARE(playback->currentSource(), PlaybackController::Source::DemoClip);
        QCOMPARE(playback->currentSongId(), playlistSongs().first());
        QTest::qWait(700);
        shoot(u"15-playing-demo-clip"_s);
        QTest::keyClick(m_window->playlistPage()->view(), Qt::Key_Space); // pause from the keyboard
        QTRY_VERIFY(!playback->player()->isPlaying());
    }

    void favoritesView()
    {
        m_service->setSongFavorite(u"stay-with-me"_s, true);
        m_service->setDramaFavorite(u"goblin"_s, true);
        QTRY_VERIFY(m_service->favoriteSongs().contains(u"stay-with-me"_s));
        const QModelIndex fav = sidebarItem(SidebarModel::Kind::Favorites);
        QTest::mouseClick(m_window->sidebar()->viewport(), Qt::LeftButton, {},
                          m_window->sidebar()->visualRect(fav).center());
        QTRY_COMPARE(m_window->currentLocation().page, Location::Page::Favorites);
        // The page shows exactly the favorites: Goblin among the dramas, Stay With Me among
        // the songs, and nothing that is not a favorite.
        auto *page = m_window->findChild<FavoritesPage *>(u"favoritesPage"_s);
        QVERIFY(page);
        QTRY_VERIFY(page->isVisible());
        const QAbstractItemModel *dramas = page->dramaGrid()->model();
        QTRY_COMPARE(dramas->rowCount(), 1);
        QCOMPARE(dramas->index(0, 0).data(DramaGridModel::IdRole).toString(), u"goblin"_s);
        QTRY_VERIFY(page->songModel()->rowCount() >= 1);
        QStringList songs;
        for (int r = 0; r < page->songModel()->rowCount(); ++r)
            songs << page->songModel()->index(r, 0).data(TrackModel::SongIdRole).toString();
        QVERIFY2(songs.contains(u"stay-with-me"_s), qPrintable(songs.join(u", "_s)));
        for (const QString &id : std::as_const(songs))
            QVERIFY2(m_service->favoriteSongs().contains(id),
                     qPrintable(id + u" is shown but not a favorite"_s));
        QTest::qWait(500);
        shoot(u"14-favorites"_s);
    }

    void musicFoldersDialog()
    {
        auto *open = m_window->findChild<QAction *>(u"musicFoldersAction"_s);
        QVERIFY(open);
        open->trigger();
        QDialog *dialog = nullptr;
        QTRY_VERIFY([&] {
            dialog = m_window->findChild<QDialog *>(u"musicFoldersDialog"_s);
            return dialog && dialog->isVisible();
        }());
        QTest::qWait(300);
        const QString path = QDir(m_shots).filePath(u"16-music-folders.png"_s);
        QVERIFY(dialog->grab().save(path));
        dialog->close();
    }

    void cleanupTestCase() { stop(); }
};

OST_TEST_MAIN(TestPlaylistWindow)
#include "tst_playlistwindow.moc"
