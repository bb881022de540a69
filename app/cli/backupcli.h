#pragma once

#include <QStringList>

class QCommandLineParser;

namespace ost {
struct LibraryOptions;
}

namespace ost::cli {

// ostshelf-cli backup create|restore|list. It runs before the library is opened, because a
// restore has to be in place before anything reads the library.
int runBackupCommand(const LibraryOptions &options, const QStringList &args, const QCommandLineParser &parser,
                     bool json);

} // namespace ost::cli
