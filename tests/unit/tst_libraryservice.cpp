// Long jobs (backups, pack export) run beside the database thread: they see the writes
// queued before them, and favorites saved while one runs are not held up by it.
#include "common/testlibrary.h"
#include "common/testmain.h"
#include "repositories/favoriterepository.h"
#include "services/libraryservice.h"
#include "storage/library.h"
#include "storage/readsnapshot.h"
#include "storage/sqlquery.h"

#include <QGuiApplication>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
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
};

OST_TEST_MAIN(TestLibraryService)
#include "tst_libraryservice.moc"
