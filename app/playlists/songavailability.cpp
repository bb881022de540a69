#include "songavailability.h"

#include "repositories/localfilerepository.h"
#include "tags/tagreader.h"

#include <QFileInfo>

namespace ost {

Result<SongAvailability> SongAvailability::check(const Database &db, const QStringList &ids)
{
    SongAvailability out;
    const LocalFileRepository files(db);
    auto paths = files.paths(ids);
    if (!paths)
        return std::unexpected(paths.error());
    const auto scanned = files.scannedDurations(paths->values());
    if (!scanned)
        return std::unexpected(scanned.error());
    for (auto it = paths->cbegin(); it != paths->cend(); ++it) {
        if (!QFileInfo(it.value()).isFile()) {
            out.missing.insert(it.key());
            continue;
        }
        if (const auto known = scanned->constFind(it.value()); known != scanned->cend()) {
            out.present.insert(it.key(), *known);
            continue;
        }
        const auto tags = TagReader::read(it.value()); // linked by hand, or changed since the scan
        out.present.insert(it.key(), tags ? tags->durationMs : 0);
    }
    return out;
}

} // namespace ost
