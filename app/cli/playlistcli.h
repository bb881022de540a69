#pragma once

#include <QStringList>

namespace ost {
class Library;
class CatalogRepository;
} // namespace ost

namespace ost::cli {

// ostshelf-cli playlist …: the same repository, importer and exporter as the app.
int runPlaylistCommand(const Library &library, const CatalogRepository &catalog, const QStringList &args,
                       bool json);
QString playlistUsage();

} // namespace ost::cli
