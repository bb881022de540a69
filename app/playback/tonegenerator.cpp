#include "tonegenerator.h"

#include <QSaveFile>
#include <QtEndian>

#include <cmath>

namespace ost {

Result<void> ToneGenerator::writePcm(const QString &path, const std::vector<qint16> &samples, int sampleRate,
                                     int channels)
{
    const auto dataBytes = quint32(samples.size() * 2);
    QByteArray wav;
    wav.reserve(int(44 + dataBytes));
    auto u32 = [&](quint32 v) {
        char b[4];
        qToLittleEndian(v, b);
        wav.append(b, 4);
    };
    auto u16 = [&](quint16 v) {
        char b[2];
        qToLittleEndian(v, b);
        wav.append(b, 2);
    };
    wav.append("RIFF");
    u32(36 + dataBytes);
    wav.append("WAVEfmt ");
    u32(16);
    u16(1);
    u16(quint16(channels));
    u32(quint32(sampleRate));
    u32(quint32(sampleRate * channels * 2));
    u16(quint16(channels * 2));
    u16(16);
    wav.append("data");
    u32(dataBytes);
    for (const qint16 s : samples)
        u16(quint16(s));
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(wav) != wav.size() || !f.commit())
        return fail(Error::Kind::Io, QObject::tr("Cannot write %1: %2").arg(path, f.errorString()));
    return {};
}

Result<void> ToneGenerator::writeWav(const QString &path, const Tone &tone)
{
    const qint64 frames = qint64(tone.sampleRate) * tone.durationMs / 1000;
    std::vector<qint16> samples;
    samples.reserve(size_t(frames * tone.channels));
    const qint64 fadeFrames = qint64(tone.sampleRate) * tone.fadeMs / 1000;
    for (qint64 i = 0; i < frames; ++i) {
        double gain = 1.0;
        if (fadeFrames > 0)
            gain = std::min({ 1.0, double(i) / fadeFrames, double(frames - 1 - i) / fadeFrames });
        const double v
            = tone.amplitude * gain * std::sin(2.0 * M_PI * tone.frequency * double(i) / tone.sampleRate);
        const auto sample = qint16(std::lround(std::clamp(v, -1.0, 1.0) * 32767.0));
        for (int c = 0; c < tone.channels; ++c)
            samples.push_back(sample);
    }
    return writePcm(path, samples, tone.sampleRate, tone.channels);
}

} // namespace ost
