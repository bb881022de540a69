#pragma once

#include <QStringList>

class QCommandLineParser;

namespace ost {
class CatalogRepository;
class Library;
} // namespace ost

namespace ost::cli {

// The catalog's commands: search QUERY, dramas, drama ID|TITLE, song ID|TITLE,
// generate --dramas N --songs M, favorite add|remove|list. Each returns the process's exit code.
int runSearch(const Library &lib, const CatalogRepository &repo, const QStringList &args, bool json);
int runDramas(const CatalogRepository &repo, bool json);
int runDrama(const Library &lib, const CatalogRepository &repo, const QStringList &args, bool json);
int runSong(const CatalogRepository &repo, const QStringList &args, bool json);
int runGenerate(Library &lib, const QCommandLineParser &parser);
int runFavorite(const Library &lib, const CatalogRepository &repo, const QStringList &args, bool json);

} // namespace ost::cli
