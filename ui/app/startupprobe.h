#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>

class QTimer;

namespace ost {

class LibraryService;
class MainWindow;

// Watches the start-up until the first screen of posters is painted, then does what the
// command line asked: print the time (--startup-benchmark), save a screenshot, write the UI
// report, and quit; or, with OSTSHELF_STARTUP_TRACE set (StartupTrace), mark the window's
// first exposure, the first screen of posters and the search index, and keep running
// (bench_startup reads the trace, and the memory later).
class StartupProbe final : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        bool benchmark = false;
        QString screenshot;
        QString uiReport;
    };
    StartupProbe(Options options, MainWindow *window, LibraryService *service);
    bool quitsWhenReady() const;

private:
    void poll();
    bool eventFilter(QObject *watched, QEvent *event) override;

    Options m_options;
    MainWindow *m_window;
    LibraryService *m_service;
    QTimer *m_timer;
    bool m_exposed = false;
};

} // namespace ost
