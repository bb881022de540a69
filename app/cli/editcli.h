#pragma once

#include <QStringList>

class QCommandLineParser;

namespace ost {
class CatalogRepository;
class Library;
} // namespace ost

namespace ost::cli {

// drama edit ID [--title T] [--title-ko T] [--year N] [--broadcaster B] [--poster FILE]
// drama merge FROM INTO
int runDramaEdit(Library &lib, const CatalogRepository &catalog, const QStringList &args,
                 const QCommandLineParser &p);
int runDramaMerge(Library &lib, const CatalogRepository &catalog, const QStringList &args);
// song move SONG DRAMA|--no-drama [--part N]
// song edit SONG [--title T] [--title-ko T] [--artists A] [--part N]
int runSongMove(Library &lib, const CatalogRepository &catalog, const QStringList &args,
                const QCommandLineParser &p);
int runSongEdit(Library &lib, const CatalogRepository &catalog, const QStringList &args,
                const QCommandLineParser &p);
// album set ALBUM (--drama ID | --not-a-drama)
int runAlbumSet(Library &lib, const CatalogRepository &catalog, const QStringList &args,
                const QCommandLineParser &p);
// other [--json]
int runOther(const Library &lib, bool json);

} // namespace ost::cli
