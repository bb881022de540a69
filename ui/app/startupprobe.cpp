#include "startupprobe.h"

#include "app/uireport.h"
#include "core/startuptrace.h"
#include "mainwindow/mainwindow.h"
#include "models/dramagridmodel.h"
#include "postergrid/postergridview.h"
#include "services/libraryservice.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

#include <cstdio>

namespace ost {

StartupProbe::StartupProbe(Options options, MainWindow *window, LibraryService *service)
    : QObject(window)
    , m_options(std::move(options))
    , m_window(window)
    , m_service(service)
    , m_timer(new QTimer(this))
{
    StartupTrace::elapsedMs(); // fixes the origin if no mark did
    connect(m_timer, &QTimer::timeout, this, &StartupProbe::poll);
    if (StartupTrace::enabled())
        connect(m_service, &LibraryService::searchReady, this,
                [] { StartupTrace::mark("search index built"); });
    if (quitsWhenReady() || StartupTrace::enabled()) {
        m_window->installEventFilter(this);
        m_timer->start(5);
    }
}

bool StartupProbe::quitsWhenReady() const
{
    return m_options.benchmark || !m_options.screenshot.isEmpty() || !m_options.uiReport.isEmpty();
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && !m_exposed
        && (event->type() == QEvent::Expose || event->type() == QEvent::Paint)) {
        m_exposed = true;
        StartupTrace::mark("window exposed");
    }
    return QObject::eventFilter(watched, event);
}

void StartupProbe::poll()
{
    // Started on another page (--open-location): ready once the library is read.
    const bool onGrid = m_window->currentLocation().page == Location::Page::Grid;
    const bool ready
        = m_service->gridModel()->rowCount() > 0 && (!onGrid || m_window->gridView()->visiblePostersLoaded());
    if (!ready && StartupTrace::elapsedMs() < 15000)
        return;
    m_timer->stop();
    m_window->gridView()->viewport()->repaint();
    StartupTrace::mark(ready ? "first screen of posters painted" : "first screen of posters: timed out");
    if (m_options.benchmark)
        std::printf("startup: first screen of posters painted after %.0f ms (%d dramas)%s\n",
                    StartupTrace::elapsedMs(), m_service->gridModel()->rowCount(),
                    ready ? "" : " [timed out]");
    if (!m_options.screenshot.isEmpty() && !m_window->grab().save(m_options.screenshot))
        std::fprintf(stderr, "ostshelf: cannot save %s\n", qPrintable(m_options.screenshot));
    if (!m_options.uiReport.isEmpty() && !UiReport::write(*m_window, m_options.uiReport))
        std::fprintf(stderr, "ostshelf: cannot write %s\n", qPrintable(m_options.uiReport));
    if (quitsWhenReady())
        QCoreApplication::exit(ready ? 0 : 3);
}

} // namespace ost
