#pragma once

#include <QtGlobal>

#include <array>
#include <optional>
#include <vector>

namespace ost {

// Integrated loudness (EBU R128 / ITU-R BS.1770-4) and sample peak of audio fed to it in
// pieces: K-weighting (a high shelf and a high-pass, designed for the sample rate), mean
// square per channel over 400 ms blocks every 100 ms, the absolute gate at −70 LUFS and the
// relative gate 10 LU below the gated mean. Channels 4 and 5 of six (surround) weigh 1.41,
// the LFE (channel 3 of six) none, every other channel 1.
class R128Meter
{
public:
    R128Meter(int sampleRate, int channels);

    // Interleaved samples, full scale ±1.0; a partial frame at the end is ignored.
    void add(const float *samples, qsizetype count);

    // LUFS; empty when nothing passed the absolute gate (silence, or under 400 ms of audio).
    std::optional<double> integratedLoudness() const;
    double samplePeak() const { return m_peak; }
    qint64 frames() const { return m_frames; }
    int sampleRate() const { return m_rate; }
    int channels() const { return m_channels; }

    struct Biquad
    {
        double b0 = 1, b1 = 0, b2 = 0, a1 = 0, a2 = 0;
    };
    // The two K-weighting stages for a sample rate (at 48 kHz, BS.1770's table).
    static std::pair<Biquad, Biquad> kWeighting(int sampleRate);

    // ReplayGain 2.0's reference: −18 LUFS.
    static constexpr double kReferenceLufs = -18.0;

private:
    struct State
    {
        double x1 = 0, x2 = 0, y1 = 0, y2 = 0; // pre-filter
        double z1 = 0, z2 = 0, w1 = 0, w2 = 0; // high-pass
    };
    void endQuarter();

    int m_rate;
    int m_channels;
    Biquad m_shelf;
    Biquad m_highPass;
    std::vector<State> m_state;
    std::vector<double> m_weights;
    qint64 m_quarterFrames; // 100 ms
    qint64 m_inQuarter = 0;
    double m_quarterSum = 0; // weighted sum of squares in the current 100 ms
    std::array<double, 4> m_lastQuarters {}; // the last four 100 ms sums
    int m_quarters = 0;
    std::vector<double> m_blocks; // mean square of each 400 ms block, weighted
    double m_peak = 0;
    qint64 m_frames = 0;
};

} // namespace ost
