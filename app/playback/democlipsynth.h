#pragma once

#include <QString>

#include <vector>

namespace ost {

// Short original demo clips so the app plays out of the box: a melody on a pentatonic
// scale with a bass line, chosen from a hash of the song id (the same id always gives the
// same clip). Synthesized by our own code; no one's recording or composition.
class DemoClipSynth
{
public:
    static constexpr int kSampleRate = 22050;
    static constexpr int kSeconds = 12;
    static std::vector<qint16> render(const QString &songId); // mono
};

} // namespace ost
