// Search latency per keystroke over a generated library (default 10,000 dramas, 100,000
// songs): builds the index from the database like the app, then types queries a character
// at a time and prints p50/p99/max. Usage: bench_search [--dramas N] [--songs M]
#include "catalog/catalogwriter.h"
#include "catalog/librarygenerator.h"
#include "repositories/catalogrepository.h"
#include "search/searchindex.h"
#include "storage/library.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace ost;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto arg = [&](const QString &name, int def) {
        const int i = int(args.indexOf(name));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : def;
    };
    const int dramas = arg(u"--dramas"_s, 10000);
    const int songs = arg(u"--songs"_s, 100000);
    QTemporaryDir dir;
    LibraryOptions o;
    o.dataDir = dir.path();
    o.dataDirExplicit = true;
    o.bundledCatalog = QCoreApplication::applicationDirPath() + u"/../share/ostshelf/catalog.sqlite"_s;
    auto lib = Library::open(o);
    if (!lib) {
        std::fprintf(stderr, "%s\n", qPrintable(lib.error().message));
        return 1;
    }
    QElapsedTimer t;
    t.start();
    if (auto r = CatalogWriter::write(lib->database(), LibraryGenerator::generate(dramas, songs), u"generated"_s); !r) {
        std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
        return 1;
    }
    std::printf("generated %d dramas, %d songs in %lld ms\n", dramas, songs, static_cast<long long>(t.restart()));
    SearchIndex index;
    if (!CatalogRepository(lib->database()).forEachSearchDocument([&index](const SearchDocument &d) { index.add(d); }))
        return 1;
    index.finish();
    std::printf("index: %lld documents read from SQLite and indexed in %lld ms\n",
                static_cast<long long>(index.documentCount()), static_cast<long long>(t.elapsed()));

    const QStringList queries = { u"punch"_s, u"도깨비"_s, u"ㄷㄲㅂ"_s, u"dokkaebi"_s, u"사랑"_s, u"star"_s, u"exo"_s,
                                  u"guardian lonely"_s, u"눈물"_s, u"ㅅㄹ"_s, u"memory 12"_s, u"kim"_s };
    QList<double> ms;
    for (int round = 0; round < 3; ++round)
        for (const QString &q : queries)
            for (int len = 1; len <= q.size(); ++len) {
                QElapsedTimer k;
                k.start();
                const auto hits = index.search(q.left(len), 8);
                ms << k.nsecsElapsed() / 1e6;
                Q_UNUSED(hits)
            }
    std::sort(ms.begin(), ms.end());
    auto pct = [&](double p) { return ms.at(std::min<qsizetype>(ms.size() - 1, qsizetype(p * ms.size()))); };
    std::printf("search per keystroke over %lld keystrokes: p50 %.2f ms, p99 %.2f ms, max %.2f ms\n",
                static_cast<long long>(ms.size()), pct(0.50), pct(0.99), ms.last());
    return 0;
}
