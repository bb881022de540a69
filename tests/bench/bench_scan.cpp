// Scan benchmark: N generated WAV files with real tags (TagLib), a third of them catalog
// songs, the rest unknown; prints files per second for the first scan and for a rescan
// where nothing changed. Usage: bench_scan [N=10000]
#include "playback/tonegenerator.h"
#include "scanning/libraryscanner.h"
#include "storage/library.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <taglib/fileref.h>
#include <taglib/tag.h>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace ost;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? QByteArray(argv[1]).toInt() : 10000;
    QTemporaryDir data, music;
    LibraryOptions o;
    o.dataDir = data.path();
    o.dataDirExplicit = true;
    auto lib = Library::open(o);
    if (!lib) {
        std::fprintf(stderr, "%s\n", qPrintable(lib.error().message));
        return 1;
    }
    QStringList titles;
    auto q = runQuery(lib->database().connection(), u"SELECT title FROM songs"_s);
    while (q && q->next())
        titles << q->value(0).toString();
    QElapsedTimer t;
    t.start();
    const QString seed = music.filePath(u"seed.wav"_s);
    if (auto w = ToneGenerator::writeWav(seed, { 440.0, 100, 0.5, 22050, 1 }); !w) {
        std::fprintf(stderr, "%s\n", qPrintable(w.error().message));
        return 1;
    }
    for (int i = 0; i < n; ++i) {
        const QString dir = music.filePath(u"album%1"_s.arg(i / 100));
        QDir().mkpath(dir);
        const QString path = dir + u"/%1.wav"_s.arg(i);
        QFile::copy(seed, path);
        TagLib::FileRef ref(QFile::encodeName(path).constData());
        const QString title = i % 3 == 0 ? titles.at(i % titles.size()) : u"Unknown Song %1"_s.arg(i);
        ref.tag()->setTitle(TagLib::String(title.toStdString(), TagLib::String::UTF8));
        ref.tag()->setArtist(TagLib::String("Somebody", TagLib::String::UTF8));
        ref.save();
    }
    std::printf("generated %d tagged files in %lld ms\n", n, qint64(t.elapsed()));
    LibraryScanner scanner(lib->database());
    for (const char *label : { "first scan", "rescan (nothing changed)" }) {
        auto s = scanner.scan({ music.path() });
        if (!s) {
            std::fprintf(stderr, "%s\n", qPrintable(s.error().message));
            return 1;
        }
        std::printf("%s: %d files in %lld ms = %.0f files/s (%d read, %d linked, %d new songs, %d new "
                    "dramas, %d other, "
                    "%d to review)\n",
                    label, s->files, s->elapsedMs, s->files * 1000.0 / std::max<qint64>(1, s->elapsedMs),
                    s->read, s->linked, s->added, s->dramasMade, s->other, s->review);
    }
    return 0;
}
