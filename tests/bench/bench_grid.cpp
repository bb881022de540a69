// Scrolls the real poster grid through a generated library and prints frame times
// (p50/p99) and peak RSS. Run under Xvfb: tools/devroot exec tests/harness/with-xvfb bench_grid
#include "catalog/catalogwriter.h"
#include "catalog/librarygenerator.h"
#include "mainwindow/mainwindow.h"
#include "postergrid/postergridview.h"
#include "procstatus.h"
#include "services/libraryservice.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QScrollBar>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace ost;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"ostshelf-bench"_s);
    const QStringList args = app.arguments();
    const QString dataDir = args.size() > 1 ? args.at(1) : QString();
    QTemporaryDir tmp;
    LibraryOptions o;
    o.dataDir = dataDir.isEmpty() ? tmp.path() : dataDir;
    o.dataDirExplicit = true;
    o.bundledCatalog = QCoreApplication::applicationDirPath() + u"/../share/ostshelf/catalog.sqlite"_s;
    auto lib = Library::open(o);
    if (!lib) {
        std::fprintf(stderr, "%s\n", qPrintable(lib.error().message));
        return 1;
    }
    if (dataDir.isEmpty()) {
        if (auto w = CatalogWriter::write(lib->database(), LibraryGenerator::generate(10000, 100000),
                                          u"generated"_s);
            !w) {
            std::fprintf(stderr, "%s\n", qPrintable(w.error().message));
            return 1;
        }
    }
    LibraryService service(std::move(*lib), o.dataDir + u"/cache"_s);
    MainWindow window(&service);
    window.resize(1280, 820);
    window.show();
    service.load();
    while (service.gridModel()->rowCount() == 0)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    PosterGridView *grid = window.gridView();
    for (int i = 0; i < 50; ++i)
        QApplication::processEvents();
    std::printf("grid loaded: peak RSS %lld MiB\n", bench::statusKiB("VmHWM") / 1024);
    bool searchReady = false;
    QObject::connect(&service, &LibraryService::searchReady, &window, [&searchReady] { searchReady = true; });
    while (!searchReady)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    std::printf("search index built: peak RSS %lld MiB\n", bench::statusKiB("VmHWM") / 1024);
    // From here the peak is the scroll's own: writing 5 to clear_refs resets VmHWM (Linux).
    for (int i = 0; i < 20; ++i)
        QApplication::processEvents();
    if (QFile refs(u"/proc/self/clear_refs"_s); !refs.open(QIODevice::WriteOnly) || refs.write("5") != 1)
        std::fprintf(stderr, "cannot reset the peak RSS; the scroll's peak includes the start-up's\n");
    std::printf("before the scroll: RSS %lld MiB\n", bench::statusKiB("VmRSS") / 1024);
    QScrollBar *bar = grid->verticalScrollBar();
    QList<double> frames, paints, deliveries;
    const int step = std::max(1, grid->viewport()->height() / 3);
    for (int pos = 0; pos <= bar->maximum(); pos += step) {
        QElapsedTimer t;
        t.start();
        bar->setValue(pos);
        grid->viewport()->repaint(); // one frame: layout, data(), delegate paint
        paints << t.nsecsElapsed() / 1e6;
        QApplication::processEvents(); // deliver arrived posters
        frames << t.nsecsElapsed() / 1e6;
        deliveries << frames.last() - paints.last();
    }
    std::sort(frames.begin(), frames.end());
    std::sort(paints.begin(), paints.end());
    std::sort(deliveries.begin(), deliveries.end());
    auto pct = [&](double p) {
        return frames.at(std::min<qsizetype>(frames.size() - 1, qsizetype(p * frames.size())));
    };
    std::printf("grid scroll: %d dramas, %lld frames, p50 %.2f ms, p99 %.2f ms, max %.2f ms; peak RSS during "
                "the scroll %lld MiB\n",
                service.gridModel()->rowCount(), static_cast<long long>(frames.size()), pct(0.5), pct(0.99),
                frames.last(), bench::statusKiB("VmHWM") / 1024);
    auto pctOf = [](const QList<double> &v, double p) {
        return v.at(std::min<qsizetype>(v.size() - 1, qsizetype(p * double(v.size()))));
    };
    std::printf("  of which painting: p50 %.2f ms, p99 %.2f ms; delivering posters and other events: p50 "
                "%.2f ms, p99 %.2f ms\n",
                pctOf(paints, 0.5), pctOf(paints, 0.99), pctOf(deliveries, 0.5), pctOf(deliveries, 0.99));
    return 0;
}
