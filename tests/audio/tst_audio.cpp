// Playback that can be heard: a generated tone goes through PreviewPlayer (QMediaPlayer,
// FFmpeg backend) into the harness's PulseAudio null sink, and parec records the monitor.
// The test measures frequency and level of what came out, so it fails if nothing plays.
#include "common/tagstrings.h"
#include "common/testlibrary.h"
#include "common/testmain.h"
#include "domain/song.h"
#include "playback/playbackcontroller.h"
#include "playback/previewplayer.h"
#include "playback/tonegenerator.h"
#include "repositories/localfilerepository.h"
#include "storage/dbexecutor.h"
#include "storage/library.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
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

struct Envelope
{
    double head = 0, middle = 0, tail = 0; // RMS of the first 100 ms, the middle, the last 100 ms heard
};

struct Activity
{
    double first = 0, last = 0, total = 0; // seconds
};

Activity activity(const QByteArray &pcm, int rate)
{
    const auto *s = reinterpret_cast<const qint16 *>(pcm.constData());
    const qsizetype n = pcm.size() / 2;
    Activity a;
    a.total = double(n) / rate;
    qsizetype first = -1, last = -1;
    for (qsizetype i = 0; i < n; ++i)
        if (std::abs(s[i]) > 1000) {
            if (first < 0)
                first = i;
            last = i;
        }
    if (first >= 0) {
        a.first = double(first) / rate;
        a.last = double(last) / rate;
    }
    return a;
}

Envelope envelope(const QByteArray &pcm, int rate)
{
    const auto *s = reinterpret_cast<const qint16 *>(pcm.constData());
    const Activity act = activity(pcm, rate);
    auto rms = [&](double from, double to) {
        double sum = 0;
        const qsizetype a = qsizetype(from * rate), b = qsizetype(to * rate);
        for (qsizetype i = a; i < b; ++i)
            sum += (s[i] / 32768.0) * (s[i] / 32768.0);
        return b > a ? std::sqrt(sum / double(b - a)) : 0.0;
    };
    const double mid = (act.first + act.last) / 2;
    return { rms(act.first, act.first + 0.1), rms(mid - 0.1, mid + 0.1), rms(act.last - 0.1, act.last) };
}

} // namespace

class TestAudio : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    static constexpr int kRate = 48000;
    int m_recordings = 0;

    // Records the sink's monitor into a file until stop(); returns mono s16 PCM at 48 kHz.
    struct Recorder
    {
        QProcess parec;
        QString raw;
        bool start(const QString &file)
        {
            // parec writes to a file: a pipe nobody drains would fill and make the server drop audio.
            raw = file;
            parec.start(u"parec"_s,
                        { u"-d"_s, qEnvironmentVariable("OSTSHELF_TEST_SINK") + u".monitor"_s, u"--raw"_s,
                          u"--format=s16le"_s, u"--rate=48000"_s, u"--channels=1"_s, u"--latency-msec=20"_s,
                          raw });
            if (!parec.waitForStarted())
                return false;
            QTest::qWait(300); // the recorder is connected before the sound starts
            return true;
        }
        QByteArray stop()
        {
            QTest::qWait(300);
            ::kill(pid_t(parec.processId()), SIGINT); // parec writes out what it holds on SIGINT
            parec.waitForFinished(3000);
            QFile f(raw);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }
    };

    QString nextRecording() { return m_dir.filePath(u"recording-%1.raw"_s.arg(++m_recordings)); }

    // Plays file and records the sink for recordMs; returns mono s16 PCM.
    QByteArray playAndRecord(const QString &file, int recordMs)
    {
        Recorder rec;
        if (!rec.start(nextRecording()))
            return {};
        PreviewPlayer player;
        player.setVolume(1.0f);
        if (!player.playFile(file))
            return {};
        // recordMs from when it plays: on a loaded machine (the ASan run beside other tests) the
        // media backend can take most of a second to start, which cut the tone short.
        QElapsedTimer starting;
        starting.start();
        while (!player.isPlaying() && starting.elapsed() < 10000)
            QTest::qWait(20);
        QTest::qWait(recordMs);
        player.stop();
        QTest::qWait(200);
        return rec.stop();
    }

    // A file of two tones one after the other (frequencies a, then b), each ms long.
    QString twoTones(const QString &name, double a, double b, int ms)
    {
        std::vector<qint16> samples;
        for (double f : { a, b })
            for (int i = 0; i < 48 * ms; ++i)
                samples.push_back(qint16(std::lround(0.5 * 32767 * std::sin(2 * M_PI * f * i / 48000.0))));
        const QString path = m_dir.filePath(name);
        return ToneGenerator::writePcm(path, samples, 48000, 1) ? path : QString();
    }

    // Plays file as the song "sofa" (linked to it) through the PlaybackController, whole, at
    // volume 0.5 with settings, and measures the steady middle of what was heard.
    void playLevelled(const QString &file, const LevelSettings &settings, Analysis &heard)
    {
        QTemporaryDir data;
        auto lib = Library::open(test::libraryOptions(data.path()));
        QVERIFY(lib);
        QVERIFY(LocalFileRepository(lib->database()).link(u"sofa"_s, file));
        DbExecutor exec;
        PlaybackController controller(
            lib->database(), &exec,
            ClipLocator(lib->database(), lib->dataDir(), m_dir.filePath(u"no-demo"_s)));
        controller.setPreviewSeconds(0);
        controller.player()->setVolume(0.5f);
        controller.setLevelSettings(settings);
        QSignalSpy stopped(&controller, &PlaybackController::stopped);
        Recorder rec;
        QVERIFY(rec.start(nextRecording()));
        controller.playSongs({ u"sofa"_s });
        QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 8000);
        heard = analyse(rec.stop(), kRate);
        QVERIFY2(heard.activeSeconds > 0.8, "the song was not heard through");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("PULSE_SERVER"), "run through tests/harness/with-pulse");
    }

    void toneIsHeardWithItsFrequencyAndLevel()
    {
        // OSTSHELF_TEST_TONE_HZ=0 makes the file silent: the test must then fail.
        const double hz = qEnvironmentVariableIsSet("OSTSHELF_TEST_TONE_HZ")
            ? qEnvironmentVariable("OSTSHELF_TEST_TONE_HZ").toDouble()
            : 440.0;
        const QString file = m_dir.filePath(u"tone.wav"_s);
        ToneGenerator::Tone tone;
        tone.frequency = hz;
        tone.durationMs = 1500;
        tone.amplitude = 0.5;
        QVERIFY(ToneGenerator::writeWav(file, tone));
        const QByteArray pcm = playAndRecord(file, 2200);
        QVERIFY2(pcm.size() > kRate, "parec recorded nothing");
        const Analysis a = analyse(pcm, kRate);
        qInfo("captured: rms %.3f, frequency %.1f Hz, audible for %.2f s", a.rms, a.frequency,
              a.activeSeconds);
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
        // An empty recording would be "silent" too: the sink must have been recorded.
        const QByteArray pcm = playAndRecord(file, 1200);
        QVERIFY2(pcm.size() > kRate, "parec recorded nothing");
        const Analysis a = analyse(pcm, kRate);
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

    void previewPlaysItsWindowWithFades()
    {
        // 3 s of 330 Hz, then 3 s of 440 Hz; the preview starts at 3.2 s for 1.5 s with 400 ms fades.
        const QString file = twoTones(u"hook.wav"_s, 330.0, 440.0, 3000);
        QVERIFY(!file.isEmpty());
        Recorder rec;
        QVERIFY(rec.start(nextRecording()));
        PreviewPlayer player;
        player.setVolume(1.0f);
        QSignalSpy finished(&player, &PreviewPlayer::finished);
        QVERIFY(player.playFile(file, { 3200, 1500, 400 }));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 6000);
        QTest::qWait(500);
        const QByteArray pcm = rec.stop();
        const Analysis a = analyse(pcm, kRate);
        const Envelope e = envelope(pcm, kRate);
        qInfo("preview: audible %.2f s at %.1f Hz; rms first 100 ms %.3f, middle %.3f, last 100 ms %.3f",
              a.activeSeconds, a.frequency, e.head, e.middle, e.tail);
        QVERIFY2(std::abs(a.activeSeconds - 1.5) < 0.3,
                 qPrintable(u"window heard for %1 s"_s.arg(a.activeSeconds)));
        QVERIFY2(std::abs(a.frequency - 440.0) < 8.0, "the preview did not start at its start point");
        // A mono file comes out of the stereo sink at -3 dB (0.354 -> 0.25).
        QVERIFY2(e.middle > 0.2, "the middle of the preview is too quiet");
        QVERIFY2(e.head < 0.6 * e.middle && e.tail < 0.6 * e.middle, "no fade in or out in the signal");
    }

    void pauseStopsTheSound()
    {
        const QString file = m_dir.filePath(u"long.wav"_s);
        QVERIFY(ToneGenerator::writeWav(file, { 440.0, 6000 }));
        Recorder rec;
        QVERIFY(rec.start(nextRecording()));
        PreviewPlayer player;
        player.setVolume(1.0f);
        QVERIFY(player.playFile(file));
        QTest::qWait(1200);
        player.pause();
        QTest::qWait(1500);
        player.stop();
        const QByteArray pcm = rec.stop();
        // Sound while playing, silence after the pause (allowing 300 ms for the sink to drain).
        const Activity act = activity(pcm, kRate);
        qInfo("pause: audible from %.2f s to %.2f s of %.2f s recorded", act.first, act.last, act.total);
        QVERIFY2(act.last - act.first > 0.7, "nothing was heard before the pause");
        QVERIFY2(act.total - act.last > 1.0, "the sound went on after pause()");
    }

    void levellingMakesTaggedTonesEquallyLoud()
    {
        // Two tones 9 dB apart, tagged −6 dB (the loud one) and +3 dB (the quiet one): levelled,
        // they must come out equally loud; at volume 0.5 the +3 dB fits under full scale.
        const QString loud = m_dir.filePath(u"loud.wav"_s), quiet = m_dir.filePath(u"quiet.wav"_s);
        QVERIFY(ToneGenerator::writeWav(loud, { 440.0, 1500, 0.5 }));
        QVERIFY(ToneGenerator::writeWav(quiet, { 440.0, 1500, 0.5 * std::pow(10.0, -9.0 / 20.0) }));
        QVERIFY(test::writeProperties(loud, { { u"REPLAYGAIN_TRACK_GAIN"_s, u"-6.00 dB"_s } }));
        QVERIFY(test::writeProperties(quiet, { { u"REPLAYGAIN_TRACK_GAIN"_s, u"+3.00 dB"_s } }));
        auto db = [](const Analysis &a, const Analysis &b) { return 20.0 * std::log10(a.rms / b.rms); };
        Analysis a, b;
        LevelSettings off;
        off.mode = LevelSettings::Mode::Off;
        playLevelled(loud, off, a);
        playLevelled(quiet, off, b);
        QVERIFY(!QTest::currentTestFailed());
        qInfo("levelling off: rms %.4f and %.4f, %.2f dB apart", a.rms, b.rms, db(a, b));
        QVERIFY2(std::abs(db(a, b) - 9.0) < 1.0, "the tones are not 9 dB apart unlevelled");
        playLevelled(loud, LevelSettings {}, a);
        playLevelled(quiet, LevelSettings {}, b);
        QVERIFY(!QTest::currentTestFailed());
        qInfo("levelled by track: rms %.4f and %.4f, %.2f dB apart", a.rms, b.rms, db(a, b));
        QVERIFY2(std::abs(db(a, b)) < 0.5, qPrintable(u"%1 dB apart"_s.arg(db(a, b))));
        // And at the expected level: 0.5 × 0.5 × 10^(−6/20) of full scale, as RMS of a sine.
        QVERIFY2(std::abs(a.rms - 0.25 * std::pow(10.0, -6.0 / 20.0) / std::sqrt(2.0)) < 0.01,
                 qPrintable(u"rms %1"_s.arg(a.rms)));
    }

    void queueMovesToTheNextSong()
    {
        QTemporaryDir data;
        auto lib = Library::open(test::libraryOptions(data.path()));
        QVERIFY(lib);
        const QString low = m_dir.filePath(u"low.wav"_s), high = m_dir.filePath(u"high.wav"_s);
        QVERIFY(ToneGenerator::writeWav(low, { 440.0, 1200 }));
        QVERIFY(ToneGenerator::writeWav(high, { 660.0, 1200 }));
        LocalFileRepository files(lib->database());
        QVERIFY(files.link(u"sofa"_s, low));
        QVERIFY(files.link(u"sweet-night"_s, high));
        DbExecutor exec;
        PlaybackController controller(
            lib->database(), &exec,
            ClipLocator(lib->database(), lib->dataDir(), m_dir.filePath(u"no-demo"_s)));
        controller.setPreviewSeconds(0); // whole songs
        controller.player()->setVolume(1.0f);
        QSignalSpy playing(&controller, &PlaybackController::nowPlaying);
        QSignalSpy stopped(&controller, &PlaybackController::stopped);
        QSignalSpy ended(&controller, &PlaybackController::playEnded);
        Recorder rec;
        QVERIFY(rec.start(nextRecording()));
        controller.playSongs({ u"sofa"_s, u"sweet-night"_s });
        QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 8000);
        const QByteArray pcm = rec.stop();
        QCOMPARE(playing.size(), 2);
        // Both songs are in the history as heard through: whole songs, not skipped.
        QCOMPARE(ended.size(), 2);
        for (int i = 0; i < 2; ++i) {
            const auto p = ended[i][0].value<PlayRecord>();
            QCOMPARE(p.songId, i == 0 ? u"sofa"_s : u"sweet-night"_s);
            QCOMPARE(p.kind, PlayRecord::Kind::Full);
            QVERIFY(!p.skipped);
            QVERIFY2(p.listenedMs > 600 && p.listenedMs < 3000, qPrintable(QString::number(p.listenedMs)));
            QVERIFY2(p.lengthMs > 1000 && p.lengthMs < 1500, qPrintable(QString::number(p.lengthMs)));
        }
        QCOMPARE(playing[1][0].value<Song>().id, u"sweet-night"_s);
        // First half of what was heard is the 440 Hz song, the second half the 660 Hz one.
        const Activity act = activity(pcm, kRate);
        const qsizetype mid = qsizetype((act.first + act.last) / 2 * kRate) * 2;
        const Analysis first = analyse(pcm.left(mid), kRate), second = analyse(pcm.mid(mid), kRate);
        qInfo("queue: %.1f Hz then %.1f Hz", first.frequency, second.frequency);
        QVERIFY2(std::abs(first.frequency - 440.0) < 10.0, "the first song was not heard");
        QVERIFY2(std::abs(second.frequency - 660.0) < 10.0, "the next song did not start");
    }

    void previewsAndSkipsAreToldApart()
    {
        QTemporaryDir data;
        auto lib = Library::open(test::libraryOptions(data.path()));
        QVERIFY(lib);
        const QString longTone = m_dir.filePath(u"long.wav"_s);
        QVERIFY(ToneGenerator::writeWav(longTone, { 440.0, 6000 }));
        LocalFileRepository files(lib->database());
        QVERIFY(files.link(u"sofa"_s, longTone));
        QVERIFY(files.link(u"sweet-night"_s, longTone));
        DbExecutor exec;
        PlaybackController controller(
            lib->database(), &exec,
            ClipLocator(lib->database(), lib->dataDir(), m_dir.filePath(u"no-demo"_s)));
        QSignalSpy ended(&controller, &PlaybackController::playEnded);
        QSignalSpy stopped(&controller, &PlaybackController::stopped);
        // A one-second preview that plays its window: a preview, heard through.
        controller.setPreviewSeconds(1);
        controller.setFadeMs(100);
        controller.playSongs({ u"sofa"_s });
        QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 8000);
        QCOMPARE(ended.size(), 1);
        auto p = ended[0][0].value<PlayRecord>();
        QCOMPARE(p.kind, PlayRecord::Kind::Preview);
        QVERIFY(!p.skipped);
        QCOMPARE(p.lengthMs, 1000);
        // A whole song left after about 1.5 of its 6 seconds: a skip.
        controller.setPreviewSeconds(0);
        controller.playSongs({ u"sofa"_s, u"sweet-night"_s });
        QTRY_VERIFY_WITH_TIMEOUT(controller.player()->isPlaying(), 5000);
        QTest::qWait(1500);
        controller.next();
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 2, 5000);
        p = ended[1][0].value<PlayRecord>();
        QCOMPARE(p.songId, u"sofa"_s);
        QCOMPARE(p.kind, PlayRecord::Kind::Full);
        QVERIFY(p.skipped);
        QVERIFY2(p.listenedMs >= 1000 && p.listenedMs < 3000, qPrintable(QString::number(p.listenedMs)));
        QVERIFY2(p.lengthMs > 5500 && p.lengthMs < 6500, qPrintable(QString::number(p.lengthMs)));
        controller.player()->stop();
    }

    void unplayableSongsDoNotSpinTheQueue()
    {
        QTemporaryDir data;
        auto lib = Library::open(test::libraryOptions(data.path()));
        QVERIFY(lib);
        // Linked files that are not audio, and songs with nothing linked and no demo clip.
        for (const QString &id : { u"sofa"_s, u"ok"_s }) {
            QFile junk(m_dir.filePath(id + u".mp3"_s));
            QVERIFY(junk.open(QIODevice::WriteOnly));
            junk.write(QByteArray(8192, 'x'));
            junk.close();
            QVERIFY(LocalFileRepository(lib->database()).link(id, junk.fileName()));
        }
        DbExecutor exec;
        PlaybackController controller(
            lib->database(), &exec,
            ClipLocator(lib->database(), lib->dataDir(), m_dir.filePath(u"no-demo"_s)));
        QSignalSpy playing(&controller, &PlaybackController::nowPlaying);
        QSignalSpy stopped(&controller, &PlaybackController::stopped);
        QSignalSpy messages(&controller, &PlaybackController::message);
        controller.playSongs({ u"sofa"_s, u"ok"_s, u"moment"_s, u"paradise"_s, u"masquerade"_s });
        QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 10000);
        QTest::qWait(500);
        QCOMPARE(playing.size(), PlaybackController::kMaxFailuresInARow); // then it stopped, did not go on
        QVERIFY(!controller.player()->isPlaying());
        QVERIFY2(messages.last()[0].toString().contains(u"in a row"_s),
                 qPrintable(messages.last()[0].toString()));
    }
};

OST_TEST_GUILESS_MAIN(TestAudio)
#include "tst_audio.moc"
