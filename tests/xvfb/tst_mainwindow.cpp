// The real window under Xvfb, driven as a user would: it opens and shows posters; typing
// "Punch" lists results; Enter opens a drama with its soundtrack; Alt+Left goes back.
// Screenshots of each step go to <build>/screenshots/.
#include "mainwindow/mainwindow.h"
#include "models/searchresultsmodel.h"
#include "models/trackmodel.h"
#include "pages/dramapage.h"
#include "pages/tracklistview.h"
#include "postergrid/postergridview.h"
#include "search/searchbox.h"
#include "services/libraryservice.h"

#include "common/testlibrary.h"

#include <QApplication>
#include <QDir>
#include <QListView>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

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

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QGuiApplication::platformName() == u"xcb"_s);
        QDir().mkpath(m_shots);
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
        search->setFocus();
        QTest::keyClicks(search, u"Punch"_s, Qt::NoModifier, 30);
        QTRY_VERIFY_WITH_TIMEOUT(search->resultsView() && search->resultsView()->isVisible(), 10000);
        QTRY_COMPARE(search->resultsModel()->query(), u"Punch"_s);
        auto *results = search->resultsModel();
        QVERIFY(results->hitCount() >= 5);
        QCOMPARE(results->index(0).data().toString(), u"Dramas"_s); // grouped, dramas first
        shoot(u"02-search-punch"_s);

        const QString dramaId = search->resultsView()->currentIndex().data(SearchResultsModel::IdRole).toString();
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

    void cleanupTestCase()
    {
        m_window.reset();
        m_service.reset();
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
