#pragma once

#include <QString>

namespace ost {

// A regular file of an archive that passed SafeArchive's rules.
struct ArchiveEntry
{
    QString path; // '/'-separated, relative, checked
    qint64 size = 0; // as the archive claims it
    qint64 compressedSize = -1; // zip only
    quint32 crc32 = 0; // zip only
    bool hasCrc = false;
};

} // namespace ost
