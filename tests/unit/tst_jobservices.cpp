// PackService and BackupService, as the window uses them: each job runs on a worker thread and
// answers by one signal; a checked pack or backup is held by ticket until it is imported,
// scheduled or discarded; a ticket works once; bad files fail with a message naming them and
// change nothing.
#include "backup/backupmanifest.h"
#include "catalog/catalogsnapshot.h"
#include "common/generatedpack.h"
#include "common/testlibrary.h"
#include "common/testmain.h"
#include "repositories/catalogrepository.h"
#include "repositories/playlistrepository.h"
#include "services/backupservice.h"
#include "services/libraryservice.h"
#include "services/packservice.h"
#include "storage/library.h"
#include "storage/pendingrestore.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ost;

namespace {

std::unique_ptr<LibraryService> openService(const QString &dir)
{
    QDir().mkpath(dir);
    auto lib = Library::open(test::libraryOptions(dir));
    if (!lib) {
        qWarning() << lib.error().message;
        return nullptr;
    }
    return std::make_unique<LibraryService>(std::move(*lib), dir + u"/cache"_s);
}

int dramaCount(LibraryService &service)
{
    service.waitForIdle();
    auto n = CatalogRepository(service.library().database()).count(u"dramas"_s);
    return n ? *n : -1;
}

} // namespace

class TestJobServices : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qputenv("QT_LOGGING_RULES", "ostshelf.*.info=false"); }

    void packIsCheckedThenImportedByTicket()
    {
        QTemporaryDir dir;
        const QString pack = dir.filePath(u"three.ostpack"_s);
        QVERIFY(test::writeGeneratedPack(pack, dir.filePath(u"posters"_s), 3, 9, QSize(60, 90)));
        auto service = openService(dir.filePath(u"lib"_s));
        QVERIFY(service);
        PackService *packs = service->packs();
        const int before = dramaCount(*service);

        QSignalSpy checked(packs, &PackService::checked);
        QSignalSpy imported(packs, &PackService::imported);
        QSignalSpy failed(packs, &PackService::importFailed);
        packs->check(pack);
        QVERIFY(checked.wait(20000));
        const int ticket = checked.at(0).at(0).toInt();
        QCOMPARE(checked.at(0).at(1).toString(), pack);
        QCOMPARE(checked.at(0).at(2).toString(), u"Generated pack of 3 dramas"_s);
        const auto plan = checked.at(0).at(3).value<PackImportPlan>();
        QCOMPARE(plan.dramas.added.size(), 3);
        QCOMPARE(packs->pendingCount(), 1);
        QCOMPARE(dramaCount(*service), before); // checking changes nothing

        packs->import(ticket);
        QVERIFY(imported.wait(20000));
        QCOMPARE(imported.at(0).at(0).value<PackImportPlan>().dramas.added.size(), 3);
        QCOMPARE(dramaCount(*service), before + 3);
        QCOMPARE(packs->pendingCount(), 0);

        // The ticket is used up: a second import is refused, by name, and writes nothing.
        packs->import(ticket);
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.at(0).at(0).toString().contains(u"not checked"_s),
                 qPrintable(failed.at(0).at(0).toString()));
        QCOMPARE(dramaCount(*service), before + 3);
    }

    void discardedPackIsNotImported()
    {
        QTemporaryDir dir;
        const QString pack = dir.filePath(u"two.ostpack"_s);
        QVERIFY(test::writeGeneratedPack(pack, dir.filePath(u"posters"_s), 2, 4, QSize(60, 90)));
        auto service = openService(dir.filePath(u"lib"_s));
        QVERIFY(service);
        const int before = dramaCount(*service);
        QSignalSpy checked(service->packs(), &PackService::checked);
        QSignalSpy failed(service->packs(), &PackService::importFailed);
        service->packs()->check(pack);
        QVERIFY(checked.wait(20000));
        const int ticket = checked.at(0).at(0).toInt();
        service->packs()->discard(ticket);
        QCOMPARE(service->packs()->pendingCount(), 0);
        service->packs()->import(ticket);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(dramaCount(*service), before);
    }

    void badPackFailsTheCheckByName()
    {
        QTemporaryDir dir;
        const QString pack = dir.filePath(u"broken.ostpack"_s);
        QFile f(pack);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("PK\x03\x04 this is not a zip archive");
        f.close();
        auto service = openService(dir.filePath(u"lib"_s));
        QVERIFY(service);
        QSignalSpy failed(service->packs(), &PackService::checkFailed);
        QSignalSpy checked(service->packs(), &PackService::checked);
        service->packs()->check(pack);
        QVERIFY(failed.wait(20000));
        QCOMPARE(failed.at(0).at(0).toString(), pack);
        QVERIFY(!failed.at(0).at(1).toString().isEmpty());
        QCOMPARE(checked.size(), 0);
        QCOMPARE(service->packs()->pendingCount(), 0);
    }

    void exportWritesThePackAndSaysWhat()
    {
        QTemporaryDir dir;
        auto service = openService(dir.filePath(u"lib"_s));
        QVERIFY(service);
        auto dramas = CatalogRepository(service->library().database()).dramas();
        QVERIFY(dramas && dramas->size() >= 2);
        CatalogSelection two;
        two.dramaIds << dramas->at(0).id << dramas->at(1).id;
        const QString out = dir.filePath(u"mine.ostpack"_s);
        QSignalSpy exported(service->packs(), &PackService::exported);
        service->packs()->exportTo(out, two, u"Mine"_s, 0);
        QVERIFY(exported.wait(20000));
        QCOMPARE(exported.at(0).at(0).toString(), out);
        QCOMPARE(exported.at(0).at(1).toInt(), 2);
        QVERIFY(exported.at(0).at(2).toInt() > 0);
        QVERIFY(QFile::exists(out));

        QSignalSpy failed(service->packs(), &PackService::exportFailed);
        const QString nowhere = dir.filePath(u"no/such/folder/x.ostpack"_s);
        service->packs()->exportTo(nowhere, two, u"Mine"_s, 0);
        QVERIFY(failed.wait(20000));
        QCOMPARE(failed.at(0).at(0).toString(), nowhere);
        QVERIFY(!QFile::exists(nowhere));
    }

    void backupIsWrittenThenRestoreIsStagedAndScheduled()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(u"lib"_s);
        auto service = openService(data);
        QVERIFY(service);
        QVERIFY(PlaylistRepository(service->library().database()).create(u"Kept"_s));
        BackupService *backups = service->backups();

        const QString file = dir.filePath(u"mine.ostbackup"_s);
        QSignalSpy backedUp(backups, &BackupService::backedUp);
        backups->backUp(file);
        QVERIFY(backedUp.wait(20000));
        QCOMPARE(backedUp.at(0).at(0).toString(), file);
        QCOMPARE(backedUp.at(0).at(1).value<BackupManifest>().counts.playlists, 1);
        QVERIFY(QFile::exists(file));

        QSignalSpy staged(backups, &BackupService::restoreStaged);
        QSignalSpy scheduled(backups, &BackupService::restoreScheduled);
        backups->stageRestore(file);
        QVERIFY(staged.wait(20000));
        QCOMPARE(staged.at(0).at(2).value<BackupManifest>().counts.playlists, 1);
        QVERIFY(!PendingRestore::exists(data)); // nothing waits until the user says yes
        backups->scheduleRestore(staged.at(0).at(0).toInt());
        QVERIFY(scheduled.wait(20000));
        QVERIFY(PendingRestore::exists(data));
        QCOMPARE(backups->pendingCount(), 0);
    }

    void badBackupFailsByNameAndNothingWaits()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(u"lib"_s);
        auto service = openService(data);
        QVERIFY(service);
        const QString file = dir.filePath(u"broken.ostbackup"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a backup at all");
        f.close();
        QSignalSpy failed(service->backups(), &BackupService::restoreFailed);
        service->backups()->stageRestore(file);
        QVERIFY(failed.wait(20000));
        QCOMPARE(failed.at(0).at(0).toString(), file);
        QVERIFY2(failed.at(0).at(1).toString().contains(u"broken.ostbackup"_s),
                 qPrintable(failed.at(0).at(1).toString()));
        QVERIFY(!PendingRestore::exists(data));
        QCOMPARE(service->backups()->pendingCount(), 0);
    }
};

OST_TEST_MAIN(TestJobServices)
#include "tst_jobservices.moc"
