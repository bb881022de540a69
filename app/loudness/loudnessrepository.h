#pragma once

#include "loudness/replaygain.h"
#include "storage/database.h"

#include <optional>

namespace ost {

// What the loudness measurement found in one file.
struct MeasuredLoudness
{
    std::optional<double> integratedLufs; // empty: silent
    double samplePeak = 0.0;
    qint64 durationMs = 0;

    // As ReplayGain terms: the gain to −18 LUFS and the peak (no gain for a silent file).
    ReplayGain asReplayGain() const;
};

// Loudness measured by OST Shelf (table file_loudness), per file path, valid while the file
// keeps the size and modification time it had when it was measured.
class LoudnessRepository
{
public:
    explicit LoudnessRepository(Database db);

    Result<void> store(const QString &path, qint64 size, qint64 mtime, const MeasuredLoudness &loudness);
    // The measurement of the file as it is now (size and mtime compared); empty when there is
    // none or the file changed since.
    Result<std::optional<MeasuredLoudness>> find(const QString &path) const;
    Result<int> count() const;

private:
    Database m_db;
};

} // namespace ost
