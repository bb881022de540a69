#pragma once

#include "core/error.h"

#include <vector>

namespace ost {

// Writes 16-bit PCM WAV files of sine tones: demo clips and audio test fixtures, made by us.
class ToneGenerator
{
public:
    struct Tone
    {
        double frequency = 440.0; // Hz; 0 writes silence
        int durationMs = 1000;
        double amplitude = 0.5; // of full scale
        int sampleRate = 48000;
        int channels = 2;
        int fadeMs = 0; // linear fade in and out
    };
    static Result<void> writeWav(const QString &path, const Tone &tone);
    // 16-bit PCM samples (interleaved when channels > 1), written atomically.
    static Result<void> writePcm(const QString &path, const std::vector<qint16> &samples, int sampleRate,
                                 int channels);
};

} // namespace ost
