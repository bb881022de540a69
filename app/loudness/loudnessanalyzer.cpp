#include "loudnessanalyzer.h"

#include "r128meter.h"
#include "tags/tagreader.h"

#include <QAudioBuffer>
#include <QAudioDecoder>
#include <QEventLoop>
#include <QFileInfo>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <vector>

namespace ost {

namespace {

// The buffer's samples as floats of full scale ±1.
void toFloat(const QAudioBuffer &buffer, std::vector<float> &out)
{
    const qsizetype n = buffer.sampleCount();
    out.resize(size_t(n));
    switch (buffer.format().sampleFormat()) {
    case QAudioFormat::Float: {
        const float *s = buffer.constData<float>();
        std::copy(s, s + n, out.begin());
        break;
    }
    case QAudioFormat::Int16: {
        const qint16 *s = buffer.constData<qint16>();
        for (qsizetype i = 0; i < n; ++i)
            out[size_t(i)] = float(s[i]) / 32768.0f;
        break;
    }
    case QAudioFormat::Int32: {
        const qint32 *s = buffer.constData<qint32>();
        for (qsizetype i = 0; i < n; ++i)
            out[size_t(i)] = float(double(s[i]) / 2147483648.0);
        break;
    }
    case QAudioFormat::UInt8: {
        const quint8 *s = buffer.constData<quint8>();
        for (qsizetype i = 0; i < n; ++i)
            out[size_t(i)] = (float(s[i]) - 128.0f) / 128.0f;
        break;
    }
    case QAudioFormat::Unknown:
    case QAudioFormat::NSampleFormats: out.clear(); break;
    }
}

} // namespace

Result<MeasuredLoudness> LoudnessAnalyzer::measure(const QString &path, const std::atomic<bool> *cancel)
{
    if (!QFileInfo(path).isFile())
        return fail(Error::Kind::NotFound, QObject::tr("%1 is not there.").arg(path));
    // What TagLib finds no audio stream in is not handed to the decoder, which can sit on such
    // a file until the stall timer gives up.
    if (auto tags = TagReader::read(path); !tags)
        return fail(tags.error().kind,
                    QObject::tr("%1 could not be measured: %2").arg(path, tags.error().message));
    QAudioDecoder decoder;
    QEventLoop loop;
    QTimer stall;
    stall.setSingleShot(true);
    stall.setInterval(kStallMs);
    QTimer poll; // looks at cancel between buffers
    poll.setInterval(100);
    std::unique_ptr<R128Meter> meter;
    std::vector<float> samples;
    QString problem;
    QObject::connect(&decoder, &QAudioDecoder::bufferReady, &loop, [&] {
        const QAudioBuffer buffer = decoder.read();
        if (!buffer.isValid())
            return;
        stall.start();
        const QAudioFormat format = buffer.format();
        if (!meter)
            meter = std::make_unique<R128Meter>(format.sampleRate(), format.channelCount());
        if (format.sampleRate() != meter->sampleRate() || format.channelCount() != meter->channels()) {
            problem = QObject::tr("the audio changes its format part way through");
            loop.quit();
            return;
        }
        toFloat(buffer, samples);
        meter->add(samples.data(), qsizetype(samples.size()));
    });
    QObject::connect(&decoder, &QAudioDecoder::finished, &loop, &QEventLoop::quit);
    QObject::connect(&decoder, qOverload<QAudioDecoder::Error>(&QAudioDecoder::error), &loop,
                     [&](QAudioDecoder::Error) {
                         problem = decoder.errorString().isEmpty() ? QObject::tr("the decoder refused it")
                                                                   : decoder.errorString();
                         loop.quit();
                     });
    QObject::connect(&stall, &QTimer::timeout, &loop, [&] {
        problem = QObject::tr("the decoder gave nothing for %1 s").arg(kStallMs / 1000);
        loop.quit();
    });
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (cancel && cancel->load()) {
            problem = QObject::tr("cancelled");
            loop.quit();
        }
    });
    decoder.setSource(QUrl::fromLocalFile(path));
    decoder.start();
    stall.start();
    poll.start();
    loop.exec();
    decoder.stop();
    if (!problem.isEmpty())
        return fail(Error::Kind::InvalidInput,
                    QObject::tr("%1 could not be measured: %2").arg(path, problem));
    if (!meter || meter->frames() == 0)
        return fail(Error::Kind::InvalidInput,
                    QObject::tr("%1 could not be measured: no audio was decoded").arg(path));
    MeasuredLoudness m;
    m.integratedLufs = meter->integratedLoudness();
    m.samplePeak = meter->samplePeak();
    m.durationMs = meter->frames() * 1000 / meter->sampleRate();
    return m;
}

} // namespace ost
