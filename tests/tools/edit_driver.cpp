// Crash-safety driver: applies the edit stream from step FIRST on, through the same
// repositories the app and the CLI use, and prints "ack N" only after edit N committed.
// The test kills it with SIGKILL at random moments.
#include "../common/editscript.h"
#include "repositories/favoriterepository.h"
#include "repositories/playlistrepository.h"
#include "storage/library.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace ost;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 4) {
        std::fprintf(stderr, "usage: edit_driver DATA_DIR CATALOG FIRST_STEP [STEPS]\n");
        return 2;
    }
    LibraryOptions o;
    o.dataDir = QString::fromLocal8Bit(argv[1]);
    o.dataDirExplicit = true;
    o.bundledCatalog = QString::fromLocal8Bit(argv[2]);
    const int first = QByteArray(argv[3]).toInt();
    const int last = argc > 4 ? first + QByteArray(argv[4]).toInt() : 1 << 30;
    auto lib = Library::open(o);
    if (!lib) {
        std::fprintf(stderr, "%s\n", qPrintable(lib.error().message));
        return 1;
    }
    QStringList songs;
    auto q = runQuery(lib->database().connection(), u"SELECT id FROM songs ORDER BY id"_s);
    while (q && q->next())
        songs << q->value(0).toString();
    PlaylistRepository playlists(lib->database());
    FavoriteRepository favorites(lib->database());
    test::EditState state = test::replay(first, songs);
    std::printf("ready\n");
    std::fflush(stdout);
    for (int step = first; step < last; ++step) {
        const test::Edit e = test::editFor(step, state, songs);
        Result<void> r;
        auto id = e.kind == test::Edit::Create ? Result<qint64>(0) : playlists.resolve(e.playlist);
        if (!id) {
            std::fprintf(stderr, "step %d: %s\n", step, qPrintable(id.error().message));
            return 1;
        }
        switch (e.kind) {
        case test::Edit::Create: r = playlists.create(e.playlist).transform([](qint64) {}); break;
        case test::Edit::Add: r = playlists.addSongs(*id, e.songs); break;
        case test::Edit::Remove: r = playlists.removeAt(*id, { e.from }); break;
        case test::Edit::Move: r = playlists.move(*id, e.from, e.to); break;
        case test::Edit::Rename: r = playlists.rename(*id, e.newName); break;
        case test::Edit::Delete: r = playlists.moveToTrash(*id); break;
        case test::Edit::Favorite:
        case test::Edit::Unfavorite:
            r = favorites.setFavorite(FavoriteRepository::Kind::Song, e.songs.first(),
                                      e.kind == test::Edit::Favorite);
            break;
        }
        if (!r) {
            std::fprintf(stderr, "step %d: %s\n", step, qPrintable(r.error().message));
            return 1;
        }
        test::applyEdit(state, e);
        std::printf("ack %d\n", step);
        std::fflush(stdout);
    }
    return 0;
}
