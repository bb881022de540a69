// Loudness levelling: ReplayGain and R128 tags read and checked (text that is no gain is
// refused with a reason), the level each mode gives (fallbacks, pre-amp, clipping
// prevention), and the tags read from real files of each kind the tag reader handles.
#include "common/tagstrings.h"
#include "common/testmain.h"
#include "loudness/replaygain.h"
#include "playback/tonegenerator.h"
#include "tags/tagreader.h"

#include <QTemporaryDir>
#include <QTest>

#include <taglib/apetag.h>
#include <taglib/mp4file.h>
#include <taglib/mp4tag.h>
#include <taglib/mpegfile.h>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace ost;

namespace {

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// A FLAC file with only its STREAMINFO block (44.1 kHz, stereo, 16 bits, no frames).
QByteArray minimalFlac()
{
    QByteArray b("fLaC");
    b += char(0x80); // last metadata block, type 0 (STREAMINFO)
    b += QByteArray::fromHex("000022"); // 34 bytes
    b += QByteArray::fromHex("10001000000000000000"); // block sizes 4096, frame sizes unknown
    const quint64 packed = (quint64(44100) << 44) | (quint64(1) << 41) | (quint64(15) << 36);
    for (int shift = 56; shift >= 0; shift -= 8)
        b += char((packed >> shift) & 0xFF);
    b += QByteArray(16, '\0'); // MD5 unknown
    return b;
}

// Ten silent MPEG-1 Layer III frames, 128 kbit/s at 44.1 kHz (417 bytes each).
QByteArray minimalMp3()
{
    QByteArray frame = QByteArray::fromHex("FFFB9000");
    frame += QByteArray(417 - 4, '\0');
    return frame.repeated(10);
}

QByteArray box(const char *type, const QByteArray &payload)
{
    QByteArray b;
    const quint32 size = quint32(8 + payload.size());
    for (int shift = 24; shift >= 0; shift -= 8)
        b += char((size >> shift) & 0xFF);
    return b + QByteArray(type, 4) + payload;
}

// An MP4 file with a movie header and no tracks: enough for TagLib to add an item list.
QByteArray minimalMp4()
{
    QByteArray mvhd(100, '\0');
    mvhd[15] = char(0xE8); // timescale 1000
    mvhd[14] = char(0x03);
    mvhd[21] = char(0x01); // rate 1.0
    mvhd[24] = char(0x01); // volume 1.0
    return box("ftyp", QByteArray("M4A ") + QByteArray(4, '\0') + QByteArray("M4A isom"))
        + box("moov", box("mvhd", mvhd));
}

} // namespace

class TestReplayGain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gains_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<double>("db");
        QTest::newRow("negative, dB") << u"-6.20 dB"_s << true << -6.2;
        QTest::newRow("plus sign") << u"+3 dB"_s << true << 3.0;
        QTest::newRow("no unit") << u"-6.2"_s << true << -6.2;
        QTest::newRow("spaces, no space before unit") << u"  1.5dB "_s << true << 1.5;
        QTest::newRow("lower-case unit") << u"-0.5 db"_s << true << -0.5;
        QTest::newRow("minus sign U+2212") << u"\u22127 dB"_s << true << -7.0;
        QTest::newRow("decimal comma") << u"-6,5 dB"_s << true << -6.5;
        QTest::newRow("zero") << u"0.00 dB"_s << true << 0.0;
        QTest::newRow("banana") << u"banana"_s << false << 0.0;
        QTest::newRow("+inf dB") << u"+inf dB"_s << false << 0.0;
        QTest::newRow("nan") << u"nan"_s << false << 0.0;
        QTest::newRow("exponent") << u"1e400"_s << false << 0.0;
        QTest::newRow("beyond 51 dB") << u"-99 dB"_s << false << 0.0;
        QTest::newRow("empty") << QString() << false << 0.0;
        QTest::newRow("only a sign") << u"- dB"_s << false << 0.0;
        QTest::newRow("two points") << u"1.2.3"_s << false << 0.0;
        QTest::newRow("hex") << u"0x10"_s << false << 0.0;
        QTest::newRow("long") << QString(5000, u'9') << false << 0.0;
    }
    void gains()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(double, db);
        const auto gain = ReplayGainTags::parseGain(text);
        QCOMPARE(gain.has_value(), valid);
        if (valid)
            QCOMPARE(*gain, db);
        else
            QVERIFY(!gain.error().message.isEmpty());
    }

    void peaksAndR128()
    {
        QCOMPARE(*ReplayGainTags::parsePeak(u"0.988831"_s), 0.988831);
        QCOMPARE(*ReplayGainTags::parsePeak(u"1.2"_s), 1.2);
        for (const QString &bad : { u"0"_s, u"-1"_s, u"inf"_s, u"11"_s, u"peak"_s })
            QVERIFY2(!ReplayGainTags::parsePeak(bad), qPrintable(bad));
        // Q7.8 relative to −23 LUFS: −1280 is −5 dB there, 0 dB against ReplayGain's −18.
        QCOMPARE(*ReplayGainTags::parseR128(u"-1280"_s), 0.0);
        QCOMPARE(*ReplayGainTags::parseR128(u"256"_s), 6.0);
        for (const QString &bad : { u"-5.0"_s, u"banana"_s, u"99999999"_s, QString() })
            QVERIFY2(!ReplayGainTags::parseR128(bad), qPrintable(bad));
    }

    void fromProperties()
    {
        const ReplayGain g = ReplayGainTags::fromProperties({
            { u"replaygain_track_gain"_s, u"-7.00 dB"_s }, // lower case, as some taggers write it
            { u"REPLAYGAIN_TRACK_PEAK"_s, u"0.9"_s },
            { u"REPLAYGAIN_ALBUM_GAIN"_s, u"banana"_s },
            { u"R128_ALBUM_GAIN"_s, u"-512"_s },
            { u"R128_TRACK_GAIN"_s, u"0"_s },
        });
        QCOMPARE(g.trackGainDb, -7.0); // ReplayGain wins over R128
        QCOMPARE(g.trackPeak, 0.9);
        QCOMPARE(g.albumGainDb, 3.0); // the bad ReplayGain value is not used; R128 stands in
        QVERIFY(!g.albumPeak);
        QCOMPARE(g.notes.size(), 1);
        QVERIFY2(g.notes.first().contains(u"REPLAYGAIN_ALBUM_GAIN"_s)
                     && g.notes.first().contains(u"banana"_s),
                 qPrintable(g.notes.first()));
        QVERIFY(!ReplayGainTags::fromProperties({ { u"TITLE"_s, u"-6 dB"_s } }).hasGain());
    }

    void levels()
    {
        ReplayGain g;
        g.trackGainDb = -6.0;
        g.trackPeak = 0.5;
        g.albumGainDb = -4.0;
        LevelSettings s;
        auto near = [](double a, double b) { return std::abs(a - b) < 1e-9; };

        Level l = ReplayGainTags::level(g, s); // by track
        QVERIFY(l.tagged);
        QCOMPARE(l.gainDb, -6.0);
        QVERIFY(near(l.factor, std::pow(10.0, -6.0 / 20)));
        s.mode = LevelSettings::Mode::Album;
        QCOMPARE(ReplayGainTags::level(g, s).gainDb, -4.0);
        s.mode = LevelSettings::Mode::Off;
        l = ReplayGainTags::level(g, s);
        QVERIFY(!l.tagged);
        QCOMPARE(l.factor, 1.0);

        // Each mode falls back on the other gain.
        ReplayGain trackOnly;
        trackOnly.trackGainDb = 2.0;
        s.mode = LevelSettings::Mode::Album;
        QCOMPARE(ReplayGainTags::level(trackOnly, s).gainDb, 2.0);
        ReplayGain albumOnly;
        albumOnly.albumGainDb = -3.0;
        s.mode = LevelSettings::Mode::Track;
        QCOMPARE(ReplayGainTags::level(albumOnly, s).gainDb, -3.0);

        // The pre-amp adds to tagged files only; untagged ones stay at 0 dB.
        s.preampDb = 3.0;
        QCOMPARE(ReplayGainTags::level(g, s).gainDb, -3.0);
        l = ReplayGainTags::level(ReplayGain {}, s);
        QVERIFY(!l.tagged);
        QCOMPARE(l.factor, 1.0);

        // +9 dB on a track peaking at 0.5 would clip: held to 1/0.5 (+6.02 dB).
        g.trackGainDb = 6.0;
        l = ReplayGainTags::level(g, s);
        QVERIFY(l.limitedByPeak);
        QVERIFY(near(l.factor, 2.0));
        QVERIFY(std::abs(l.gainDb - 6.0206) < 0.001);
        s.preventClipping = false;
        l = ReplayGainTags::level(g, s);
        QVERIFY(!l.limitedByPeak);
        QCOMPARE(l.gainDb, 9.0);
        // A pre-amp from a hand-edited settings file is held to ±15 dB.
        s.preampDb = 1000.0;
        QCOMPARE(ReplayGainTags::level(g, s).gainDb, 6.0 + LevelSettings::kMaxPreampDb);
    }

    void readFromFiles()
    {
        QTemporaryDir dir;
        // WAV: ID3v2 TXXX frames.
        const QString wav = dir.filePath(u"tone.wav"_s);
        QVERIFY(ToneGenerator::writeWav(wav, {}));
        auto none = TagReader::readReplayGain(wav);
        QVERIFY(none);
        QVERIFY(!none->hasGain());
        QVERIFY(test::writeProperties(wav,
                                      { { u"REPLAYGAIN_TRACK_GAIN"_s, u"-6.00 dB"_s },
                                        { u"REPLAYGAIN_TRACK_PEAK"_s, u"0.5"_s },
                                        { u"REPLAYGAIN_ALBUM_GAIN"_s, u"+inf dB"_s } }));
        auto g = TagReader::readReplayGain(wav);
        QVERIFY(g);
        QCOMPARE(g->trackGainDb, -6.0);
        QCOMPARE(g->trackPeak, 0.5);
        QVERIFY(!g->albumGainDb);
        QCOMPARE(g->notes.size(), 1);

        // FLAC: Vorbis comments.
        const QString flac = dir.filePath(u"song.flac"_s);
        QVERIFY(writeBytes(flac, minimalFlac()));
        QVERIFY(test::writeProperties(flac, { { u"REPLAYGAIN_ALBUM_GAIN"_s, u"-8.5 dB"_s } }));
        g = TagReader::readReplayGain(flac);
        QVERIFY(g);
        QCOMPARE(g->albumGainDb, -8.5);
        QVERIFY(!g->trackGainDb);

        // MP3 with an APEv2 tag only (as mp3gain writes), then with an ID3v2 tag as well.
        const QString mp3 = dir.filePath(u"song.mp3"_s);
        QVERIFY(writeBytes(mp3, minimalMp3()));
        {
            TagLib::MPEG::File f(QFile::encodeName(mp3).constData());
            QVERIFY(f.isValid());
            f.APETag(true)->addValue("REPLAYGAIN_TRACK_GAIN", "-7.50 dB");
            QVERIFY(f.save(TagLib::MPEG::File::APE, TagLib::File::StripNone));
        }
        g = TagReader::readReplayGain(mp3);
        QVERIFY(g);
        QCOMPARE(g->trackGainDb, -7.5);
        QVERIFY(test::writeProperties(mp3, { { u"REPLAYGAIN_TRACK_GAIN"_s, u"-2 dB"_s } }));
        g = TagReader::readReplayGain(mp3);
        QCOMPARE(g->trackGainDb, -2.0); // ID3v2 first

        // MP4: iTunes freeform items.
        const QString m4a = dir.filePath(u"song.m4a"_s);
        QVERIFY(writeBytes(m4a, minimalMp4()));
        {
            TagLib::MP4::File f(QFile::encodeName(m4a).constData(), false);
            QVERIFY(f.isValid());
            f.tag()->setItem("----:com.apple.iTunes:replaygain_track_gain",
                             TagLib::MP4::Item(TagLib::StringList("-4.25 dB")));
            QVERIFY(f.save());
        }
        g = TagReader::readReplayGain(m4a);
        QVERIFY(g);
        QCOMPARE(g->trackGainDb, -4.25);

        // Not audio: a kind of file TagLib does not know is an error; text named .mp3 has
        // no gain (the player says what is wrong when it fails to play it).
        const QString text = dir.filePath(u"notes.txt"_s);
        QVERIFY(writeBytes(text, "not audio"));
        QVERIFY(!TagReader::readReplayGain(text));
        const QString fake = dir.filePath(u"notes.mp3"_s);
        QVERIFY(writeBytes(fake, "not audio"));
        const auto fakeGain = TagReader::readReplayGain(fake);
        QVERIFY(!fakeGain || !fakeGain->hasGain());
    }
};

OST_TEST_APPLESS_MAIN(TestReplayGain)
#include "tst_replaygain.moc"
