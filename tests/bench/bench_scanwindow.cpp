// The window while a scan of the user's files runs: the real MainWindow under Xvfb, a scan
// started as the app starts it (LocalMusicService, its own thread). Prints when the first new
// drama reached the grid, the frame times of the grid while the scan runs (each tick repaints
// the grid's viewport: layout, data(), delegate paint, and measures the gap since the last
// tick, so a GUI thread held up by anything shows), the scan's end, and peak RSS.
// Run: tools/devroot exec tests/harness/with-xvfb build/default/bench/bench_scanwindow MUSIC_DIR
// [--no-frames]
#include "mainwindow/mainwindow.h"
#include "models/dramagridmodel.h"
#include "postergrid/postergridview.h"
#include "procstatus.h"
#include "services/libraryservice.h"
#include "services/localmusicservice.h"
#include "storage/library.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace ost;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_scanwindow MUSIC_DIR\n");
        return 2;
    }
    const QString music = QString::fromLocal8Bit(argv[1]);
    // --no-frames: only the scan's time, with nothing repainting on purpose (the app at rest).
    const bool measureFrames = !(argc > 2 && qstrcmp(argv[2], "--no-frames") == 0);
    QTemporaryDir data;
    LibraryOptions options;
    options.dataDir = data.path();
    options.dataDirExplicit = true;
    auto lib = Library::open(options);
    if (!lib) {
        std::fprintf(stderr, "%s\n", qPrintable(lib.error().message));
        return 1;
    }
    LibraryService service(std::move(*lib), data.filePath(u"cache"_s));
    MainWindow window(&service);
    window.resize(1280, 820);
    window.show();
    service.load();
    const int catalogDramas = 26;
    while (service.gridModel()->rowCount() < catalogDramas)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    const qint64 rssBefore = bench::statusKiB("VmHWM") / 1024;

    LocalMusicService *scanner = service.localMusic();
    bool foldersSaved = false;
    QObject::connect(scanner, &LocalMusicService::foldersReady, &app,
                     [&foldersSaved](const QStringList &f) { foldersSaved = !f.isEmpty(); });
    scanner->addFolder(music);
    while (!foldersSaved)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);

    QElapsedTimer sinceStart;
    qint64 firstDramaMs = -1, doneMs = -1;
    QList<double> frames, gaps;
    QElapsedTimer lastTick;
    QTimer tick;
    tick.setInterval(10);
    QObject::connect(&tick, &QTimer::timeout, &app, [&] {
        if (firstDramaMs < 0 && service.gridModel()->rowCount() > catalogDramas)
            firstDramaMs = sinceStart.elapsed();
        gaps << lastTick.nsecsElapsed() / 1e6;
        lastTick.start();
        if (!measureFrames)
            return;
        QElapsedTimer t;
        t.start();
        window.gridView()->viewport()->repaint();
        frames << t.nsecsElapsed() / 1e6;
    });
    QObject::connect(scanner, &LocalMusicService::scanFinished, &app, [&](const QString &summary) {
        doneMs = sinceStart.elapsed();
        std::printf("scan: %s\n", qPrintable(summary));
        QTimer::singleShot(1500, &app, [] { QCoreApplication::quit(); }); // the last grid reload lands
    });
    sinceStart.start();
    lastTick.start();
    tick.start();
    scanner->scan();
    QApplication::exec();

    const auto pct = [](QList<double> v, double p) {
        std::sort(v.begin(), v.end());
        return v.isEmpty() ? 0.0 : v.at(std::min<qsizetype>(v.size() - 1, qsizetype(p * v.size())));
    };
    std::printf(
        "window during the scan: first new drama in the grid after %lld ms; scan finished after %lld ms; "
        "%d dramas in the grid\n",
        static_cast<long long>(firstDramaMs), static_cast<long long>(doneMs),
        service.gridModel()->rowCount());
    std::printf("grid frames (repaint of the viewport), %lld: p50 %.2f ms, p99 %.2f ms, max %.2f ms\n",
                static_cast<long long>(frames.size()), pct(frames, 0.5), pct(frames, 0.99), pct(frames, 1.0));
    std::printf("GUI thread ticks (10 ms timer), gap between ticks: p50 %.2f ms, p99 %.2f ms, max %.2f ms\n",
                pct(gaps, 0.5), pct(gaps, 0.99), pct(gaps, 1.0));
    std::printf("peak RSS: %lld MiB before the scan, %lld MiB at its end\n", rssBefore,
                bench::statusKiB("VmHWM") / 1024);
    return 0;
}
