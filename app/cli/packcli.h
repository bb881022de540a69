#pragma once

#include <QStringList>

class QCommandLineParser;

namespace ost {
class Library;
class CatalogRepository;
}

namespace ost::cli {

// ostshelf-cli pack export|import and backup create|restore|list.
int runPackCommand(const Library &library, const CatalogRepository &catalog, const QStringList &args,
                   const QCommandLineParser &parser, bool json);
int runBackupCommand(const QString &dataDir, bool dataDirExplicit, const QStringList &args, bool json);

} // namespace ost::cli
