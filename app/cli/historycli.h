#pragma once

#include <QStringList>

class QCommandLineParser;

namespace ost {
class Library;
} // namespace ost

namespace ost::cli {

// ostshelf-cli history [list] [--limit N] [--json]: the newest plays, as the History page shows
// them; history clear: forgets every play (the app's Clear history, without its undo).
int runHistory(Library &library, const QStringList &args, const QCommandLineParser &parser, bool json);

} // namespace ost::cli
