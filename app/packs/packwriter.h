#pragma once

#include "packmanifest.h"
#include "packprogress.h"

namespace ost {

// A file on disk to put into a pack.
struct PackSource
{
    PackFile::Kind kind = PackFile::Kind::Poster;
    QString ownerId;
    QString sourcePath;
};

// Writes a .ostpack: a zip with ASCII entry names (posters/, previews/) and manifest.json,
// hashing each file as it is copied in. The pack appears only when it is complete.
class PackWriter
{
public:
    static Result<PackManifest> write(const QString &path, PackManifest manifest,
                                      const QList<PackSource> &sources, const PackProgress &progress = {});
};

} // namespace ost
