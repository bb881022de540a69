#pragma once

#include <QStringList>

class QCommandLineParser;

namespace ost {
class Library;
class CatalogRepository;
} // namespace ost

namespace ost::cli {

// ostshelf-cli pack export|import.
int runPackCommand(const Library &library, const CatalogRepository &catalog, const QStringList &args,
                   const QCommandLineParser &parser, bool json);

} // namespace ost::cli
