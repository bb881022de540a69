// The window in Korean, in process, for the screenshots a reviewer looks at: the main window, the
// search popup, a drama page and the player bar, with the catalogs embedded as in ostshelf.
// Checks a few strings of each against translations/ostshelf_ko.ts. Screenshots:
// <build>/screenshots/ko-*.png (the popup is a window of its own: the whole screen is grabbed).
#include "app/apptranslations.h"
#include "common/testlibrary.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/sidebarview.h"
#include "models/searchresultsmodel.h"
#include "pages/dramapage.h"
#include "search/searchbox.h"
#include "services/libraryservice.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QListView>
#include <QMenuBar>
#include <QScreen>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace ost;

class TestKoreanWindow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_data;
    QString m_shots = QStringLiteral(OSTSHELF_TEST_BINARY_DIR "/screenshots");
    std::unique_ptr<LibraryService> m_service;
    std::unique_ptr<MainWindow> m_window;

    void shootScreen(const QString &name)
    {
        QApplication::processEvents();
        const QString path = QDir(m_shots).filePath(u"ko-"_s + name + u".png"_s);
        QVERIFY(QGuiApplication::primaryScreen()->grabWindow(0).save(path));
        qInfo("screenshot: %s", qPrintable(path));
    }
    QStringList buttonTexts(const QWidget *w) const
    {
        QStringList out;
        for (const QAbstractButton *b : w->findChildren<QAbstractButton *>())
            if (b->isVisible() && !b->text().isEmpty())
                out << b->text();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QDir().mkpath(m_shots);
        auto lib = Library::open(test::libraryOptions(m_data.path()));
        QVERIFY(lib);
        m_service = std::make_unique<LibraryService>(std::move(*lib), m_data.filePath(u"cache"_s));
        m_window = std::make_unique<MainWindow>(m_service.get());
        m_window->resize(1280, 820);
        m_window->move(0, 0);
        m_window->show();
        m_service->load();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QTRY_COMPARE_WITH_TIMEOUT(m_service->gridModel()->rowCount(), 26, 10000);
    }

    void mainWindowIsKorean()
    {
        QStringList menus;
        for (const QAction *a : m_window->menuBar()->actions())
            menus << a->text();
        QVERIFY2(menus.contains(u"파일(&F)"_s), qPrintable(menus.join(u" | "_s)));
        QCOMPARE(m_window->sidebar()->model()->index(0, 0).data().toString(), u"모든 드라마"_s);
        QVERIFY(m_window->searchBox()->placeholderText().startsWith(u"드라마, 노래"_s));
        QTest::qWait(500);
        shootScreen(u"01-main-window"_s);
    }

    void searchPopupAndDramaPage()
    {
        SearchBox *search = m_window->searchBox();
        search->setFocus();
        QTest::keyClicks(search, u"dokkaebi"_s, Qt::NoModifier,
                         30); // romanization: keyClicks types ASCII only
        QTRY_VERIFY_WITH_TIMEOUT(search->resultsView() && search->resultsView()->isVisible(), 10000);
        QTRY_COMPARE(search->resultsModel()->index(0).data().toString(), u"최상위 결과"_s); // "Top result"
        QCOMPARE(search->resultsModel()->index(1).data(SearchResultsModel::TypeRole).toInt(),
                 int(EntityType::Drama));
        QVERIFY2(
            search->resultsModel()
                ->index(1)
                .data(SearchResultsModel::SubtitleRole)
                .toString()
                .startsWith(u"드라마 · "_s),
            qPrintable(search->resultsModel()->index(1).data(SearchResultsModel::SubtitleRole).toString()));
        // Goblin's songs follow under their heading: the drama's name lists its soundtrack.
        QStringList headings;
        for (int r = 2; r < search->resultsModel()->rowCount(); ++r)
            if (search->resultsModel()->index(r).data(SearchResultsModel::IsHeaderRole).toBool())
                headings << search->resultsModel()->index(r).data().toString();
        QVERIFY2(headings.contains(u"노래"_s), qPrintable(headings.join(u", "_s)));
        shootScreen(u"02-search-popup"_s);
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->currentLocation().page, Location::Page::Drama, 5000);
        QTRY_VERIFY(m_window->dramaPage()->isVisible());
        QTest::qWait(400);
        const QStringList buttons = buttonTexts(m_window->dramaPage());
        QVERIFY2(buttons.contains(u"편집…"_s), qPrintable(buttons.join(u" | "_s)));
        shootScreen(u"03-drama-page"_s);
        // The player bar's controls speak Korean too.
        const QStringList player = buttonTexts(m_window->findChild<QWidget *>(u"playerBar"_s));
        QVERIFY2(player.contains(u"대기열"_s), qPrintable(player.join(u" | "_s)));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_service.reset();
    }
};

int main(int argc, char **argv)
{
    // A Korean desktop session, as its LANG says; the build root has no ko_KR locale generated.
    qputenv("LANG", "ko_KR.UTF-8");
    qunsetenv("LC_ALL");
    qunsetenv("LC_MESSAGES");
    qunsetenv("LANGUAGE");
    QApplication app(argc, argv);
    AppTranslations::install(app);
    TestKoreanWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_koreanwindow.moc"
