// Loudness measurement: the R128 meter against BS.1770's filter table and the EBU's test
// signals (sines at known levels, gating of quiet parts, silence, other sample rates and
// channel counts), the decoder through Qt Multimedia on real files, the stored measurements
// (valid while a file is unchanged) and the service over a library's linked files.
#include "common/tagstrings.h"
#include "common/testlibrary.h"
#include "common/testmain.h"
#include "loudness/loudnessanalyzer.h"
#include "loudness/loudnessrepository.h"
#include "loudness/r128meter.h"
#include "playback/tonegenerator.h"
#include "repositories/localfilerepository.h"
#include "services/loudnessservice.h"
#include "storage/library.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <numbers>
#include <vector>

using namespace Qt::StringLiterals;
using namespace ost;

namespace {

// Interleaved sine of amplitude (peak, full scale 1) on every channel, fed in 4,096-frame pieces.
void feedSine(R128Meter &meter, double hz, double amplitude, double seconds)
{
    const int rate = meter.sampleRate();
    const int channels = meter.channels();
    const qint64 frames = qint64(seconds * rate);
    std::vector<float> piece;
    for (qint64 start = 0; start < frames; start += 4096) {
        const qint64 n = std::min<qint64>(4096, frames - start);
        piece.assign(size_t(n * channels), 0.0f);
        for (qint64 f = 0; f < n; ++f)
            for (int c = 0; c < channels; ++c)
                piece[size_t(f * channels + c)]
                    = float(amplitude * std::sin(2 * std::numbers::pi * hz * double(start + f) / rate));
        meter.add(piece.data(), qsizetype(piece.size()));
    }
}

double dbfs(double db)
{
    return std::pow(10.0, db / 20.0);
}

} // namespace

class TestLoudness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filterMatchesTheRecommendationAt48kHz()
    {
        const auto [shelf, highPass] = R128Meter::kWeighting(48000);
        QVERIFY(std::abs(shelf.b0 - 1.53512485958697) < 1e-9);
        QVERIFY(std::abs(shelf.b1 + 2.69169618940638) < 1e-9);
        QVERIFY(std::abs(shelf.b2 - 1.19839281085285) < 1e-9);
        QVERIFY(std::abs(shelf.a1 + 1.69065929318241) < 1e-9);
        QVERIFY(std::abs(shelf.a2 - 0.73248077421585) < 1e-9);
        QCOMPARE(highPass.a1, -1.99004745483398);
        QCOMPARE(highPass.a2, 0.99007225036621);
        // At 44.1 kHz the same curve: the high-pass designed, close to the table's shape.
        const auto [shelf44, highPass44] = R128Meter::kWeighting(44100);
        QVERIFY(shelf44.b0 > 1.5 && shelf44.b0 < 1.6);
        QVERIFY(highPass44.a1 < -1.98 && highPass44.a1 > -2.0);
    }

    void sinesMeasureAtTheirLevel_data()
    {
        QTest::addColumn<int>("rate");
        QTest::addColumn<int>("channels");
        QTest::addColumn<double>("level");
        QTest::addColumn<double>("expected");
        // EBU Tech 3341 cases 1 and 2: a stereo 1 kHz sine at −23 and −33 dBFS reads −23 and −33 LUFS.
        QTest::newRow("stereo -23 dBFS, 48 kHz") << 48000 << 2 << -23.0 << -23.0;
        QTest::newRow("stereo -33 dBFS, 48 kHz") << 48000 << 2 << -33.0 << -33.0;
        QTest::newRow("stereo -23 dBFS, 44.1 kHz") << 44100 << 2 << -23.0 << -23.0;
        QTest::newRow("stereo -23 dBFS, 96 kHz") << 96000 << 2 << -23.0 << -23.0;
        // One channel holds half the power of two: 3 dB less.
        QTest::newRow("mono -20 dBFS") << 48000 << 1 << -20.0 << -23.01;
        // 5.1 with the same sine everywhere: L, R, C at 1, LFE not counted, surrounds at 1.41.
        QTest::newRow("5.1 -30 dBFS") << 48000 << 6 << -30.0 << -30.0 + 10 * std::log10((3 + 2 * 1.41) / 2);
    }
    void sinesMeasureAtTheirLevel()
    {
        QFETCH(int, rate);
        QFETCH(int, channels);
        QFETCH(double, level);
        QFETCH(double, expected);
        R128Meter meter(rate, channels);
        feedSine(meter, 1000.0, dbfs(level), 5.0);
        const auto lufs = meter.integratedLoudness();
        QVERIFY(lufs);
        qInfo("%.3f LUFS (expected %.3f)", *lufs, expected);
        QVERIFY2(std::abs(*lufs - expected) < 0.1, qPrintable(QString::number(*lufs)));
        QVERIFY(std::abs(meter.samplePeak() - dbfs(level)) < 1e-3);
    }

    void quietPartsAreGatedOut()
    {
        // EBU Tech 3341 case 3: −36 dBFS for 10 s, −23 for 60 s, −36 for 10 s; the quiet parts
        // fall under the relative gate, so the whole reads as its loud part, −23 ± 0.1 LUFS.
        R128Meter meter(48000, 2);
        feedSine(meter, 1000.0, dbfs(-36), 10.0);
        feedSine(meter, 1000.0, dbfs(-23), 60.0);
        feedSine(meter, 1000.0, dbfs(-36), 10.0);
        qInfo("-36/-23/-36: %.3f LUFS", *meter.integratedLoudness());
        QVERIFY(std::abs(*meter.integratedLoudness() + 23.0) < 0.1);
        // Without the relative gate the quiet parts would pull it to about −24: they count when
        // they are the only thing there.
        R128Meter quiet(48000, 2);
        feedSine(quiet, 1000.0, dbfs(-36), 10.0);
        QVERIFY(std::abs(*quiet.integratedLoudness() + 36.0) < 0.1);
        // Silence is under the absolute gate: nothing to measure.
        R128Meter silent(48000, 2);
        feedSine(silent, 1000.0, 0.0, 2.0);
        QVERIFY(!silent.integratedLoudness());
        QCOMPARE(silent.samplePeak(), 0.0);
        // Under 400 ms: no block.
        R128Meter brief(48000, 2);
        feedSine(brief, 1000.0, dbfs(-20), 0.3);
        QVERIFY(!brief.integratedLoudness());
    }

    void decodesAndMeasuresFiles()
    {
        QTemporaryDir dir;
        const QString wav = dir.filePath(u"tone.wav"_s);
        // A 48 kHz stereo 1 kHz tone at −20 dBFS: −20 LUFS (±0.2: 16-bit samples).
        QVERIFY(ToneGenerator::writeWav(wav, { 1000.0, 3000, dbfs(-20) }));
        auto m = LoudnessAnalyzer::measure(wav);
        QVERIFY2(m, m ? "" : qPrintable(m.error().message));
        QVERIFY(m->integratedLufs);
        qInfo("tone.wav: %.2f LUFS, peak %.4f, %lld ms", *m->integratedLufs, m->samplePeak,
              qlonglong(m->durationMs));
        QVERIFY(std::abs(*m->integratedLufs + 20.0) < 0.2);
        QVERIFY(std::abs(m->samplePeak - dbfs(-20)) < 0.01);
        QVERIFY(m->durationMs > 2900 && m->durationMs < 3100);
        const ReplayGain g = m->asReplayGain();
        QVERIFY(g.measured);
        QVERIFY(std::abs(*g.trackGainDb - 2.0) < 0.2); // −18 − (−20)
        // Not audio: a clear error, no crash.
        const QString text = dir.filePath(u"notes.mp3"_s);
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        auto bad = LoudnessAnalyzer::measure(text);
        QVERIFY(!bad);
        QVERIFY2(bad.error().message.contains(text), qPrintable(bad.error().message));
        QVERIFY(!LoudnessAnalyzer::measure(dir.filePath(u"gone.wav"_s)));
    }

    void serviceMeasuresWhatHasNoTags()
    {
        QTemporaryDir data;
        auto lib = Library::open(test::libraryOptions(data.path()));
        QVERIFY(lib);
        QTemporaryDir music;
        const QString loud = music.filePath(u"loud.wav"_s), tagged = music.filePath(u"tagged.wav"_s),
                      junk = music.filePath(u"junk.wav"_s);
        QVERIFY(ToneGenerator::writeWav(loud, { 440.0, 2000, 0.5 }));
        QVERIFY(ToneGenerator::writeWav(tagged, { 440.0, 2000, 0.5 }));
        QVERIFY(test::writeProperties(tagged, { { u"REPLAYGAIN_TRACK_GAIN"_s, u"-6 dB"_s } }));
        QFile j(junk);
        QVERIFY(j.open(QIODevice::WriteOnly));
        j.write(QByteArray(8192, '\x55'));
        j.close();
        LocalFileRepository files(lib->database());
        QVERIFY(files.link(u"sofa"_s, loud));
        QVERIFY(files.link(u"sweet-night"_s, tagged));
        QVERIFY(files.link(u"stay-with-me"_s, junk));

        LoudnessService service(lib->database());
        QSignalSpy finished(&service, &LoudnessService::finished);
        service.measure();
        QVERIFY(service.isMeasuring());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY(!service.isMeasuring());
        auto sum = finished[0][0].value<LoudnessService::Summary>();
        qInfo("%s", qPrintable(sum.text()));
        QCOMPARE(sum.files, 3);
        QCOMPARE(sum.measured, 1);
        QCOMPARE(sum.tagged, 1);
        QCOMPARE(sum.failed, 1);
        QCOMPARE(sum.problems.size(), 1);
        QVERIFY(sum.problems.first().contains(junk));
        LoudnessRepository store(lib->database());
        auto found = store.find(loud);
        QVERIFY(found && *found);
        // The file read back through the decoder measures as the meter measures the tone itself.
        auto reference = [](double amplitude) {
            R128Meter meter(48000, 2);
            feedSine(meter, 440.0, amplitude, 2.0);
            return *meter.integratedLoudness();
        };
        QVERIFY2(std::abs(*(*found)->integratedLufs - reference(0.5)) < 0.1,
                 qPrintable(u"%1 against %2"_s.arg(*(*found)->integratedLufs).arg(reference(0.5))));

        // Again: nothing new to measure.
        service.measure();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
        sum = finished[1][0].value<LoudnessService::Summary>();
        QCOMPARE(sum.measured, 0);
        QCOMPARE(sum.known, 1);

        // A changed file is measured again: the old measurement no longer counts.
        QTest::qWait(10); // a new modification time
        QVERIFY(ToneGenerator::writeWav(loud, { 440.0, 2000, 0.25 }));
        auto stale = store.find(loud);
        QVERIFY(stale && !*stale);
        service.measure();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 30000);
        QCOMPARE(finished[2][0].value<LoudnessService::Summary>().measured, 1);
        found = store.find(loud);
        QVERIFY(found && *found && std::abs(*(*found)->integratedLufs - reference(0.25)) < 0.1);
    }
};

OST_TEST_GUILESS_MAIN(TestLoudness)
#include "tst_loudness.moc"
