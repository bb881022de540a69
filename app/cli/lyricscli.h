#pragma once

#include <QStringList>

namespace ost {
class Library;
class CatalogRepository;
} // namespace ost

namespace ost::cli {

// ostshelf-cli song ID|TITLE --lyrics [--json]: the lyrics of the file linked to a song (its
// .lrc, else its lyrics tag), timed lines with a romanization line under Hangul lines.
int runSongLyrics(const Library &library, const CatalogRepository &catalog, const QStringList &args,
                  bool json);

} // namespace ost::cli
