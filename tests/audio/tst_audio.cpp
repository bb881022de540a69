// Playback that can be heard: a generated tone goes through PreviewPlayer (QMediaPlayer,
// FFmpeg backend) into the harness's PulseAudio null sink, and parec records the monitor.
// The test measures frequency and level of what came out, so it fails if nothing plays.
#include "playback/previewplayer.h"
#include "playback/tonegenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <csignal>

using namespace Qt::StringLiterals;
using namespace ost;

namespace {

struct Analysis
{
    double rms = 0;
    double frequency = 0;
    double activeSeconds = 0;
};

// Finds the audible part (|x| above a floor) and measures it by RMS and zero crossings.
Analysis analyse(const QByteArray &pcm, int rate)
{
    const auto *s = reinterpret_cast<const qint16 *>(pcm.constData());
    const qsizetype n = pcm.size() / 2;
    qsizetype first = -1, last = -1;
    for (qsizetype i = 0; i < n; ++i)
        if (std::abs(s[i]) > 1000) {
            if (first < 0)
                first = i;
            last = i;
        }
    Analysis a;
    if (first < 0 || last - first < rate / 10)
        return a;
    // Skip the edges (fades, start-up) and measure the steady middle.
    const qsizetype from = first + (last - first) / 10;
    const qsizetype to = last - (last - first) / 10;
    double sum = 0;
    int crossings = 0;
    for (qsizetype i = from; i < to; ++i) {
        const double v = s[i] / 32768.0;
        sum += v * v;
        if (i > from && (s[i - 1] < 0) != (s[i] < 0))
            ++crossings;
    }
    const double seconds = double(to - from) / rate;
    a.rms = std::sqrt(sum / double(to - from));
    a.frequency = crossings / 2.0 / seconds;
    a.activeSeconds = double(last - first) / rate;
    return a;
}

} // namespace

class TestAudio : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    static constexpr int kRate = 48000;
    int m_recordings = 0;

    // Plays file and records the sink for recordMs; returns mono s16 PCM.
    QByteArray playAndRecord(const QString &file, int recordMs)
    {
        // parec writes to a file: a pipe nobody drains would fill and make the server drop audio.
        const QString raw = m_dir.filePath(u"recording-%1.raw"_s.arg(++m_recordings));
        QProcess parec;
        parec.start(u"parec"_s, { u"-d"_s, qEnvironmentVariable("OSTSHELF_TEST_SINK") + u".monitor"_s, u"--raw"_s,
                                   u"--format=s16le"_s, u"--rate=48000"_s, u"--channels=1"_s, u"--latency-msec=20"_s, raw });
        if (!parec.waitForStarted())
            return {};
        QTest::qWait(300); // the recorder is connected before the sound starts
        PreviewPlayer player;
        player.setVolume(1.0f);
        if (!player.playFile(file))
            return {};
        QTest::qWait(recordMs);
        player.stop();
        QTest::qWait(500);
        ::kill(pid_t(parec.processId()), SIGINT); // parec writes out what it holds on SIGINT
        parec.waitForFinished(3000);
        QFile f(raw);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("PULSE_SERVER"), "run through tests/harness/with-pulse");
    }

    void toneIsHeardWithItsFrequencyAndLevel()
    {
        // OSTSHELF_TEST_TONE_HZ=0 makes the file silent: the test must then fail.
        const double hz = qEnvironmentVariableIsSet("OSTSHELF_TEST_TONE_HZ") ? qEnvironmentVariable("OSTSHELF_TEST_TONE_HZ").toDouble() : 440.0;
        const QString file = m_dir.filePath(u"tone.wav"_s);
        ToneGenerator::Tone tone;
        tone.frequency = hz;
        tone.durationMs = 1500;
        tone.amplitude = 0.5;
        QVERIFY(ToneGenerator::writeWav(file, tone));
        const QByteArray pcm = playAndRecord(file, 2200);
        QVERIFY2(pcm.size() > kRate, "parec recorded nothing");
        const Analysis a = analyse(pcm, kRate);
        qInfo("captured: rms %.3f, frequency %.1f Hz, audible for %.2f s", a.rms, a.frequency, a.activeSeconds);
        QVERIFY2(a.activeSeconds > 1.0, "the tone was not heard for its length");
        QVERIFY2(std::abs(a.frequency - 440.0) < 5.0, qPrintable(u"frequency %1 Hz"_s.arg(a.frequency)));
        // A full-scale-0.5 sine has RMS 0.354; allow for the sink's resampling.
        QVERIFY2(std::abs(a.rms - 0.5 / std::sqrt(2.0)) < 0.06, qPrintable(u"rms %1"_s.arg(a.rms)));
    }

    void silenceIsRecognisedAsSilence()
    {
        // The analysis itself must not find a tone where there is none.
        const QString file = m_dir.filePath(u"silence.wav"_s);
        ToneGenerator::Tone tone;
        tone.frequency = 0;
        tone.durationMs = 800;
        QVERIFY(ToneGenerator::writeWav(file, tone));
        const Analysis a = analyse(playAndRecord(file, 1200), kRate);
        QCOMPARE(a.activeSeconds, 0.0);
        QVERIFY(a.rms < 0.01);
    }

    void refusesWhatIsNotARegularFile()
    {
        PreviewPlayer player;
        QSignalSpy errors(&player, &PreviewPlayer::errorMessage);
        QVERIFY(!player.playFile(m_dir.filePath(u"missing.mp3"_s)));
        QVERIFY(errors.last().at(0).toString().contains(u"missing"_s));
        QVERIFY(!player.playFile(u"/dev/zero"_s));
        QVERIFY(errors.last().at(0).toString().contains(u"not a regular file"_s));
        QFile empty(m_dir.filePath(u"empty.mp3"_s));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        QVERIFY(!player.playFile(empty.fileName()));
        QVERIFY(errors.last().at(0).toString().contains(u"empty"_s));
        // Text named like audio: the player reports it instead of playing or skipping in a loop.
        QFile text(m_dir.filePath(u"notes.mp3"_s));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write(QByteArray(4096, 'a'));
        text.close();
        QVERIFY(player.playFile(text.fileName()));
        QTRY_VERIFY_WITH_TIMEOUT(errors.size() >= 4, 5000);
        QVERIFY(!player.isPlaying());
    }
};

QTEST_GUILESS_MAIN(TestAudio)
#include "tst_audio.moc"
