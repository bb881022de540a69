// What a screen reader finds in the real window: every control a person can reach has a name
// and a role, on the grid and on a drama page, and posters read as "Goblin, 도깨비, 2016, tvN".
// The walk goes through Qt's accessibility interfaces, the ones the AT-SPI bridge exports.
// Left alone, nothing in the window moves (reduced motion).
#include "common/testlibrary.h"
#include "common/testmain.h"
#include "mainwindow/mainwindow.h"
#include "models/dramagridmodel.h"
#include "pages/dramapage.h"
#include "postergrid/postergridview.h"
#include "search/searchbox.h"
#include "services/libraryservice.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QStyleHints>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ost;

class TestAccessibility : public QObject
{
    Q_OBJECT
    QTemporaryDir m_data;
    std::unique_ptr<LibraryService> m_service;
    std::unique_ptr<MainWindow> m_window;

    // The controls a person can reach that a screen reader cannot name.
    QStringList unnamedControls() const
    {
        QStringList unnamed;
        const auto widgets = m_window->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            if (!w->isVisibleTo(m_window.get()) || !w->isEnabled())
                continue;
            // Scroll bars and header views are read by role and value, and by their sections.
            const bool interactive = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w)
                || qobject_cast<QComboBox *>(w) || qobject_cast<QSlider *>(w)
                || (qobject_cast<QAbstractItemView *>(w) && !qobject_cast<QHeaderView *>(w));
            if (!interactive)
                continue;
            if (qobject_cast<QLineEdit *>(w) && qobject_cast<QComboBox *>(w->parentWidget()))
                continue; // an editable combo box's own line edit: the box carries the name
            QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
            const QString name = a ? a->text(QAccessible::Name).trimmed() : QString();
            if (!a || name.isEmpty() || a->role() == QAccessible::NoRole)
                unnamed << QString::fromLatin1(w->metaObject()->className()) + u' '
                        + (w->objectName().isEmpty() ? u"(no object name)"_s : w->objectName());
        }
        return unnamed;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"ostshelf-test"_s);
        auto lib = Library::open(test::libraryOptions(m_data.path()));
        QVERIFY(lib);
        m_service = std::make_unique<LibraryService>(std::move(*lib), m_data.filePath(u"cache"_s));
        m_window = std::make_unique<MainWindow>(m_service.get());
        m_window->resize(1280, 820);
        QSignalSpy loaded(m_service.get(), &LibraryService::gridLoaded);
        m_service->load();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(loaded.wait(10000) || loaded.size() > 0);
    }

    void everyControlOnTheGridHasAName()
    {
        const QStringList unnamed = unnamedControls();
        QVERIFY2(unnamed.isEmpty(), qPrintable(u"unnamed: "_s + unnamed.join(u"; "_s)));
    }

    void postersReadWithTheirFacts()
    {
        PosterGridView *grid = nullptr;
        for (PosterGridView *g : m_window->findChildren<PosterGridView *>())
            if (g->isVisible())
                grid = g;
        QVERIFY(grid);
        QAccessibleInterface *view = QAccessible::queryAccessibleInterface(grid);
        QVERIFY(view && view->childCount() > 0);
        const QModelIndex goblin = m_service->gridModel()->index(m_service->gridModel()->rowOf(u"goblin"_s));
        QVERIFY(goblin.isValid());
        const QString spoken = goblin.data(Qt::AccessibleTextRole).toString();
        QVERIFY2(spoken.startsWith(u"Goblin, 도깨비, 2016"_s), qPrintable(spoken));
        // The view hands the same text to the screen reader.
        bool found = false;
        for (int i = 0; i < view->childCount() && !found; ++i)
            if (QAccessibleInterface *child = view->child(i))
                found = child->text(QAccessible::Name) == spoken;
        QVERIFY2(found, qPrintable(spoken));
    }

    void everyControlOnADramaPageHasAName()
    {
        QSignalSpy ready(m_service.get(), &LibraryService::dramaReady);
        m_window->navigate({ Location::Page::Drama, u"goblin"_s });
        QVERIFY(ready.wait(10000) || ready.size() > 0);
        QTRY_VERIFY(m_window->findChild<DramaPage *>()->isVisible());
        const QStringList unnamed = unnamedControls();
        QVERIFY2(unnamed.isEmpty(), qPrintable(u"unnamed: "_s + unnamed.join(u"; "_s)));
    }

    // Reduced motion: nothing on screen moves by itself. Left alone, the window paints nothing,
    // on the grid and on a drama page; the one thing that blinks, a text field's caret, follows
    // the desktop's cursor-flash setting (0 where the desktop turns blinking off).
    void nothingMovesByItself()
    {
        struct PaintCounter : QObject
        {
            int paints = 0;
            QStringList where;
            bool eventFilter(QObject *o, QEvent *e) override
            {
                if (e->type() == QEvent::Paint) {
                    ++paints;
                    if (where.size() < 5)
                        where << QString::fromLatin1(o->metaObject()->className()) + u' ' + o->objectName();
                }
                return false;
            }
        } counter;
        const auto idlePaints = [&] {
            QTest::qWait(300); // what the last action asked for is painted first
            counter.paints = 0;
            counter.where.clear();
            qApp->installEventFilter(&counter);
            QTest::qWait(1500);
            qApp->removeEventFilter(&counter);
            return counter.paints;
        };
        m_window->navigate({ Location::Page::Grid, {} });
        m_window->setFocus();
        int paints = idlePaints();
        QVERIFY2(paints == 0,
                 qPrintable(u"the grid painted %1 times: "_s.arg(paints) + counter.where.join(u", "_s)));
        m_window->navigate({ Location::Page::Drama, u"goblin"_s });
        QTRY_VERIFY(m_window->findChild<DramaPage *>()->isVisible());
        paints = idlePaints();
        QVERIFY2(
            paints == 0,
            qPrintable(u"the drama page painted %1 times: "_s.arg(paints) + counter.where.join(u", "_s)));

        // The search field's caret blinks at the desktop's rate, and not at all at 0.
        auto *search = m_window->findChild<SearchBox *>();
        QVERIFY(search);
        const int flash = QGuiApplication::styleHints()->cursorFlashTime();
        const auto restore
            = qScopeGuard([flash] { QGuiApplication::styleHints()->setCursorFlashTime(flash); });
        m_window->activateWindow();
        search->setFocus();
        QGuiApplication::styleHints()->setCursorFlashTime(500);
        QTRY_VERIFY(search->hasFocus());
        QVERIFY(idlePaints() > 0); // a blinking caret is seen by this count
        QGuiApplication::styleHints()->setCursorFlashTime(0);
        paints = idlePaints();
        QVERIFY2(paints == 0,
                 qPrintable(u"with blinking off, %1 paints: "_s.arg(paints) + counter.where.join(u", "_s)));
    }
};

OST_TEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
