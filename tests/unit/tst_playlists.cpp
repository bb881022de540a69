// Playlists in storage, and playlist files from the outside world: M3U/M3U8 in UTF-8 and
// CP949, CRLF, relative/file:// /Windows paths, NFD names, tags, remote and hostile entries,
// XSPF including invalid XML and an entity bomb; export and import round trips.
#include "common/testlibrary.h"
#include "common/testmain.h"
#include "core/legacytext.h"
#include "matching/songmatcher.h"
#include "playback/tonegenerator.h"
#include "playlists/playlistexporter.h"
#include "playlists/playlistimporter.h"
#include "playlists/playlistlocation.h"
#include "repositories/catalogrepository.h"
#include "repositories/localfilerepository.h"
#include "repositories/playlistrepository.h"
#include "storage/library.h"
#include "storage/sqlquery.h"
#include "tags/tagreader.h"

#include <QDir>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <taglib/fileref.h>
#include <taglib/tag.h>

using namespace Qt::StringLiterals;
using namespace ost;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

// A real audio file with real tags, written by TagLib like any tagger would.
void writeTaggedWav(const QString &path, const QString &title, const QString &artist)
{
    QVERIFY(ToneGenerator::writeWav(path, { 440.0, 300 }));
    TagLib::FileRef ref(QFile::encodeName(path).constData());
    QVERIFY(!ref.isNull());
    ref.tag()->setTitle(TagLib::String(title.toStdString(), TagLib::String::UTF8));
    ref.tag()->setArtist(TagLib::String(artist.toStdString(), TagLib::String::UTF8));
    QVERIFY(ref.save());
}

QByteArray cp949Bytes(const QString &text)
{
    QStringEncoder enc("windows-949");
    if (!enc.isValid())
        enc = QStringEncoder("EUC-KR");
    return enc.encode(text);
}

QStringList reasons(const PlaylistImporter::Report &r)
{
    QStringList out;
    for (const auto &s : r.skipped)
        out << s.entry + u": "_s + s.reason;
    return out;
}

} // namespace

class TestPlaylists : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dataDir;
    std::optional<Library> m_lib;
    std::optional<SongMatcher> m_matcher;

    PlaylistImporter importer(QHash<QString, QString> byPath = {})
    {
        return PlaylistImporter(*m_matcher, std::move(byPath));
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto lib = Library::open(test::libraryOptions(m_dataDir.path()));
        QVERIFY2(lib, qPrintable(lib ? QString() : lib.error().message));
        m_lib.emplace(std::move(*lib));
        auto matcher = SongMatcher::load(m_lib->database());
        QVERIFY(matcher);
        m_matcher.emplace(std::move(*matcher));
    }

    void repositoryEditsAndTrash()
    {
        PlaylistRepository repo(m_lib->database());
        auto id = repo.create(u"Road trip"_s, { u"stay-with-me"_s, u"everytime"_s });
        QVERIFY(id);
        auto dup = repo.create(u"  road TRIP "_s);
        QVERIFY(!dup);
        QVERIFY2(dup.error().message.contains(u"already exists"_s), qPrintable(dup.error().message));
        QVERIFY(!repo.create(u"   "_s));
        QVERIFY(!repo.create(u"bad\nname"_s));

        // An unknown song is refused by name, and the playlist stays as it was.
        auto bad = repo.addSongs(*id, { u"sofa"_s, u"no-such-song"_s });
        QVERIFY(!bad);
        QVERIFY2(bad.error().message.contains(u"no-such-song"_s), qPrintable(bad.error().message));
        QCOMPARE(*repo.songIds(*id), (QStringList { u"stay-with-me"_s, u"everytime"_s }));

        QVERIFY(repo.addSongs(*id, { u"sofa"_s, u"stay-with-me"_s }, 1)); // a song may appear twice
        QCOMPARE(*repo.songIds(*id),
                 (QStringList { u"stay-with-me"_s, u"sofa"_s, u"stay-with-me"_s, u"everytime"_s }));
        QVERIFY(repo.move(*id, 3, 0));
        QCOMPARE(*repo.songIds(*id),
                 (QStringList { u"everytime"_s, u"stay-with-me"_s, u"sofa"_s, u"stay-with-me"_s }));
        QVERIFY(repo.removeAt(*id, { 3, 1 }));
        QCOMPARE(*repo.songIds(*id), (QStringList { u"everytime"_s, u"sofa"_s }));
        QVERIFY(!repo.removeAt(*id, { 5 }));
        QCOMPARE(repo.playlist(*id)->songCount, 2);
        QCOMPARE(repo.playlist(*id)->unavailableCount, 2);
        QVERIFY(!repo.playlist(*id)->coverDramaIds.isEmpty());

        auto copy = repo.duplicate(*id);
        QVERIFY(copy);
        QCOMPARE(repo.playlist(*copy)->name, u"Road trip (copy)"_s);
        QCOMPARE(*repo.songIds(*copy), *repo.songIds(*id));

        // The trash survives a restart (it is a row flag), and a restore never overwrites a name.
        QVERIFY(repo.moveToTrash(*id));
        QVERIFY(!repo.resolve(u"Road trip"_s));
        QCOMPARE(*repo.resolve(u"Road trip"_s, true), *id);
        auto again = repo.create(u"Road trip"_s);
        QVERIFY(again);
        auto restored = repo.restore(*id);
        QVERIFY(restored);
        QCOMPARE(*restored, u"Road trip (2)"_s);
        QCOMPARE(*repo.songIds(*id), (QStringList { u"everytime"_s, u"sofa"_s }));
        QVERIFY(repo.moveToTrash(*again));
        QCOMPARE(repo.list(true)->size(), 1);
        QCOMPARE(*repo.emptyTrash(), 1);
        QVERIFY(repo.list(true)->isEmpty());
        QVERIFY(!repo.playlist(*again));
        QVERIFY(repo.rename(*id, u"Road trip"_s));
        QCOMPARE(repo.playlist(*id)->name, u"Road trip"_s);
        QVERIFY(repo.moveToTrash(*copy));
        QVERIFY(repo.emptyTrash());
    }

    void legacyTextDetection()
    {
        QCOMPARE(LegacyText::decode("\xEF\xBB\xBFhi").encoding, LegacyText::Encoding::Utf8);
        QCOMPARE(LegacyText::decode(u"도깨비"_s.toUtf8()).text, u"도깨비"_s);
        const auto k = LegacyText::decode(cp949Bytes(u"잊지 말아요"_s));
        QCOMPARE(k.encoding, LegacyText::Encoding::Cp949);
        QCOMPARE(k.text, u"잊지 말아요"_s);
        QCOMPARE(TagReader::repairLegacy(QString::fromLatin1(cp949Bytes(u"보고 싶다"_s))), u"보고 싶다"_s);
        QCOMPARE(TagReader::repairLegacy(u"Café"_s), u"Café"_s);
    }

    void matcherUnderstandsScriptsAndSeparators()
    {
        QCOMPARE(m_matcher->match(u"Stay With Me"_s, u"Chanyeol & Punch"_s).songId, u"stay-with-me"_s);
        QCOMPARE(m_matcher->match(u"Stay With Me"_s, u"Chanyeol & Punch"_s).confidence,
                 SongMatcher::Confidence::Confident);
        QCOMPARE(m_matcher->match(u"잊지 말아요"_s, u"Baek Ji-young"_s).songId, u"dont-forget"_s);
        QCOMPARE(m_matcher->match(u"잊지 말아요 (Drama Ver.)"_s, QString()).songId, u"dont-forget"_s);
        QCOMPARE(m_matcher->matchDisplay(u"V - Sweet Night"_s).songId, u"sweet-night"_s);
        QCOMPARE(m_matcher->matchDisplay(u"Sweet Night - V"_s).songId, u"sweet-night"_s);
        QCOMPARE(m_matcher->match(u"Nothing Like This"_s, u"Nobody"_s).confidence,
                 SongMatcher::Confidence::None);
    }

    void importsRealWorldM3uCorpus()
    {
        QTemporaryDir dir;
        const QString d = dir.path();
        QDir().mkpath(d + u"/music/sub"_s);
        // Tagged files: UTF-8 Hangul tags; an NFD file name the playlist writes in NFC.
        writeTaggedWav(d + u"/music/track01.wav"_s, u"죽어도 너야"_s, u"V"_s);
        const QString nfdName = u"잊지 말아요.wav"_s.normalized(QString::NormalizationForm_D);
        writeTaggedWav(d + u"/music/sub/"_s + nfdName, u"잊지 말아요"_s, u"백지영"_s);
        writeTaggedWav(d + u"/music/linked file.wav"_s, u"unrelated"_s, u"tags"_s);
        QVERIFY(::mkfifo(QFile::encodeName(d + u"/music/pipe.mp3"_s).constData(), 0600) == 0);

        QHash<QString, QString> byPath { { d + u"/music/linked file.wav"_s, u"sofa"_s } };
        const QByteArray text = "#EXTM3U\r\n"
                                "#EXTINF:215,V & Jin - It's Definitely You\r\n"
                                "music/track01.wav\r\n"
                                "music\\sub\\"
            + u"잊지 말아요.wav"_s.toUtf8()
            + "\r\n"
              "file://"
            + QUrl::toPercentEncoding(d + u"/music/linked file.wav"_s, "/")
            + "\r\n"
              "#EXTINF:-1,Punch - Stay with Me\r\n"
              "C:\\Users\\me\\Music\\Punch - Stay with Me.mp3\r\n"
              "#EXTINF:200,Somebody - Not In The Catalog\r\n"
              "missing/not-here.mp3\r\n"
              "http://radio.example/stream.mp3\r\n"
              "\\\\nas\\music\\a.mp3\r\n"
              "/dev/zero\r\n"
              "music/pipe.mp3\r\n"
              "#OSTSHELF-SONG:sweet-night,V - Sweet Night\r\n";
        writeFile(d + u"/mix.m3u8"_s, "\xEF\xBB\xBF" + text);
        auto r = importer(byPath).importFile(d + u"/mix.m3u8"_s);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(r->songIds,
                 (QStringList { u"its-definitely-you"_s, u"dont-forget"_s, u"sofa"_s, u"stay-with-me"_s,
                                u"sweet-night"_s }));
        const QStringList why = reasons(*r);
        QCOMPARE(why.size(), 5);
        QVERIFY2(why[0].contains(u"not-here.mp3"_s) && why[0].contains(u"not found"_s), qPrintable(why[0]));
        QVERIFY2(why[1].contains(u"remote"_s), qPrintable(why[1]));
        QVERIFY2(why[2].contains(u"network share"_s), qPrintable(why[2]));
        QVERIFY2(why[3].contains(u"device"_s), qPrintable(why[3]));
        QVERIFY2(why[4].contains(u"pipe"_s),
                 qPrintable(why[4])); // and the pipe was never opened: we got here
        QVERIFY(r->matched[0].how.contains(u"tags"_s));
        QVERIFY(r->matched[2].how.contains(u"linked"_s));
        QVERIFY(r->summary().contains(u"Skipped 5"_s));

        // The same list from an old Korean Windows player: CP949, no BOM, CRLF.
        const QByteArray legacy = "#EXTM3U\r\n#EXTINF:230," + cp949Bytes(u"백지영 - 잊지 말아요"_s)
            + "\r\nD:\\" + cp949Bytes(u"음악\\잊지 말아요.mp3"_s) + "\r\n";
        writeFile(d + u"/old.m3u"_s, legacy);
        auto old = importer().importFile(d + u"/old.m3u"_s);
        QVERIFY(old);
        QCOMPARE(old->encoding, u"CP949"_s);
        QCOMPARE(old->songIds, QStringList { u"dont-forget"_s });
    }

    void xspfImportAndHostileXml()
    {
        QTemporaryDir dir;
        const QString d = dir.path();
        writeTaggedWav(d + u"/a b.wav"_s, u"SOFA"_s, u"Crush"_s);
        writeFile(d + u"/ok.xspf"_s,
                  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                  "<playlist version=\"1\" xmlns=\"http://xspf.org/ns/0/\">\n"
                  "  <title>Rainy day</title>\n"
                  "  <trackList>\n"
                  "    <track><location>a%20b.wav</location></track>\n"
                  "    <track><title>술이 달다</title><creator>Crush</creator></track>\n"
                  "    <track><location>https://cdn.example/x.mp3</location><title>SOFA</title></track>\n"
                  "  </trackList>\n"
                  "</playlist>");
        auto r = importer().importFile(d + u"/ok.xspf"_s);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(r->name, u"Rainy day"_s);
        QCOMPARE(r->songIds, (QStringList { u"sofa"_s, u"lovedrunk"_s }));
        QCOMPARE(r->skipped.size(), 1);

        writeFile(
            d + u"/bomb.xspf"_s,
            "<?xml version=\"1.0\"?>\n"
            "<!DOCTYPE playlist [\n"
            " <!ENTITY a \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\">\n"
            " <!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n"
            " <!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">\n"
            "]>\n"
            "<playlist version=\"1\" xmlns=\"http://xspf.org/ns/0/\"><title>&c;</title><trackList/></playlist>");
        auto bomb = importer().importFile(d + u"/bomb.xspf"_s);
        QVERIFY(!bomb);
        QVERIFY2(bomb.error().message.contains(u"entities"_s), qPrintable(bomb.error().message));

        writeFile(d + u"/broken.xspf"_s,
                  "<playlist version=\"1\"><trackList><track><location>a.wav</track></playlist>");
        auto broken = importer().importFile(d + u"/broken.xspf"_s);
        QVERIFY(!broken);
        QVERIFY2(broken.error().message.contains(u"invalid XML"_s), qPrintable(broken.error().message));

        writeFile(d + u"/html.xspf"_s, "<html><body>not a playlist</body></html>");
        QVERIFY(!importer().importFile(d + u"/html.xspf"_s));
        QVERIFY(!importer().importFile(d + u"/does-not-exist.m3u"_s));
        QVERIFY(!importer().importFile(u"/dev/zero"_s));
    }

    void locationsAreClassifiedWithoutOpening()
    {
        using K = PlaylistLocation::Kind;
        QCOMPARE(PlaylistLocation::resolve(u"smb://nas/x.mp3"_s, u"/tmp"_s).kind(), K::Remote);
        QCOMPARE(PlaylistLocation::resolve(u"//nas/share/x.mp3"_s, u"/tmp"_s).kind(), K::Unc);
        QCOMPARE(PlaylistLocation::resolve(u"file://nas/share/x.mp3"_s, u"/tmp"_s).kind(), K::Unc);
        QCOMPARE(PlaylistLocation::resolve(u"/proc/self/mem"_s, u"/tmp"_s).kind(), K::Device);
        QCOMPARE(PlaylistLocation::resolve(u"../../../dev/random"_s, u"/tmp/a"_s).kind(), K::Device);
        QCOMPARE(PlaylistLocation::resolve(u"C:\\Music\\a.mp3"_s, u"/tmp"_s).path(), u"/tmp/a.mp3"_s);
        QCOMPARE(PlaylistLocation::resolve(u"file:///tmp/a%20b.mp3"_s, u"/x"_s).path(), u"/tmp/a b.mp3"_s);
        QCOMPARE(PlaylistLocation::resolve(u"/tmp"_s, u"/"_s).kind(), K::NotRegular);
    }

    void exportImportRoundTrip_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::newRow("m3u8") << u"list.m3u8"_s;
        QTest::newRow("m3u") << u"list.m3u"_s;
        QTest::newRow("xspf") << u"list.xspf"_s;
    }

    void exportImportRoundTrip()
    {
        QFETCH(QString, fileName);
        QTemporaryDir dir;
        const QString d = dir.path();
        QDir().mkpath(d + u"/songs"_s);
        writeTaggedWav(d + u"/songs/내 파일 #1.wav"_s, u"x"_s, u"y"_s);
        const QHash<QString, QString> linked { { d + u"/songs/내 파일 #1.wav"_s, u"that-man"_s } };
        auto songs
            = CatalogRepository(m_lib->database()).songsById({ u"that-man"_s, u"sofa"_s, u"sweet-night"_s });
        QVERIFY(songs);
        QList<PlaylistExporter::Entry> entries;
        for (const auto &s : *songs)
            entries << PlaylistExporter::Entry { s.id, s.title, s.artistLine(), {}, linked.key(s.id), 0 };
        const QString path = d + u"/"_s + fileName;
        QVERIFY(PlaylistExporter::write(path, u"드라이브 & <mix>"_s, entries));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray written = f.readAll();
        QVERIFY2(!written.contains(d.toUtf8()), "paths beside the playlist are written relative");
        auto r = importer(linked).importFile(path);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(r->songIds, (QStringList { u"that-man"_s, u"sofa"_s, u"sweet-night"_s }));
        QCOMPARE(r->name, u"드라이브 & <mix>"_s);
        QVERIFY(r->skipped.isEmpty());

        // A failed export leaves an existing file untouched.
        QVERIFY(!PlaylistExporter::write(d + u"/no/such/dir/x.m3u8"_s, u"x"_s, entries));
        QFile again(path);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), written);
    }
};

OST_TEST_GUILESS_MAIN(TestPlaylists)
#include "tst_playlists.moc"
