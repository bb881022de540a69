// The play history at scale: a generated library (default 10,000 dramas, 100,000 songs) with
// a million plays, and what the History page and the song lists ask of it. Prints the median
// of 7 runs of each step, wall clock.
// Usage: QT_QPA_PLATFORM=offscreen bench_history [--dramas N] [--songs M] [--plays P]
#include "catalog/catalogwriter.h"
#include "catalog/librarygenerator.h"
#include "history/playhistoryrepository.h"
#include "pages/historypage.h"
#include "storage/library.h"
#include "storage/sqlquery.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;
using namespace ost;

namespace {

double medianMs(const std::function<void()> &step, int runs = 7)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        step();
        ms << double(t.nsecsElapsed()) / 1e6;
    }
    std::sort(ms.begin(), ms.end());
    return ms.at(ms.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto arg = [&](const QString &name, int def) {
        const int i = int(args.indexOf(name));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : def;
    };
    const int dramas = arg(u"--dramas"_s, 10000);
    const int songs = arg(u"--songs"_s, 100000);
    const int plays = arg(u"--plays"_s, 1000000);
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
    const Database db = lib->database();
    QElapsedTimer t;
    t.start();
    if (auto r = CatalogWriter::write(db, LibraryGenerator::generate(dramas, songs), u"generated"_s); !r) {
        std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
        return 1;
    }
    std::printf("generated %d dramas, %d songs in %lld ms\n", dramas, songs,
                static_cast<long long>(t.restart()));
    // A million plays over a year, songs drawn unevenly (some much more often), a tenth
    // previews and a sixth skipped; through the same trigger the app's plays go through.
    const auto exec = [&](const QString &sql) {
        if (auto q = runQuery(db.connection(), sql); !q) {
            std::fprintf(stderr, "%s\n", qPrintable(q.error().message));
            std::exit(1);
        }
    };
    exec(u"CREATE TEMP TABLE numbered(n INTEGER PRIMARY KEY, id TEXT NOT NULL)"_s);
    exec(u"INSERT INTO numbered SELECT row_number() OVER (ORDER BY id) - 1, id FROM songs"_s);
    exec(u"BEGIN"_s);
    exec(u"WITH RECURSIVE k(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM k WHERE i + 1 < %1) "
         "INSERT INTO plays(song_id, started_at, listened_ms, length_ms, kind, skipped) "
         "SELECT (SELECT id FROM numbered WHERE n = ((i * 7919) %% (1 + (i %% %2))) %% %2), "
         "1764547200000 + i * (31536000000 / %1), 180000, 215000, "
         "CASE WHEN i %% 10 = 0 THEN 'preview' ELSE 'full' END, i %% 6 = 0 FROM k"_s.arg(plays)
             .arg(songs)
             .replace(u"%%"_s, u"%"_s));
    exec(u"COMMIT"_s);
    std::printf("recorded %d plays in %lld ms; library file %.1f MiB\n", plays,
                static_cast<long long>(t.restart()),
                double(QFileInfo(dir.filePath(u"library.sqlite"_s)).size()) / 1048576.0);

    PlayHistoryRepository repo(db);
    QList<HistoryEntry> entries;
    qint64 total = 0;
    const double recentMs = medianMs([&] { entries = *repo.recent(500); });
    const double countMs = medianMs([&] { total = *repo.count(); });
    std::printf("History page's query: newest 500 plays %.2f ms, count of %lld plays %.2f ms\n", recentMs,
                static_cast<long long>(total), countMs);
    HistoryPage page;
    page.resize(1200, 800);
    page.show();
    const double showMs = medianMs([&] {
        page.setEntries(*repo.recent(500), *repo.count());
        page.grab();
    });
    std::printf("History page opened (both queries, model, first paint): %.2f ms\n", showMs);

    QStringList ids;
    for (const HistoryEntry &e : entries.mid(0, 50))
        ids << e.play.songId;
    bool failed = false;
    const double countsMs = medianMs([&] { failed |= !repo.counts(ids); });
    std::printf("play counts of 50 songs (a drama page): %.2f ms\n", countsMs);
    PlayRecord one { ids.value(0), QDateTime::currentDateTimeUtc(), 200000,
                     215000,       PlayRecord::Kind::Full,          false };
    const double recordMs = medianMs([&] { failed |= !repo.record(one); });
    if (failed) {
        std::fprintf(stderr, "reading the counts or recording a play failed\n");
        return 1;
    }
    std::printf("recording one play: %.2f ms\n", recordMs);
    qint64 token = 0;
    t.restart();
    token = *repo.clear();
    const qint64 clearMs = t.restart();
    if (auto r = repo.restore(token); !r)
        return 1;
    std::printf("clear history %lld ms, undo (counts rebuilt) %lld ms\n", static_cast<long long>(clearMs),
                static_cast<long long>(t.elapsed()));
    return 0;
}
