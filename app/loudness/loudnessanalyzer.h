#pragma once

#include "core/error.h"
#include "loudness/loudnessrepository.h"

#include <atomic>

namespace ost {

// Decodes a whole audio file with Qt Multimedia's decoder (FFmpeg) and measures it with an
// R128Meter: integrated loudness, sample peak, length. Blocking: call it on a worker thread
// (it runs an event loop of its own while the decoder works). A file TagLib finds no audio in
// is refused before decoding; the measurement stops early, with an error, when cancel is set
// or the decoder stays silent for kStallMs.
class LoudnessAnalyzer
{
public:
    static Result<MeasuredLoudness> measure(const QString &path, const std::atomic<bool> *cancel = nullptr);

    static constexpr int kStallMs = 10'000;
};

} // namespace ost
