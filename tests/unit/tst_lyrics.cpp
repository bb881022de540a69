// LRC lyrics as players write them, and as they go wrong: times of every precision, several
// times on a line, offsets, ID tags, enhanced word times, second-language lines, lines out of
// order, broken and negative times, control characters, encodings (BOM, UTF-8, CP949), a file
// far too large; and where lyrics are found for an audio file (.lrc beside it, else its tag).
#include "common/testmain.h"
#include "lyrics/lrcparser.h"
#include "lyrics/lyricsfinder.h"
#include "playback/tonegenerator.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <taglib/fileref.h>
#include <taglib/id3v2tag.h>
#include <taglib/synchronizedlyricsframe.h>
#include <taglib/tpropertymap.h>
#include <taglib/wavfile.h>

using namespace Qt::StringLiterals;
using namespace ost;

namespace {

Lyrics parse(const QByteArray &bytes)
{
    auto r = LrcParser::parse(bytes);
    return r ? *r : Lyrics {};
}

QList<qint64> times(const Lyrics &l)
{
    QList<qint64> out;
    for (const auto &line : l.lines)
        out << line.timeMs;
    return out;
}

QStringList texts(const Lyrics &l)
{
    QStringList out;
    for (const auto &line : l.lines)
        out << line.text;
    return out;
}

} // namespace

class TestLyrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timesOfEveryPrecision_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<qint64>("ms");
        QTest::addRow("hundredths") << QByteArray("[00:12.34]a") << qint64(12340);
        QTest::addRow("tenths") << QByteArray("[00:01.5]a") << qint64(1500);
        QTest::addRow("milliseconds") << QByteArray("[00:01.123]a") << qint64(1123);
        QTest::addRow("colon before the fraction") << QByteArray("[00:01:50]a") << qint64(1500);
        QTest::addRow("no fraction") << QByteArray("[02:03]a") << qint64(123000);
        QTest::addRow("long song") << QByteArray("[120:00.00]a") << qint64(7200000);
    }
    void timesOfEveryPrecision()
    {
        QFETCH(QByteArray, row);
        QFETCH(qint64, ms);
        const Lyrics l = parse(row);
        QVERIFY(l.synced);
        QCOMPARE(times(l), QList<qint64> { ms });
        QCOMPARE(l.lines.first().text, u"a"_s);
    }

    void severalTimesOnALineAndLinesOutOfOrder()
    {
        const Lyrics l = parse("[ti:Stay with Me]\n[ar:Chanyeol]\n[00:30.00]third\n"
                               "[00:10.00][01:00.50]chorus\n[00:20.00]second\n");
        QCOMPARE(times(l), (QList<qint64> { 10000, 20000, 30000, 60500 }));
        QCOMPARE(texts(l), (QStringList { u"chorus"_s, u"second"_s, u"third"_s, u"chorus"_s }));
    }

    void offsetShiftsEveryTimeAndNeverBelowZero()
    {
        QCOMPARE(times(parse("[offset:+500]\n[00:01.00]a\n[00:02.00]b")), (QList<qint64> { 500, 1500 }));
        QCOMPARE(times(parse("[offset:-250]\n[00:01.00]a")), QList<qint64> { 1250 });
        QCOMPARE(times(parse("[offset:2000]\n[00:01.00]a")), QList<qint64> { 0 });
    }

    void enhancedWordTimes()
    {
        const Lyrics l = parse("[00:05.00]<00:05.00>사랑 <00:05.50>해요 <00:06.25>그대");
        QCOMPARE(l.lines.size(), 1);
        QCOMPARE(l.lines.first().text, u"사랑 해요 그대"_s);
        QCOMPARE(l.lines.first().words,
                 (QList<LyricWord> { { 5000, u"사랑"_s }, { 5500, u"해요"_s }, { 6250, u"그대"_s } }));
    }

    void twoLinesAtOneTimeAreALineAndItsSecondLanguage()
    {
        const Lyrics l = parse("[00:10.00]그대 곁에\n[00:10.00]Beside you\n[00:12.00]다음");
        QCOMPARE(l.lines.size(), 2);
        QCOMPARE(l.lines.first().text, u"그대 곁에"_s);
        QCOMPARE(l.lines.first().second, u"Beside you"_s);
        QCOMPARE(l.lines.at(1).second, QString());
    }

    void brokenNegativeAndControlCharacters()
    {
        // A time with 75 seconds, a negative time and a section label are not times; with
        // synced lines beside them they are left out, not shown at 0:00.
        const Lyrics l = parse("[00:75.00]bad\n[-00:01.00]negative\n[Chorus]\n[00:01.00]a\x01"
                               "b\x7f"
                               "c\t d\n"
                               "[00:02.00\nno closing bracket");
        QCOMPARE(times(l), QList<qint64> { 1000 });
        QCOMPARE(texts(l), QStringList { u"abc d"_s });
    }

    void withoutTimesItIsPlainLyrics()
    {
        const Lyrics l = parse("첫 줄\n\nsecond line\r\nthird\r");
        QVERIFY(!l.synced);
        QCOMPARE(texts(l), (QStringList { u"첫 줄"_s, u"second line"_s, u"third"_s }));
        QCOMPARE(l.lineAt(5000), -1);
    }

    void encodings()
    {
        const QByteArray cp949 = QByteArray("[00:01.00]") + QByteArray::fromHex("bbe7b6fb"); // 사랑
        Lyrics l = parse(cp949);
        QCOMPARE(texts(l), QStringList { u"사랑"_s });
        QCOMPARE(l.encoding, u"CP949"_s);
        l = parse(QByteArray("\xEF\xBB\xBF") + "[00:01.00]" + u"사랑"_s.toUtf8());
        QCOMPARE(texts(l), QStringList { u"사랑"_s });
        QByteArray utf16("\xFF\xFE", 2);
        const QString text = u"[00:01.00]사랑"_s;
        utf16.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        l = parse(utf16);
        QCOMPARE(texts(l), QStringList { u"사랑"_s });
        QCOMPARE(l.encoding, u"UTF-16LE"_s);
    }

    void aHugeFileIsRefusedWithItsSize()
    {
        const auto r = LrcParser::parse(QByteArray(10 * 1024 * 1024, 'a'));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::InvalidInput);
        QVERIFY2(r.error().message.contains(u"10240 KB"_s), qPrintable(r.error().message));
        // And a file of a million time tags is cut at kMaxLines, quickly.
        QByteArray many;
        for (int i = 0; i < 60000; ++i)
            many += "[00:01.00]x\n";
        QCOMPARE(parse(many.left(LrcParser::kMaxBytes)).lines.size(), 1); // one time: a line and its echoes
    }

    void lineAtFollowsThePosition()
    {
        const Lyrics l = parse("[00:10.00]a\n[00:20.00]b\n[00:30.00]c");
        QCOMPARE(l.lineAt(0), -1);
        QCOMPARE(l.lineAt(9999), -1);
        QCOMPARE(l.lineAt(10000), 0);
        QCOMPARE(l.lineAt(25000), 1);
        QCOMPARE(l.lineAt(3600000), 2);
    }

    void syncedLyricsFromAnId3SyltFrame()
    {
        QTemporaryDir dir;
        const QString audio = dir.filePath(u"Beautiful.wav"_s);
        QVERIFY(ToneGenerator::writeWav(audio, { 330.0, 200 }));
        using Sylt = TagLib::ID3v2::SynchronizedLyricsFrame;
        auto addSylt = [&](Sylt::TimestampFormat format, const QList<std::pair<unsigned, QString>> &entries) {
            TagLib::RIFF::WAV::File wav(QFile::encodeName(audio).constData());
            auto *frame = new Sylt(TagLib::String::UTF8);
            frame->setType(Sylt::Lyrics);
            frame->setTimestampFormat(format);
            Sylt::SynchedTextList list;
            for (const auto &[time, words] : entries)
                list.append(
                    Sylt::SynchedText(time, TagLib::String(words.toStdString(), TagLib::String::UTF8)));
            frame->setSynchedText(list);
            wav.ID3v2Tag()->removeFrames("SYLT");
            wav.ID3v2Tag()->addFrame(frame);
            return wav.save();
        };
        // A line per entry, out of order in the frame; a plain USLT beside it loses.
        {
            TagLib::FileRef ref(QFile::encodeName(audio).constData());
            TagLib::PropertyMap props = ref.properties();
            props.replace("LYRICS", TagLib::StringList(TagLib::String("plain words", TagLib::String::UTF8)));
            ref.setProperties(props);
            QVERIFY(ref.save());
        }
        QVERIFY(addSylt(
            Sylt::AbsoluteMilliseconds,
            { { 12000, u"너를 처음 만난 날"_s }, { 3500, u"아름다운 그대"_s }, { 20000, u"\x01"_s } }));
        auto synced = LyricsFinder::forAudioFile(audio);
        QVERIFY2(synced, qPrintable(synced ? QString() : synced.error().message));
        QVERIFY(synced->synced);
        QCOMPARE(texts(*synced),
                 (QStringList { u"아름다운 그대"_s, u"너를 처음 만난 날"_s })); // control text dropped
        QCOMPARE(synced->lines[0].timeMs, 3500);
        QCOMPARE(synced->lines[1].timeMs, 12000);
        QCOMPARE(synced->lineAt(13000), 1);

        // Karaoke style: a line break starts a line, the other entries are its words.
        QVERIFY(addSylt(Sylt::AbsoluteMilliseconds,
                        { { 1000, u"\nStay"_s },
                          { 1400, u"with"_s },
                          { 1800, u"me"_s },
                          { 5000, u"\n그대"_s },
                          { 5600, u"곁에"_s } }));
        synced = LyricsFinder::forAudioFile(audio);
        QVERIFY(synced && synced->synced);
        QCOMPARE(texts(*synced), (QStringList { u"Stay with me"_s, u"그대 곁에"_s }));
        QCOMPARE(synced->lines[0].words.size(), 3);
        QCOMPARE(synced->lines[0].words[2].timeMs, 1800);
        QCOMPARE(synced->lines[1].timeMs, 5000);

        // MPEG frame numbers become time through the sample rate (48 kHz: 24 ms a frame).
        QVERIFY(addSylt(Sylt::AbsoluteMpegFrames, { { 125, u"three seconds in"_s } }));
        synced = LyricsFinder::forAudioFile(audio);
        QVERIFY(synced && synced->synced);
        QCOMPARE(synced->lines.value(0).timeMs, 3000);
    }

    void foundBesideTheFileOrInItsTag()
    {
        QTemporaryDir dir;
        const QString audio = dir.filePath(u"Stay With Me.wav"_s);
        QVERIFY(ToneGenerator::writeWav(audio, { 330.0, 200 }));
        auto none = LyricsFinder::forAudioFile(audio);
        QVERIFY(none && none->isEmpty()); // "Lyrics: none" is not an error

        // A lyrics tag inside the file.
        {
            TagLib::FileRef ref(QFile::encodeName(audio).constData());
            TagLib::PropertyMap props = ref.properties();
            props.replace(
                "LYRICS",
                TagLib::StringList(TagLib::String("[00:01.00]그대\n[00:02.00]You", TagLib::String::UTF8)));
            ref.setProperties(props);
            QVERIFY(ref.save());
        }
        auto tagged = LyricsFinder::forAudioFile(audio);
        QVERIFY2(tagged, qPrintable(tagged ? QString() : tagged.error().message));
        QVERIFY(tagged->synced);
        QCOMPARE(texts(*tagged), (QStringList { u"그대"_s, u"You"_s }));
        QCOMPARE(tagged->source, audio);

        // An .lrc beside it wins.
        QFile lrc(dir.filePath(u"Stay With Me.lrc"_s));
        QVERIFY(lrc.open(QIODevice::WriteOnly));
        lrc.write("[00:03.00]from the file\n");
        lrc.close();
        auto beside = LyricsFinder::forAudioFile(audio);
        QVERIFY(beside);
        QCOMPARE(texts(*beside), QStringList { u"from the file"_s });
        QCOMPARE(beside->source, lrc.fileName());

        // One too large is an error that names it.
        QVERIFY(lrc.open(QIODevice::WriteOnly));
        lrc.write(QByteArray(LrcParser::kMaxBytes + 10, ' '));
        lrc.close();
        auto large = LyricsFinder::forAudioFile(audio);
        QVERIFY(!large);
        QVERIFY2(large.error().message.contains(lrc.fileName()), qPrintable(large.error().message));
    }
};

OST_TEST_GUILESS_MAIN(TestLyrics)
#include "tst_lyrics.moc"
