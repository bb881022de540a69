#include "r128meter.h"

#include <cmath>
#include <numbers>

namespace ost {

namespace {

// The shelf and high-pass of BS.1770-4 as second-order sections: centre frequency, Q and the
// high, band and low gains of a normalized biquad, solved from the recommendation's 48 kHz
// coefficients so that other rates get the same curve.
constexpr double kShelfHz = 1681.974450955533;
constexpr double kShelfQ = 0.7071752369554196;
constexpr double kShelfHigh = 1.584864701130855; // about +4 dB
constexpr double kShelfBand = 1.258720930232562;
constexpr double kHighPassHz = 38.13547087602444;
constexpr double kHighPassQ = 0.5003270373238773;

constexpr double kAbsoluteGate = -70.0;
constexpr double kRelativeGate = -10.0;

double loudness(double meanSquare)
{
    return -0.691 + 10.0 * std::log10(meanSquare);
}

} // namespace

std::pair<R128Meter::Biquad, R128Meter::Biquad> R128Meter::kWeighting(int sampleRate)
{
    Biquad shelf;
    {
        const double w = std::tan(std::numbers::pi * kShelfHz / sampleRate);
        const double d = w * w + w / kShelfQ + 1.0;
        shelf.b0 = (w * w + kShelfBand * w / kShelfQ + kShelfHigh) / d;
        shelf.b1 = 2.0 * (w * w - kShelfHigh) / d;
        shelf.b2 = (w * w - kShelfBand * w / kShelfQ + kShelfHigh) / d;
        shelf.a1 = 2.0 * (w * w - 1.0) / d;
        shelf.a2 = (w * w - w / kShelfQ + 1.0) / d;
    }
    Biquad highPass;
    if (sampleRate == 48000) {
        // The recommendation's own coefficients: its high-pass is not exactly a biquad of the
        // design below (0.5 % apart), and 48 kHz is the common case.
        highPass = { 1.0, -2.0, 1.0, -1.99004745483398, 0.99007225036621 };
    } else {
        const double w = std::tan(std::numbers::pi * kHighPassHz / sampleRate);
        const double d = w * w + w / kHighPassQ + 1.0;
        highPass = { 1.0, -2.0, 1.0, 2.0 * (w * w - 1.0) / d, (w * w - w / kHighPassQ + 1.0) / d };
    }
    return { shelf, highPass };
}

R128Meter::R128Meter(int sampleRate, int channels)
    : m_rate(std::clamp(sampleRate, 8000, 768000))
    , m_channels(std::clamp(channels, 1, 64))
    , m_state(size_t(m_channels))
    , m_weights(size_t(m_channels), 1.0)
    , m_quarterFrames(std::max<qint64>(1, m_rate / 10))
{
    std::tie(m_shelf, m_highPass) = kWeighting(m_rate);
    if (m_channels == 6) { // 5.1: L R C LFE Ls Rs
        m_weights[3] = 0.0;
        m_weights[4] = 1.41;
        m_weights[5] = 1.41;
    }
}

void R128Meter::add(const float *samples, qsizetype count)
{
    const qsizetype frames = count / m_channels;
    const Biquad &s = m_shelf;
    const Biquad &h = m_highPass;
    for (qsizetype f = 0; f < frames; ++f) {
        const float *frame = samples + f * m_channels;
        for (int c = 0; c < m_channels; ++c) {
            const double x = frame[c];
            m_peak = std::max(m_peak, std::abs(x));
            State &st = m_state[size_t(c)];
            const double y = s.b0 * x + s.b1 * st.x1 + s.b2 * st.x2 - s.a1 * st.y1 - s.a2 * st.y2;
            st.x2 = st.x1;
            st.x1 = x;
            st.y2 = st.y1;
            st.y1 = y;
            const double z = h.b0 * y + h.b1 * st.z1 + h.b2 * st.z2 - h.a1 * st.w1 - h.a2 * st.w2;
            st.z2 = st.z1;
            st.z1 = y;
            st.w2 = st.w1;
            st.w1 = z;
            m_quarterSum += m_weights[size_t(c)] * z * z;
        }
        ++m_frames;
        if (++m_inQuarter == m_quarterFrames)
            endQuarter();
    }
}

void R128Meter::endQuarter()
{
    m_lastQuarters[size_t(m_quarters % 4)] = m_quarterSum;
    ++m_quarters;
    m_quarterSum = 0;
    m_inQuarter = 0;
    if (m_quarters >= 4) { // a 400 ms block ends every 100 ms (75 % overlap)
        double sum = 0;
        for (const double q : m_lastQuarters)
            sum += q;
        m_blocks.push_back(sum / double(4 * m_quarterFrames));
    }
}

std::optional<double> R128Meter::integratedLoudness() const
{
    double sum = 0;
    qsizetype n = 0;
    for (const double b : m_blocks)
        if (b > 0 && loudness(b) > kAbsoluteGate) {
            sum += b;
            ++n;
        }
    if (n == 0)
        return std::nullopt;
    const double relativeGate = loudness(sum / double(n)) + kRelativeGate;
    sum = 0;
    n = 0;
    for (const double b : m_blocks)
        if (b > 0 && loudness(b) > kAbsoluteGate && loudness(b) > relativeGate) {
            sum += b;
            ++n;
        }
    return n == 0 ? std::nullopt : std::optional(loudness(sum / double(n)));
}

} // namespace ost
