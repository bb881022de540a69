// Search latency per keystroke over a generated library (default 10,000 dramas, 100,000
// songs): builds the index from the database like the app, then types queries a character
// at a time and prints p50/p99/max for the index and, unless --no-scan, for the linear scan
// it replaced (same run, so the ratio holds on any day).
// Usage: bench_search [--dramas N] [--songs M] [--no-scan] [--slowest] [--index-file F]
// --index-file F: load the index from F if it holds one (built by this benchmark), else build it
// and save it there; generating a million songs takes minutes, loading their index seconds.
// BENCH_SEARCH_REPEAT=Q: time one query (BENCH_SEARCH_BATCHES=N: the fastest of N single runs);
// BENCH_SEARCH_VERIFY_ALL_BELOW=N: SearchIndex::setVerifyAllBelow(N), e.g. to compare with
// every word matched in full.
#include "catalog/catalogwriter.h"
#include "catalog/librarygenerator.h"
#include "repositories/catalogrepository.h"
#include "search/searchdocumentreader.h"
#include "search/searchindex.h"
#include "storage/library.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace ost;

namespace {

// CPU time of this thread: steadier than the wall clock on a shared machine.
double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

struct Percentiles
{
    double p50, p99, max;
};

Percentiles typeQueries(const SearchIndex &index, const QStringList &queries, SearchIndex::Method method,
                        qsizetype *keystrokes, bool printSlowest, int rounds = 3)
{
    QList<double> ms;
    QList<std::pair<double, QString>> slowest;
    for (int round = 0; round < rounds; ++round)
        for (const QString &q : queries)
            for (int len = 1; len <= q.size(); ++len) {
                QElapsedTimer k;
                k.start();
                const auto hits = index.search(q.left(len), 8, method);
                ms << double(k.nsecsElapsed()) / 1e6;
                slowest << std::pair { ms.last(), q.left(len) };
                Q_UNUSED(hits)
            }
    std::sort(ms.begin(), ms.end());
    if (printSlowest) {
        std::sort(slowest.begin(), slowest.end(),
                  [](const auto &a, const auto &b) { return a.first > b.first; });
        for (qsizetype i = 0; i < std::min<qsizetype>(10, slowest.size()); ++i)
            std::printf("  %.3f ms  %s\n", slowest[i].first, qPrintable(slowest[i].second));
    }
    auto pct = [&](double p) {
        return ms.at(std::min<qsizetype>(ms.size() - 1, qsizetype(p * double(ms.size()))));
    };
    *keystrokes = ms.size();
    return { pct(0.50), pct(0.99), ms.last() };
}

} // namespace

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
    const bool slowest = args.contains(u"--slowest"_s); // the ten slowest keystrokes
    const qsizetype fileArg = args.indexOf(u"--index-file"_s);
    const QString indexFile = fileArg >= 0 && fileArg + 1 < args.size() ? args.at(fileArg + 1) : QString();
    const QByteArray fileKey = "bench " + QByteArray::number(dramas) + ' ' + QByteArray::number(songs);
    SearchIndex index;
    if (QFile saved(indexFile); !indexFile.isEmpty() && saved.open(QIODevice::ReadOnly)) {
        QElapsedTimer t;
        t.start();
        auto loaded = SearchIndex::load(saved, fileKey);
        if (!loaded) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(indexFile), qPrintable(loaded.error().message));
            return 1;
        }
        index = std::move(*loaded);
        std::printf("index: %lld documents loaded from %s in %lld ms\n",
                    static_cast<long long>(index.documentCount()), qPrintable(indexFile),
                    static_cast<long long>(t.elapsed()));
    } else {
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
        if (auto r = CatalogWriter::write(lib->database(), LibraryGenerator::generate(dramas, songs),
                                          u"generated"_s);
            !r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
            return 1;
        }
        std::printf("generated %d dramas, %d songs in %lld ms\n", dramas, songs,
                    static_cast<long long>(t.restart()));
        QList<SearchDocument> docs;
        if (!SearchDocumentReader(lib->database()).forEach([&docs](const SearchDocument &d) {
                docs << d;
                return true;
            }))
            return 1;
        const qint64 readMs = t.restart();
        const double cpuBefore = threadCpuMs();
        for (const auto &d : docs)
            index.add(d);
        const qint64 addMs = t.elapsed();
        index.finish();
        std::printf("index: documents added (folded) in %lld ms, finished in %lld ms\n",
                    static_cast<long long>(addMs), static_cast<long long>(t.elapsed() - addMs));
        const qint64 buildMs = t.elapsed();
        std::printf("index: built with %.0f ms of CPU time\n", threadCpuMs() - cpuBefore);
        docs.clear();
        std::printf("index: %lld documents read from SQLite in %lld ms, indexed in %lld ms\n",
                    static_cast<long long>(index.documentCount()), static_cast<long long>(readMs),
                    static_cast<long long>(buildMs));
        if (QFile out(indexFile); !indexFile.isEmpty()) {
            if (!out.open(QIODevice::WriteOnly) || !index.save(out, fileKey)) {
                std::fprintf(stderr, "cannot save the index to %s\n", qPrintable(indexFile));
                return 1;
            }
        }
    }
    const auto s = index.stats();
    std::printf("index: %lld fields, %lld folded characters, %lld grams, %lld postings, %.2f MiB\n",
                static_cast<long long>(s.fields), static_cast<long long>(s.textChars),
                static_cast<long long>(s.grams), static_cast<long long>(s.postings),
                double(s.memoryBytes) / 1048576.0);
    std::printf("index memory: documents %.1f MiB, folded text %.1f MiB, postings %.1f MiB, links %.1f MiB\n",
                double(s.documentBytes) / 1048576.0, double(s.textBytes) / 1048576.0,
                double(s.postingBytes) / 1048576.0, double(s.linkBytes) / 1048576.0);

    if (const int below = qEnvironmentVariableIntValue("BENCH_SEARCH_VERIFY_ALL_BELOW"); below > 0)
        index.setVerifyAllBelow(quint32(below));
    if (const QString only = qEnvironmentVariable("BENCH_SEARCH_REPEAT"); !only.isEmpty()) {
        // For a profiler: one query, many times; the fastest of 20 batches of 100 is the figure
        // least disturbed by other work on the machine.
        double fastest = 1e9;
        const int batches = qEnvironmentVariableIntValue("BENCH_SEARCH_BATCHES") > 0
            ? qEnvironmentVariableIntValue("BENCH_SEARCH_BATCHES")
            : 20;
        const int perBatch = batches < 20 ? 1 : 100;
        for (int batch = 0; batch < batches; ++batch) {
            QElapsedTimer r;
            r.start();
            for (int i = 0; i < perBatch; ++i)
                Q_UNUSED(index.search(only, 8));
            fastest = std::min(fastest, double(r.nsecsElapsed()) / perBatch / 1e6);
        }
        std::printf("%s: %.3f ms per search (fastest batch of 20)\n", qPrintable(only), fastest);
        return 0;
    }
    const QStringList queries
        = { u"punch"_s, u"도깨비"_s,          u"ㄷㄲㅂ"_s, u"dokkaebi"_s, u"사랑"_s,      u"star"_s,
            u"exo"_s,   u"guardian lonely"_s, u"눈물"_s,   u"ㅅㄹ"_s,     u"memory 12"_s, u"kim"_s };
    qsizetype keystrokes = 0;
    {
        // Saved beside the library and loaded at the next start while the library is unchanged.
        QTemporaryDir saveDir;
        QFile out(saveDir.filePath(u"search-index.bin"_s));
        QElapsedTimer io;
        io.start();
        if (!out.open(QIODevice::WriteOnly) || !index.save(out, "bench"))
            return 1;
        out.close();
        const qint64 saveMs = io.restart();
        QFile in(out.fileName());
        if (!in.open(QIODevice::ReadOnly))
            return 1;
        auto loaded = SearchIndex::load(in, "bench");
        if (!loaded) {
            std::fprintf(stderr, "%s\n", qPrintable(loaded.error().message));
            return 1;
        }
        std::printf("index file: %.1f MiB, saved in %lld ms, loaded and checked in %lld ms\n",
                    double(out.size()) / 1048576.0, static_cast<long long>(saveMs),
                    static_cast<long long>(io.elapsed()));
    }
    // The first query pays one-time costs (Unicode tables); the app pays them when it builds
    // the index, so they are not a keystroke's.
    QElapsedTimer warm;
    warm.start();
    index.search(u"a b"_s, 8);
    std::printf("first query: %.3f ms\n", double(warm.nsecsElapsed()) / 1e6);
    const Percentiles idx = typeQueries(index, queries, SearchIndex::Method::Index, &keystrokes, slowest,
                                        qEnvironmentVariableIntValue("BENCH_SEARCH_ROUNDS") > 0
                                            ? qEnvironmentVariableIntValue("BENCH_SEARCH_ROUNDS")
                                            : 3);
    std::printf("search per keystroke over %lld keystrokes (index): p50 %.3f ms, p99 %.3f ms, max %.3f ms\n",
                static_cast<long long>(keystrokes), idx.p50, idx.p99, idx.max);
    if (!args.contains(u"--no-scan"_s)) {
        const Percentiles scan = typeQueries(index, queries, SearchIndex::Method::Scan, &keystrokes, slowest);
        std::printf("search per keystroke over %lld keystrokes (linear scan): p50 %.3f ms, p99 %.3f ms, max "
                    "%.3f ms\n",
                    static_cast<long long>(keystrokes), scan.p50, scan.p99, scan.max);
        std::printf("index / scan: p50 %.2f, p99 %.2f\n", idx.p50 / scan.p50, idx.p99 / scan.p99);
    }
    return 0;
}
