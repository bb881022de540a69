#pragma once

#include "archivelimits.h"
#include "core/error.h"

#include <KCompressionDevice>
#include <QString>

class QIODevice;

namespace ost::archivechecks {

// What SafeArchive checks before and beside KArchive, which is too lenient for files from
// outside: entry names, complete compressed streams, raw tar headers.

// "12.5 MiB", for messages about sizes.
QString mib(qint64 bytes);

// Refuses a name that may not be used as a relative path in our folders (empty, too long,
// absolute, a backslash, a drive letter, a control character, "." or ".." components); the
// message names the entry as `shown`.
Result<void> checkEntryName(const QString &name, const QString &shown, int maxLength);

// KCompressionDevice reports a stream cut short as a clean end: refuses a file whose zstd
// frames, xz footer or gzip trailer do not end properly. `inflated` is the length read through it.
Result<void> checkStreamComplete(const QString &path, KCompressionDevice::CompressionType type,
                                 qint64 inflated);

// Reads a tar's raw headers (KTar hides what a hostile tar says): every name, every type,
// within the limits.
Result<void> checkTarHeaders(QIODevice &dev, const ArchiveLimits &limits);

} // namespace ost::archivechecks
