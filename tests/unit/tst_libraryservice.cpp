// Long jobs (backups, pack export) run beside the database thread: they see the writes
// queued before them, and favorites saved while one runs are not held up by it.
#include "common/tagstrings.h"
#include "common/testlibrary.h"
#include "common/testmain.h"
#include "playback/tonegenerator.h"
#include "repositories/favoriterepository.h"
#include "services/libraryservice.h"
#include "services/localmusicservice.h"
#include "services/loudnessservice.h"
#include "storage/library.h"
#include "storage/readsnapshot.h"
#include "storage/sqlquery.h"

#include <QGuiApplication>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ost;

class TestLibraryService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void longJobsRunBesideTheDatabaseThread()
    {
        QTemporaryDir dir;
        auto lib = Library::open(test::libraryOptions(dir.path()));
        QVERIFY(lib);
        const Database db = lib->database();
        QStringList ids;
        {
            auto q = runQuery(db.connection(), u"SELECT id FROM songs ORDER BY id LIMIT 2"_s);
            QVERIFY(q);
            while (q->next())
                ids << q->value(0).toString();
        }
        QCOMPARE(ids.size(), 2);
        LibraryService service(std::move(*lib), dir.filePath(u"cache"_s));
        QSignalSpy songs(&service, &LibraryService::songFavoriteChanged);
        QSignalSpy errors(&service, &LibraryService::errorOccurred);

        service.setSongFavorite(ids[0], true); // queued before the long job: it must see it
        auto release = std::make_shared<QSemaphore>();
        auto started = std::make_shared<QSemaphore>();
        // However this test ends, the long job must not stay blocked (the service waits for it).
        const auto unblock = qScopeGuard([release] { release->release(); });
        std::optional<bool> sawFirst;
        QObject context;
        service.runLongJob(
            &context,
            [db, release, started, first = ids[0]] {
                const auto seen = FavoriteRepository(db).isFavorite(FavoriteRepository::Kind::Song, first);
                started->release();
                release->acquire(); // a backup that takes a while
                return seen.value_or(false);
            },
            [&sawFirst](bool seen) { sawFirst = seen; });

        QVERIFY(started->tryAcquire(1, 10000));
        // The long job holds its thread; a favorite is still saved and reported.
        service.setSongFavorite(ids[1], true);
        QTRY_COMPARE_WITH_TIMEOUT(songs.size(), 2, 10000);
        QCOMPARE(errors.size(), 0);
        QCOMPARE(songs.last().at(0).toString(), ids[1]);
        QVERIFY(!sawFirst.has_value());

        release->release();
        QTRY_VERIFY_WITH_TIMEOUT(sawFirst.has_value(), 10000);
        QVERIFY(*sawFirst);

        // Nobody left to tell: the answer is dropped, nothing crashes.
        bool delivered = false;
        {
            QObject gone;
            service.runLongJob(
                &gone, [] { return 1; }, [&delivered](int) { delivered = true; });
        }
        service.waitForIdle();
        QCoreApplication::processEvents();
        QVERIFY(!delivered);
    }

    // A pack export reads many tables; while it runs, an import may commit on the database
    // thread. Inside a ReadSnapshot the export keeps seeing one state.
    void readSnapshotKeepsOneState()
    {
        QTemporaryDir dir;
        auto lib = Library::open(test::libraryOptions(dir.path()));
        QVERIFY(lib);
        const Database db = lib->database();
        const auto count = [&db] {
            auto q = runQuery(db.connection(), u"SELECT count(*) FROM favorite_songs"_s);
            return q && q->next() ? q->value(0).toInt() : -1;
        };
        QString song;
        {
            auto q = runQuery(db.connection(), u"SELECT id FROM songs ORDER BY id LIMIT 1"_s);
            QVERIFY(q && q->next());
            song = q->value(0).toString();
        }
        const auto writeElsewhere = [&db, &song](bool favorite) {
            Result<void> r = fail(u"not run"_s);
            std::unique_ptr<QThread> t(QThread::create([&] {
                r = FavoriteRepository(db).setFavorite(FavoriteRepository::Kind::Song, song, favorite);
            }));
            t->start();
            t->wait();
            return r.has_value();
        };
        const int before = count();
        QVERIFY(before >= 0);
        {
            const ReadSnapshot snapshot(db.connection());
            QVERIFY(snapshot.isActive());
            QVERIFY(writeElsewhere(true)); // a writer is not blocked by the snapshot (WAL)
            QCOMPARE(count(), before);
        }
        QCOMPARE(count(), before + 1); // ended: the new state shows
        QVERIFY(writeElsewhere(false));
        QCOMPARE(count(), before);
    }

    void aScanIsMeasuredWhenTheUserAskedForIt()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"ostshelf-test"_s);
        QTemporaryDir dir, music;
        auto lib = Library::open(test::libraryOptions(dir.path()));
        QVERIFY(lib);
        // Two catalog songs, as the scan links them by their tags.
        auto song = [&](const QString &name, double hz, const QString &title, const QString &artist,
                        const QString &album) {
            const QString path = music.filePath(name);
            return ToneGenerator::writeWav(path, { hz, 1000, 0.3 })
                && test::writeProperties(
                       path, { { u"TITLE"_s, title }, { u"ARTIST"_s, artist }, { u"ALBUM"_s, album } });
        };
        QVERIFY(song(u"01.wav"_s, 440.0, u"Stay With Me"_s, u"Chanyeol, Punch"_s,
                     u"Goblin (Original Television Soundtrack), Pt. 1"_s));
        LibraryService service(std::move(*lib), dir.filePath(u"cache"_s));
        QSignalSpy scanned(service.localMusic(), &LocalMusicService::scanFinished);
        QSignalSpy measured(service.loudness(), &LoudnessService::finished);
        service.localMusic()->addFolder(music.path());

        LoudnessService::setMeasuresAfterScan(false); // the default: a scan measures nothing
        service.localMusic()->scan();
        QTRY_COMPARE_WITH_TIMEOUT(scanned.size(), 1, 20000);
        QTest::qWait(200);
        QCOMPARE(measured.size(), 0);
        QVERIFY(!service.loudness()->isMeasuring());

        LoudnessService::setMeasuresAfterScan(true);
        QVERIFY(song(u"02.wav"_s, 660.0, u"I Miss You"_s, u"Soyou"_s, u"Goblin OST Part.7"_s));
        service.localMusic()->scan();
        QTRY_COMPARE_WITH_TIMEOUT(scanned.size(), 2, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(measured.size(), 1, 20000);
        const auto sum = measured[0][0].value<LoudnessService::Summary>();
        qInfo("%s", qPrintable(sum.text()));
        QCOMPARE(sum.files, 2); // both files the scans linked
        QCOMPARE(sum.measured, 2);
        LoudnessService::setMeasuresAfterScan(false);
    }
};

OST_TEST_MAIN(TestLibraryService)
#include "tst_libraryservice.moc"
