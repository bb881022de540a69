// Loudness measurement benchmark: decodes and measures (EBU R128) every audio file under a
// folder, one after the other as the app's measuring thread does, and prints files a second,
// how many times faster than real time, and per-file times.
// Usage: bench_loudness DIR [MAX_FILES]
//   DIR: for example the peer library of ../shared/bench/gen-library.py (1-second MP3s), or a
//   folder of full-length songs (docs/benchmarks.md says how ours were made).
#include "loudness/loudnessanalyzer.h"
#include "scanning/libraryscanner.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;
using namespace ost;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_loudness DIR [MAX_FILES]\n");
        return 2;
    }
    const int max = argc > 2 ? QByteArray(argv[2]).toInt() : 1'000'000;
    QStringList files;
    QDirIterator it(QString::fromLocal8Bit(argv[1]), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext() && files.size() < max) {
        const QString f = it.next();
        if (LibraryScanner::isAudioFile(f))
            files << f;
    }
    files.sort();
    std::vector<double> perFile;
    qint64 audioMs = 0;
    int failed = 0;
    QElapsedTimer total;
    total.start();
    for (const QString &f : files) {
        QElapsedTimer one;
        one.start();
        auto m = LoudnessAnalyzer::measure(f);
        perFile.push_back(double(one.nsecsElapsed()) / 1e6);
        if (!m) {
            ++failed;
            continue;
        }
        audioMs += m->durationMs;
    }
    const double seconds = double(total.nsecsElapsed()) / 1e9;
    std::sort(perFile.begin(), perFile.end());
    auto pct = [&](double p) {
        return perFile.empty() ? 0.0
                               : perFile[std::min(perFile.size() - 1, size_t(p * double(perFile.size())))];
    };
    std::printf("files %lld (failed %d), audio %.1f min, wall %.2f s\n", qlonglong(files.size()), failed,
                double(audioMs) / 60000.0, seconds);
    std::printf("rate %.1f files/s, %.0fx real time; per file p50 %.1f ms, p99 %.1f ms\n",
                double(files.size()) / seconds, double(audioMs) / 1000.0 / seconds, pct(0.5), pct(0.99));
    return failed == 0 ? 0 : 1;
}
