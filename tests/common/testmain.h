// Registration of a test class in one of the test programs (tests/CMakeLists.txt compiles
// many test files into one program per library they need, to build faster). Each file ends
// with OST_TEST_MAIN, OST_TEST_GUILESS_MAIN or OST_TEST_APPLESS_MAIN in place of Qt's
// QTEST_MAIN, QTEST_GUILESS_MAIN or QTEST_APPLESS_MAIN, and the program runs the test named
// by its first argument, the file's base name: `ost_tests_core tst_search -v2`.
#pragma once

#include <QTest>
#if defined(QT_WIDGETS_LIB)
#include <QApplication>
#elif defined(QT_GUI_LIB)
#include <QGuiApplication>
#endif

namespace ost::testing {

using TestMain = int (*)(int argc, char **argv);

// Registers main under the base name of file (__FILE__); the program's main() calls it with
// argv[0] renamed to that name, so each test keeps its own application name.
bool registerTest(const char *file, TestMain main);

} // namespace ost::testing

// A main() of one's own (a test that sets up its environment before the application).
#define OST_TEST_CUSTOM_MAIN(function)                                                                       \
    namespace {                                                                                              \
    [[maybe_unused]] const bool ostTestRegistered##function                                                  \
        = ::ost::testing::registerTest(__FILE__, &(function));                                               \
    }

#define OST_TEST_MAIN_BODY(TestObject)                                                                       \
    TestObject tc;                                                                                           \
    QTest::setMainSourcePath(__FILE__, QT_TESTCASE_BUILDDIR);                                                \
    return QTest::qExec(&tc, argc, argv);

#define OST_TEST_APPLESS_MAIN(TestObject)                                                                    \
    namespace {                                                                                              \
    int ostTestMain##TestObject(int argc, char **argv)                                                       \
    {                                                                                                        \
        OST_TEST_MAIN_BODY(TestObject)                                                                       \
    }                                                                                                        \
    }                                                                                                        \
    OST_TEST_CUSTOM_MAIN(ostTestMain##TestObject)

#define OST_TEST_APP_MAIN(TestObject, Application)                                                           \
    namespace {                                                                                              \
    int ostTestMain##TestObject(int argc, char **argv)                                                       \
    {                                                                                                        \
        Application app(argc, argv);                                                                         \
        app.setAttribute(Qt::AA_Use96Dpi, true);                                                             \
        OST_TEST_MAIN_BODY(TestObject)                                                                       \
    }                                                                                                        \
    }                                                                                                        \
    OST_TEST_CUSTOM_MAIN(ostTestMain##TestObject)

#define OST_TEST_GUILESS_MAIN(TestObject) OST_TEST_APP_MAIN(TestObject, QCoreApplication)
#if defined(QT_WIDGETS_LIB)
#define OST_TEST_MAIN(TestObject) OST_TEST_APP_MAIN(TestObject, QApplication)
#elif defined(QT_GUI_LIB)
#define OST_TEST_MAIN(TestObject) OST_TEST_APP_MAIN(TestObject, QGuiApplication)
#else
#define OST_TEST_MAIN(TestObject) OST_TEST_GUILESS_MAIN(TestObject)
#endif
