// The real window under Xvfb, driven as a user would: it opens and shows posters; typing
// "Punch" lists results; Enter opens a drama with its soundtrack; Alt+Left goes back.
// Screenshots of each step go to <build>/screenshots/.
#include "backup/backupactions.h"
#include "backup/backupstore.h"
#include "backup/backupwriter.h"
#include "common/generatedpack.h"
#include "common/testlibrary.h"
#include "common/testmain.h"
#include "mainwindow/mainwindow.h"
#include "models/dramagridmodel.h"
#include "models/searchresultsmodel.h"
#include "models/trackmodel.h"
#include "packs/packactions.h"
#include "packs/packimportdialog.h"
#include "pages/dramapage.h"
#include "pages/tracklistview.h"
#include "playback/playbackcontroller.h"
#include "postergrid/postergridview.h"
#include "search/searchbox.h"
#include "search/searchservice.h"
#include "services/libraryservice.h"
#include "services/loudnessservice.h"
#include "storage/pendingrestore.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include <functional>

using namespace Qt::StringLiterals;
using namespace ost;

class TestMainWindow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_data;
    QString m_shots = QStringLiteral(OSTSHELF_TEST_BINARY_DIR "/screenshots");
    std::unique_ptr<LibraryService> m_service;
    std::unique_ptr<MainWindow> m_window;

    void shoot(const QString &name)
    {
        QApplication::processEvents();
        const QString path = QDir(m_shots).filePath(name + u".png"_s);
        QVERIFY2(m_window->grab().save(path), qPrintable(path));
        qInfo("screenshot: %s", qPrintable(path));
    }

    // Calls act on the first modal dialog of type T once it is shown (the dialog's own event
    // loop is running then, so the test cannot wait for it in line).
    template<typename T> void whenModal(std::function<void(T *)> act, bool *done)
    {
        auto *timer = new QTimer(this);
        connect(timer, &QTimer::timeout, this, [timer, act, done] {
            if (auto *d = qobject_cast<T *>(QApplication::activeModalWidget()); d && d->isVisible()) {
                timer->stop();
                timer->deleteLater();
                QTest::qWait(200); // let it paint
                act(d);
                *done = true;
            }
        });
        timer->start(50);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QGuiApplication::platformName() == u"xcb"_s);
        QDir().mkpath(m_shots);
        QStandardPaths::setTestModeEnabled(true); // the menu tests write settings
        QCoreApplication::setOrganizationName(u"ostshelf-test"_s);
        auto lib = Library::open(test::libraryOptions(m_data.path()));
        QVERIFY(lib);
        m_service = std::make_unique<LibraryService>(std::move(*lib), m_data.filePath(u"cache"_s));
        m_window = std::make_unique<MainWindow>(m_service.get());
        m_window->resize(1280, 820);
        m_window->show();
        m_service->load();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        // No window manager runs under Xvfb: activate the window ourselves, as a click would.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    // Keys go where a user's keys go: to the focused widget.
    void press(Qt::Key key, Qt::KeyboardModifiers mods = {})
    {
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
        QTest::keyClick(target, key, mods);
    }

    void opensWithPosters()
    {
        QTRY_COMPARE_WITH_TIMEOUT(m_window->gridView()->model()->rowCount(), 26, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->gridView()->visiblePostersLoaded(), 15000);
        shoot(u"01-main-window"_s);
    }

    void searchOpenDramaAndGoBack()
    {
        SearchBox *search = m_window->searchBox();
        // The index is built at idle priority after the first screen: slow under ASan on a busy machine.
        QTRY_VERIFY_WITH_TIMEOUT(m_service->search()->hasIndex(), 120000);
        search->setFocus();
        QTest::keyClicks(search, u"Punch"_s, Qt::NoModifier, 30);
        QTRY_VERIFY_WITH_TIMEOUT(search->resultsView() && search->resultsView()->isVisible(), 10000);
        QTRY_COMPARE(search->resultsModel()->query(), u"Punch"_s);
        auto *results = search->resultsModel();
        QVERIFY(results->hitCount() >= 5);
        // The artist's exact name is the top result; then the groups, dramas first.
        QCOMPARE(results->index(0).data().toString(), u"Top result"_s);
        QCOMPARE(results->index(1).data(SearchResultsModel::IdRole).toString(), u"punch"_s);
        QCOMPARE(results->index(1).data(SearchResultsModel::TypeRole).toInt(), int(EntityType::Artist));
        QCOMPARE(search->resultsView()->currentIndex().row(), 1);
        QCOMPARE(results->index(2).data().toString(), u"Dramas"_s);
        QVERIFY(search->resultsView()->dragEnabled()); // song hits drag onto the queue or a playlist
        shoot(u"02-search-punch"_s);

        QTest::keyClick(search, Qt::Key_Down); // over the "Dramas" header to the first drama
        QCOMPARE(search->resultsView()->currentIndex().row(), 3);
        const QString dramaId
            = search->resultsView()->currentIndex().data(SearchResultsModel::IdRole).toString();
        QVERIFY(!dramaId.isEmpty());
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->currentLocation().page, Location::Page::Drama, 5000);
        DramaPage *page = m_window->dramaPage();
        QTRY_VERIFY_WITH_TIMEOUT(page->isVisible() && page->dramaId() == dramaId, 5000);
        TrackModel *tracks = page->trackModel();
        QVERIFY(tracks->rowCount() >= 1);
        bool punchSings = false;
        for (int r = 0; r < tracks->rowCount(); ++r)
            punchSings |= tracks->index(r, 0).data(TrackModel::ArtistsRole).toString().contains(u"Punch"_s);
        QVERIFY(punchSings);
        QTest::qWait(300); // the large poster arrives from its thread
        shoot(u"03-drama-page"_s);

        press(Qt::Key_Left, Qt::AltModifier);
        QTRY_COMPARE(m_window->currentLocation().page, Location::Page::Grid);
        QTRY_VERIFY(m_window->gridView()->isVisible());
        shoot(u"04-back-to-grid"_s);
    }

    void keyboardOnly()
    {
        // Enter on the focused poster opens it; Ctrl+D saves it as a favorite; Alt+Right returns.
        m_window->gridView()->setFocus();
        m_window->gridView()->setCurrentIndex(m_window->gridView()->model()->index(0, 0));
        QTest::keyClick(m_window->gridView(), Qt::Key_Return);
        QTRY_COMPARE(m_window->currentLocation().page, Location::Page::Drama);
        const QString id = m_window->currentLocation().id;
        QTRY_COMPARE(m_window->dramaPage()->dramaId(), id);
        press(Qt::Key_D, Qt::ControlModifier);
        QTRY_VERIFY(m_service->favoriteDramas().contains(id));
        press(Qt::Key_Left, Qt::AltModifier);
        QTRY_COMPARE(m_window->currentLocation().page, Location::Page::Grid);
        press(Qt::Key_Right, Qt::AltModifier);
        QTRY_COMPARE(m_window->currentLocation().id, id);
        shoot(u"05-favorite-by-keyboard"_s);
    }

    void importPackShowsWhatChanges()
    {
        QTemporaryDir work;
        const QString pack = work.filePath(u"three.ostpack"_s);
        auto written = test::writeGeneratedPack(pack, work.filePath(u"posters"_s), 3, 8, QSize(120, 180));
        QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
        if (m_window->currentLocation().page != Location::Page::Grid) {
            m_window->gridView()->setFocus();
            press(Qt::Key_Left, Qt::AltModifier);
            QTRY_COMPARE(m_window->currentLocation().page, Location::Page::Grid);
        }
        const int before = m_window->gridView()->model()->rowCount();
        bool shown = false;
        QString summary;
        whenModal<PackImportDialog>(
            [&](PackImportDialog *d) {
                summary = d->findChild<QLabel *>(u"packSummary"_s)->text();
                const QString path = QDir(m_shots).filePath(u"06-pack-import-preview.png"_s);
                d->grab().save(path);
                qInfo("screenshot: %s", qPrintable(path));
                d->accept();
            },
            &shown);
        // Dropped onto the window from a file manager.
        QMimeData mime;
        mime.setUrls({ QUrl::fromLocalFile(pack) });
        const QPointF at(m_window->width() / 2.0, m_window->height() / 2.0);
        QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &drop);
        QVERIFY(drop.isAccepted());
        QTRY_VERIFY_WITH_TIMEOUT(shown, 15000);
        // Three dramas and eight songs, none of them known before.
        QVERIFY2(summary.contains(u"Dramas: 3 new, 0 updated, 0 unchanged"_s), qPrintable(summary));
        QVERIFY2(summary.contains(u"Songs: 8 new, 0 updated"_s), qPrintable(summary));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->gridView()->model()->rowCount(), before + 3, 15000);
        // The imported dramas are in the grid with the posters that came in the pack.
        QAbstractItemModel *grid = m_window->gridView()->model();
        QModelIndex imported;
        for (int r = 0; r < grid->rowCount() && !imported.isValid(); ++r)
            if (grid->index(r, 0).data(DramaGridModel::IdRole).toString() == written->catalog.dramas.at(0).id)
                imported = grid->index(r, 0);
        QVERIFY(imported.isValid());
        m_window->gridView()->scrollTo(imported, QAbstractItemView::PositionAtCenter);
        m_window->gridView()->setCurrentIndex(imported);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->gridView()->visiblePostersLoaded(), 15000);
        shoot(u"07-after-pack-import"_s);
    }

    void restoreAsksThenRestarts()
    {
        const QString file = QDir(m_data.path()).filePath(u"mine.ostbackup"_s);
        QVERIFY(BackupWriter(m_service->library().database(), m_data.path()).write(file));
        QSignalSpy restart(m_window->backupActions(), &BackupActions::restartRequested);
        bool shown = false;
        QString text;
        whenModal<QMessageBox>(
            [&](QMessageBox *box) {
                text = box->text() + u' ' + box->informativeText();
                const QString path = QDir(m_shots).filePath(u"08-restore-confirm.png"_s);
                box->grab().save(path);
                qInfo("screenshot: %s", qPrintable(path));
                for (auto *b : box->buttons())
                    if (box->buttonRole(b) == QMessageBox::AcceptRole)
                        b->click();
            },
            &shown);
        // As from the command line or a second launch (a double click in a file manager).
        QVERIFY(!m_window->openArchive(QDir(m_data.path()).filePath(u"song.flac"_s)));
        QVERIFY(m_window->openArchive(file));
        QTRY_VERIFY_WITH_TIMEOUT(shown, 15000);
        // The confirmation counts what the backup holds: the drama saved by keyboard above.
        const qsizetype favorites = m_service->favoriteDramas().size();
        QVERIFY(favorites >= 1);
        QVERIFY2(text.contains(u"%1 favorite drama"_s.arg(favorites)), qPrintable(text));
        QTRY_COMPARE(restart.count(), 1);
        QVERIFY(PendingRestore::exists(m_data.path()));
        QDir(PendingRestore::folder(m_data.path())).removeRecursively(); // the next start would apply it
    }

    void automaticBackupsFollowTheMenu()
    {
        QSettings().remove(u"backup"_s);
        const QString folder = BackupStore::folder(m_data.path());
        QDir(folder).removeRecursively(); // so one is due
        auto automatic
            = [&] { return QDir(folder).entryList({ u"auto-*.ostbackup"_s }, QDir::Files).size(); };
        auto *daily = m_window->findChild<QAction *>(u"automaticBackupAction"_s);
        QVERIFY(daily);
        QVERIFY(daily->isChecked()); // on unless the user turned it off

        daily->setChecked(false);
        m_window->backupActions()->backUpIfDue();
        m_service->waitForIdle(); // both threads: backups run on the long-jobs one
        QCoreApplication::processEvents();
        QCOMPARE(automatic(), 0);
        QCOMPARE(QSettings().value(u"backup/automatic"_s).toBool(), false);

        daily->setChecked(true); // turning it on backs up at once when one is due
        QTRY_COMPARE_WITH_TIMEOUT(automatic(), 1, 15000);

        auto *keepThree = m_window->findChild<QAction *>(u"keepBackups3"_s);
        QVERIFY(keepThree);
        QVERIFY(!keepThree->isChecked());
        keepThree->trigger();
        QCOMPARE(BackupActions::automaticKeep(), 3);
        QSettings().remove(u"backup"_s);
    }

    void loudnessLevellingFollowsTheMenu()
    {
        QSettings().remove(u"player"_s);
        auto *menu = m_window->findChild<QMenu *>(u"levellingMenu"_s);
        QVERIFY(menu);
        PlaybackController *controller = m_service->playback();
        QVERIFY(controller);
        auto action = [menu](const QString &name) { return menu->findChild<QAction *>(name); };
        // By track gain, 0 dB pre-amp, clipping prevented: the defaults.
        QVERIFY(action(u"levelling_track"_s)->isChecked());
        QVERIFY(action(u"levellingPreamp0"_s)->isChecked());
        QVERIFY(action(u"levellingClipping"_s)->isChecked());
        QCOMPARE(controller->levelSettings(), LevelSettings {});
        action(u"levelling_album"_s)->trigger();
        action(u"levellingPreamp-3"_s)->trigger();
        action(u"levellingClipping"_s)->trigger();
        QCOMPARE(controller->levelSettings().mode, LevelSettings::Mode::Album);
        QCOMPARE(controller->levelSettings().preampDb, -3.0);
        QVERIFY(!controller->levelSettings().preventClipping);
        QCOMPARE(QSettings().value(u"player/levelMode"_s).toString(), u"album"_s);
        QCOMPARE(QSettings().value(u"player/preampDb"_s).toDouble(), -3.0);
        QVERIFY(!action(u"levellingStatus"_s)->isEnabled());
        QCOMPARE(action(u"levellingStatus"_s)->text(), u"Nothing is playing"_s);
        // The menu as a user sees it.
        menu->popup(m_window->mapToGlobal(QPoint(200, 100)));
        QVERIFY(QTest::qWaitForWindowExposed(menu));
        QTest::qWait(200);
        const QString path = QDir(m_shots).filePath(u"levelling-menu.png"_s);
        QVERIFY2(menu->grab().save(path), qPrintable(path));
        qInfo("screenshot: %s", qPrintable(path));
        menu->hide();
        // Measuring from the menu: nothing is linked in this library, so nothing to measure,
        // and the status bar says so.
        action(u"levellingMeasure"_s)->trigger();
        QTRY_VERIFY(!m_service->loudness()->isMeasuring());
        QTRY_VERIFY2(m_window->statusBar()->currentMessage().contains(u"0 of 0 linked files measured"_s),
                     qPrintable(m_window->statusBar()->currentMessage()));
        action(u"levelling_track"_s)->trigger();
        action(u"levellingPreamp0"_s)->trigger();
        action(u"levellingClipping"_s)->trigger();
        QCOMPARE(controller->levelSettings(), LevelSettings {});
        QSettings().remove(u"player"_s);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_service.reset();
    }
};

OST_TEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
