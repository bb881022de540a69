#pragma once

#include <QtGlobal>

namespace ost {

// Caps applied to every archive opened from outside: a pack or backup past any of them is
// refused whole before anything is extracted.
struct ArchiveLimits
{
    int maxEntries = 20000;
    qint64 maxEntrySize = qint64(256) << 20; // one file
    qint64 maxTotalSize = qint64(4) << 30; // all files together, uncompressed
    double maxRatio = 200.0; // uncompressed : compressed, per zip entry and for a whole tar stream
    int maxDepth = 6; // folders
    int maxNameLength = 200;
};

} // namespace ost
