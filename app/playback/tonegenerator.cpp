#include "tonegenerator.h"

#include <QSaveFile>
#include <QtEndian>

#include <cmath>

namespace ost {

Result<void> ToneGenerator::writeWav(const QString &path, const Tone &tone)
{
    const qint64 frames = qint64(tone.sampleRate) * tone.durationMs / 1000;
    const quint32 dataBytes = quint32(frames * tone.channels * 2);
    QByteArray wav;
    wav.reserve(int(44 + dataBytes));
    auto u32 = [&](quint32 v) { char b[4]; qToLittleEndian(v, b); wav.append(b, 4); };
    auto u16 = [&](quint16 v) { char b[2]; qToLittleEndian(v, b); wav.append(b, 2); };
    wav.append("RIFF");
    u32(36 + dataBytes);
    wav.append("WAVEfmt ");
    u32(16);
    u16(1);
    u16(quint16(tone.channels));
    u32(quint32(tone.sampleRate));
    u32(quint32(tone.sampleRate * tone.channels * 2));
    u16(quint16(tone.channels * 2));
    u16(16);
    wav.append("data");
    u32(dataBytes);
    const qint64 fadeFrames = qint64(tone.sampleRate) * tone.fadeMs / 1000;
    for (qint64 i = 0; i < frames; ++i) {
        double gain = 1.0;
        if (fadeFrames > 0)
            gain = std::min({ 1.0, double(i) / fadeFrames, double(frames - 1 - i) / fadeFrames });
        const double v = tone.amplitude * gain * std::sin(2.0 * M_PI * tone.frequency * double(i) / tone.sampleRate);
        const auto sample = qint16(std::lround(std::clamp(v, -1.0, 1.0) * 32767.0));
        for (int c = 0; c < tone.channels; ++c)
            u16(quint16(sample));
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(wav) != wav.size() || !f.commit())
        return fail(QObject::tr("Cannot write %1: %2").arg(path, f.errorString()));
    return {};
}

} // namespace ost
