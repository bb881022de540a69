// Scanning music folders: tags written by TagLib in UTF-8 and in CP949 (as old Korean
// taggers did), NFD file names, untagged files named "Artist - Title", covers that need a
// review, files not in the catalog, broken files, pipes; incremental rescans; review,
// missing files, cancel.
#include "common/tagstrings.h"
#include "common/testlibrary.h"
#include "common/testmain.h"
#include "playback/tonegenerator.h"
#include "repositories/localfilerepository.h"
#include "repositories/scanrepository.h"
#include "scanning/libraryscanner.h"
#include "services/localmusicservice.h"
#include "storage/dbexecutor.h"
#include "storage/library.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <taglib/fileref.h>
#include <taglib/tag.h>

using namespace Qt::StringLiterals;
using namespace ost;

namespace {

void writeAudio(const QString &path, const TagLib::String &title = {}, const TagLib::String &artist = {})
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QVERIFY(ToneGenerator::writeWav(path, { 440.0, 200 }));
    if (title.isEmpty())
        return;
    TagLib::FileRef ref(QFile::encodeName(path).constData());
    QVERIFY(!ref.isNull());
    ref.tag()->setTitle(title);
    ref.tag()->setArtist(artist);
    QVERIFY(ref.save());
}

} // namespace

class TestScanner : public QObject
{
    Q_OBJECT
    QTemporaryDir m_data;
    QTemporaryDir m_music;
    std::optional<Library> m_lib;

private Q_SLOTS:
    void initTestCase()
    {
        auto lib = Library::open(test::libraryOptions(m_data.path()));
        QVERIFY(lib);
        m_lib.emplace(std::move(*lib));
        const QString m = m_music.path();
        writeAudio(m + u"/01 - stay.wav"_s, test::utf8(u"Stay With Me"_s), test::utf8(u"Chanyeol, Punch"_s));
        writeAudio(m + u"/korean/"_s + u"백지영 노래.wav"_s.normalized(QString::NormalizationForm_D),
                   test::cp949(u"잊지 말아요"_s), test::cp949(u"백지영"_s));
        writeAudio(m + u"/untagged/Crush - SOFA.wav"_s);
        writeAudio(m + u"/covers/sweet night cover.wav"_s, test::utf8(u"Sweet Night"_s),
                   test::utf8(u"Somebody Else"_s));
        writeAudio(m + u"/other/unknown.wav"_s, test::utf8(u"Nothing Like This"_s), test::utf8(u"Nobody"_s));
        QFile broken(m + u"/other/broken.flac"_s); // not FLAC inside: TagLib refuses it
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(QByteArray(5000, 'x'));
        broken.close();
        QVERIFY(::mkfifo(QFile::encodeName(m + u"/other/pipe.mp3"_s).constData(), 0600) == 0);
        writeAudio(m + u"/notes.txt"_s); // not audio by name: ignored
    }

    void firstScanLinksAndQueues()
    {
        LibraryScanner scanner(m_lib->database());
        QList<int> seen;
        auto s = scanner.scan({ m_music.path() }, nullptr,
                              [&seen](const LibraryScanner::Progress &p) { seen << p.seen; });
        QVERIFY2(s, qPrintable(s ? QString() : s.error().message));
        qInfo("%s", qPrintable(s->text()));
        QCOMPARE(s->files, 6);
        QCOMPARE(s->linked, 3);
        QCOMPARE(s->review, 1);
        QCOMPARE(s->other, 1); // not in the catalog, on no OST album: a song of "Other music"
        QCOMPARE(s->errors, 1);
        QVERIFY(!seen.isEmpty());

        auto paths = LocalFileRepository(m_lib->database()).paths();
        QVERIFY(paths);
        QCOMPARE(paths->value(u"stay-with-me"_s), m_music.path() + u"/01 - stay.wav"_s);
        // The on-disk (NFD) name is kept, so the file can be opened as it is.
        QCOMPARE(paths->value(u"dont-forget"_s),
                 m_music.path() + u"/korean/"_s
                     + u"백지영 노래.wav"_s.normalized(QString::NormalizationForm_D));
        QCOMPARE(paths->value(u"sofa"_s), m_music.path() + u"/untagged/Crush - SOFA.wav"_s);
        QVERIFY(!paths->contains(u"sweet-night"_s));
    }

    void rescanReadsOnlyWhatChanged()
    {
        LibraryScanner scanner(m_lib->database());
        auto again = scanner.scan({ m_music.path() });
        QVERIFY(again);
        QCOMPARE(again->unchanged, 6);
        QCOMPARE(again->read, 0);
        // A retagged file is read again (size changes with the new tag).
        writeAudio(m_music.path() + u"/other/unknown.wav"_s, test::utf8(u"LOVEDRUNK"_s),
                   test::utf8(u"Crush & Epik High"_s));
        auto third = scanner.scan({ m_music.path() });
        QVERIFY2(third, qPrintable(third ? QString() : third.error().message));
        QCOMPARE(third->read, 1);
        QCOMPARE(third->linked, 1);
        QVERIFY(LocalFileRepository(m_lib->database()).paths()->contains(u"lovedrunk"_s));
    }

    void reviewAcceptAndReject()
    {
        ScanRepository scans(m_lib->database());
        auto list = scans.reviewList();
        QVERIFY(list);
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().songId, u"sweet-night"_s);
        QVERIFY(list->first().reason.contains(u"artist differs"_s));
        QVERIFY(!scans.accept(424242)); // a clear error for an unknown id
        auto accepted = scans.accept(list->first().id);
        QVERIFY(accepted);
        QVERIFY(LocalFileRepository(m_lib->database()).paths()->contains(u"sweet-night"_s));
        QVERIFY(scans.reviewList()->isEmpty());
        QVERIFY(!scans.reject(list->first().id)); // no longer waiting
    }

    void vanishedFilesAreMissingNotDropped()
    {
        QVERIFY(QFile::remove(m_music.path() + u"/01 - stay.wav"_s));
        auto missing = ScanRepository(m_lib->database()).missing();
        QVERIFY(missing);
        QCOMPARE(missing->size(), 1);
        QCOMPARE(missing->first().songId, u"stay-with-me"_s);
        QVERIFY(LocalFileRepository(m_lib->database()).paths()->contains(u"stay-with-me"_s));
    }

    void appScansInTheBackground()
    {
        // The app's path: folders saved, scan on its own thread, progress and summary by signal.
        QTemporaryDir data;
        auto lib = Library::open(test::libraryOptions(data.path()));
        QVERIFY(lib);
        DbExecutor exec;
        LocalMusicService music(lib->database(), &exec);
        QSignalSpy folders(&music, &LocalMusicService::foldersReady);
        QSignalSpy finished(&music, &LocalMusicService::scanFinished);
        QSignalSpy review(&music, &LocalMusicService::reviewReady);
        music.addFolder(m_music.path());
        QTRY_VERIFY(!folders.isEmpty() && folders.last()[0].toStringList() == QStringList { m_music.path() });
        music.scan();
        // It returns before the scan is done (the scan runs on its own thread and reports
        // through the event loop); a scan run in place would have finished by now.
        QVERIFY2(finished.isEmpty(), "scan() ran the scan on the calling thread");
        QVERIFY(music.isScanning());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QVERIFY2(finished[0][0].toString().contains(u"linked"_s), qPrintable(finished[0][0].toString()));
        QVERIFY(!music.isScanning());
        // The review list the scan left (an earlier, empty one came with the saved folders).
        QTRY_VERIFY(!review.isEmpty() && review.last()[0].value<QList<ReviewItem>>().size() == 1);
        exec.waitForIdle();
    }

    void cancelKeepsWhatWasDone()
    {
        std::atomic<bool> cancel { true };
        auto s = LibraryScanner(m_lib->database()).scan({ m_music.path() }, &cancel);
        QVERIFY(s);
        QVERIFY(s->cancelled);
        QVERIFY(!LibraryScanner(m_lib->database()).scan({ m_music.path() + u"/nope"_s }));
    }
};

OST_TEST_GUILESS_MAIN(TestScanner)
#include "tst_scanner.moc"
