#pragma once

#include "archive/archivelimits.h"
#include "packprogress.h"
#include "stagedpack.h"

namespace ost {

// Reads an untrusted .ostpack: SafeArchive rules, a strict manifest, every entry listed in the
// manifest and every listed file present with the size and SHA-256 it claims; posters that are
// not images or claim huge dimensions are dropped (the drama keeps its generated poster), a
// preview that is not audio refuses the pack. Files are extracted into a staging folder under
// stagingParent, which should be on the library's file system so they can be renamed into place.
class PackReader
{
public:
    static ArchiveLimits limits();
    static Result<StagedPack> read(const QString &packPath, const QString &stagingParent,
                                   const PackProgress &progress = {});
    // Why data is not an audio file of the given suffix; empty when it looks like one.
    static QString notAudio(const QByteArray &head, const QString &suffix);
    static constexpr int kMaxPosterSide = 8000;
};

} // namespace ost
