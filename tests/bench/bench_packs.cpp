// Pack import benchmark: a pack of N generated dramas (M songs) with a 300×450 JPEG poster
// for each is imported into an empty library: read and verify (every entry through
// SafeArchive, SHA-256, image headers), plan (compare by stable id), apply (one transaction,
// files renamed into place). Then the same pack again, which changes nothing; then a backup
// of the result and its verification. Usage: bench_packs [N=1000] [M=4000]
#include "backup/backuprestorer.h"
#include "backup/backupwriter.h"
#include "common/generatedpack.h"
#include "packs/packimporter.h"
#include "packs/packreader.h"
#include "repositories/packfilerepository.h"
#include "storage/library.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace ost;

namespace {

int failed(const Error &e)
{
    std::fprintf(stderr, "bench_packs: %s\n", qPrintable(e.message));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    // The posters are painted with text, which needs a GUI application (offscreen is enough).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int dramas = argc > 1 ? QByteArray(argv[1]).toInt() : 1000;
    const int songs = argc > 2 ? QByteArray(argv[2]).toInt() : dramas * 4;
    QTemporaryDir work, data;
    const QString pack = work.filePath(u"generated.ostpack"_s);

    QElapsedTimer t;
    t.start();
    auto written = test::writeGeneratedPack(pack, work.filePath(u"posters"_s), dramas, songs);
    if (!written)
        return failed(written.error());
    std::printf("wrote pack: %d dramas, %d songs, %lld posters, %.1f MiB in %lld ms\n", dramas, songs,
                qint64(written->files.size()), double(QFileInfo(pack).size()) / (1 << 20),
                qint64(t.elapsed()));

    LibraryOptions o;
    o.dataDir = data.path();
    o.dataDirExplicit = true;
    auto lib = Library::open(o);
    if (!lib)
        return failed(lib.error());
    PackImporter importer(lib->database(), lib->dataDir());

    for (const char *label : { "first import", "same pack again" }) {
        QElapsedTimer total;
        total.start();
        t.restart();
        auto staged = PackReader::read(pack, PackFileRepository::folder(lib->dataDir()));
        if (!staged)
            return failed(staged.error());
        const qint64 readMs = t.restart();
        auto plan = importer.plan(*staged);
        if (!plan)
            return failed(plan.error());
        const qint64 planMs = t.restart();
        if (auto r = importer.apply(*plan); !r)
            return failed(r.error());
        const qint64 applyMs = t.restart();
        std::printf("%s: %lld ms total (read+verify %lld, plan %lld, apply %lld); %lld dramas added, %lld "
                    "updated, %d unchanged\n",
                    label, qint64(total.elapsed()), readMs, planMs, applyMs,
                    qint64(plan->dramas.added.size()), qint64(plan->dramas.updated.size()),
                    plan->dramas.unchanged);
    }

    const QString backup = work.filePath(u"library.ostbackup"_s);
    t.restart();
    auto m = BackupWriter(lib->database(), lib->dataDir()).write(backup);
    if (!m)
        return failed(m.error());
    std::printf("backup: %lld files, %.1f MiB in %lld ms\n", qint64(m->files.size()),
                double(QFileInfo(backup).size()) / (1 << 20), qint64(t.restart()));
    QTemporaryDir restoreInto;
    auto staged = BackupRestorer(restoreInto.path()).stage(backup);
    if (!staged)
        return failed(staged.error());
    std::printf("restore check (extract, hash, integrity_check): %lld ms\n", qint64(t.elapsed()));
    return 0;
}
