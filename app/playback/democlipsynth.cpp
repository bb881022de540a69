#include "democlipsynth.h"

#include <QCryptographicHash>

#include <cmath>

namespace ost {

std::vector<qint16> DemoClipSynth::render(const QString &songId)
{
    const QByteArray seed = QCryptographicHash::hash(songId.toUtf8(), QCryptographicHash::Sha256);
    auto byte = [&seed](int i) { return quint8(seed[i % seed.size()]); };
    static constexpr int kPentatonic[] = { 0, 2, 4, 7, 9, 12, 14, 16 };
    const double root = 220.0 * std::pow(2.0, (byte(0) % 7) / 12.0); // A3 .. E4
    const double beat = 0.30 + (byte(1) % 5) * 0.04; // 0.30 .. 0.46 s per note
    const int frames = kSampleRate * kSeconds;
    std::vector<qint16> out(size_t(frames), 0);
    const int notes = int(kSeconds / beat);
    for (int n = 0; n < notes; ++n) {
        const int degree = kPentatonic[byte(2 + n % 30) % 8];
        const double freq = root * std::pow(2.0, degree / 12.0);
        const double bass = root / 2.0 * std::pow(2.0, kPentatonic[byte(5 + (n / 4) % 20) % 4] / 12.0);
        const int start = int(n * beat * kSampleRate);
        const int length = int(beat * kSampleRate);
        for (int i = 0; i < length && start + i < frames; ++i) {
            const double t = double(i) / kSampleRate;
            // A plucked envelope: quick attack, exponential decay.
            const double env = std::min(1.0, t / 0.01) * std::exp(-t * 5.0);
            const double v
                = 0.32 * env * (std::sin(2 * M_PI * freq * t) + 0.3 * std::sin(4 * M_PI * freq * t))
                + 0.16 * std::sin(2 * M_PI * bass * (start + i) / double(kSampleRate));
            const int k = start + i;
            // Gentle fade at both ends of the clip.
            const double edge
                = std::min({ 1.0, k / (0.3 * kSampleRate), (frames - 1 - k) / (0.5 * kSampleRate) });
            out[size_t(k)] = qint16(std::lround(std::clamp(v * edge, -1.0, 1.0) * 32767.0));
        }
    }
    return out;
}

} // namespace ost
