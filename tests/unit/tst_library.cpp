// Start-up and storage safety: first run, missing/read-only/newer/corrupt databases,
// migration from an old schema with a verified backup, catalog updates keeping user data.
#include "common/testdata.h"
#include "common/testlibrary.h"
#include "common/testmain.h"
#include "repositories/catalogrepository.h"
#include "repositories/favoriterepository.h"
#include "repositories/posterrepository.h"
#include "storage/library.h"
#include "storage/migrations.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace ost;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestLibrary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void firstRunCopiesTheBundledCatalog()
    {
        QTemporaryDir dir;
        auto lib = Library::open(test::libraryOptions(dir.path()));
        QVERIFY2(lib, qPrintable(lib ? QString() : lib.error().message));
        QVERIFY(QFile::exists(ost::test::libraryPath(dir.path())));
        QCOMPARE(lib->database().schemaVersion(), Migrations::latestVersion());
        QCOMPARE(*CatalogRepository(lib->database()).count(u"dramas"_s), 26);
        QVERIFY(lib->notices().isEmpty());
        auto q = runQuery(lib->database().connection(), u"PRAGMA journal_mode"_s);
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toString(), u"wal"_s);
        q = runQuery(lib->database().connection(), u"PRAGMA foreign_keys"_s);
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toInt(), 1);
        q = runQuery(lib->database().connection(), u"PRAGMA synchronous"_s);
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toInt(), 2); // FULL
    }

    void missingDataDirIsAnErrorNotANewDatabase()
    {
        QTemporaryDir parent;
        const QString missing = parent.filePath(u"not-mounted"_s);
        auto lib = Library::open(test::libraryOptions(missing));
        QVERIFY(!lib);
        QVERIFY2(lib.error().message.contains(u"does not exist"_s), qPrintable(lib.error().message));
        QVERIFY(!QFileInfo::exists(missing));
    }

    void readOnlyDataDirIsAnError()
    {
        QTemporaryDir dir;
        const QString ro = dir.filePath(u"ro"_s);
        QVERIFY(QDir().mkpath(ro));
        const bool root = geteuid() == 0;
        if (root) {
            // Permission bits do not stop root: use a read-only mount instead.
            QCOMPARE(QProcess::execute(u"mount"_s,
                                       { u"-t"_s, u"tmpfs"_s, u"-o"_s, u"ro,size=1m"_s, u"tmpfs"_s, ro }),
                     0);
        } else {
            QFile::setPermissions(ro, QFile::ReadOwner | QFile::ExeOwner);
        }
        auto lib = Library::open(test::libraryOptions(ro));
        if (root)
            QProcess::execute(u"umount"_s, { ro });
        else
            QFile::setPermissions(ro, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!lib);
        QVERIFY2(lib.error().message.contains(u"read-only"_s), qPrintable(lib.error().message));
        QVERIFY(!QFile::exists(ost::test::libraryPath(ro)));
    }

    void newerDatabaseOpensReadOnly()
    {
        QTemporaryDir dir;
        {
            auto lib = Library::open(test::libraryOptions(dir.path()));
            QVERIFY(lib);
            QVERIFY(lib->database().exec(u"PRAGMA user_version = 99"_s));
            Database::closeAll(ost::test::libraryPath(dir.path()));
        }
        const QByteArray before = fileHash(ost::test::libraryPath(dir.path()));
        auto lib = Library::open(test::libraryOptions(dir.path()));
        QVERIFY(lib);
        QVERIFY(lib->isReadOnly());
        QVERIFY(lib->notices().join(u' ').contains(u"newer version"_s));
        auto r = FavoriteRepository(lib->database())
                     .setFavorite(FavoriteRepository::Kind::Drama, u"goblin"_s, true);
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(u"read-only"_s));
        QCOMPARE(*CatalogRepository(lib->database()).count(u"dramas"_s), 26); // still readable
        Database::closeAll(ost::test::libraryPath(dir.path()));
        QCOMPARE(fileHash(ost::test::libraryPath(dir.path())), before);
    }

    void corruptDatabaseIsSetAsideAndBackupRestored()
    {
        QTemporaryDir dir;
        {
            auto lib = Library::open(test::libraryOptions(dir.path()));
            QVERIFY(lib);
            QVERIFY(FavoriteRepository(lib->database())
                        .setFavorite(FavoriteRepository::Kind::Song, u"stay-with-me"_s, true));
            auto backup = lib->backup(u"test"_s);
            QVERIFY2(backup, qPrintable(backup ? QString() : backup.error().message));
            QVERIFY(QFile::exists(*backup));
            QVERIFY(lib->database().exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
            Database::closeAll(ost::test::libraryPath(dir.path()));
        }
        {
            QFile f(ost::test::libraryPath(dir.path()));
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.write(QByteArray(4096, 'x')); // the header and first page are gone
        }
        auto lib = Library::open(test::libraryOptions(dir.path()));
        QVERIFY2(lib, qPrintable(lib ? QString() : lib.error().message));
        const QString notices = lib->notices().join(u'\n');
        QVERIFY2(notices.contains(u"damaged"_s) && notices.contains(u"restored from the backup"_s),
                 qPrintable(notices));
        QVERIFY(*FavoriteRepository(lib->database())
                     .isFavorite(FavoriteRepository::Kind::Song, u"stay-with-me"_s));
        const auto aside = QDir(dir.path()).entryList({ u"library.sqlite.corrupt-*"_s }, QDir::Files);
        QCOMPARE(aside.size(), 1); // the damaged file is kept, not deleted
    }

    void corruptDatabaseWithoutBackupStartsFresh()
    {
        QTemporaryDir dir;
        {
            QFile f(ost::test::libraryPath(dir.path()));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("this is not a database");
        }
        auto lib = Library::open(test::libraryOptions(dir.path()));
        QVERIFY(lib);
        QVERIFY(lib->notices().join(u' ').contains(u"No usable backup"_s));
        QCOMPARE(*CatalogRepository(lib->database()).count(u"dramas"_s), 26);
    }

    void migratesOldSchemaWithBackupAndKeepsUserData()
    {
        QTemporaryDir dir;
        {
            auto db = Database::create(ost::test::libraryPath(dir.path()));
            QVERIFY(db);
            QFile fixture(QStringLiteral(OSTSHELF_TEST_SOURCE_DIR "/tests/fixtures/userdb-v1.sql"));
            QVERIFY(fixture.open(QIODevice::ReadOnly));
            auto r = db->runScript(QString::fromUtf8(fixture.readAll()));
            QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
            QCOMPARE(db->schemaVersion(), 1);
            Database::closeAll(ost::test::libraryPath(dir.path()));
        }
        auto lib = Library::open(test::libraryOptions(dir.path()));
        QVERIFY2(lib, qPrintable(lib ? QString() : lib.error().message));
        QCOMPARE(lib->database().schemaVersion(), Migrations::latestVersion());
        const QString notices = lib->notices().join(u'\n');
        QVERIFY2(notices.contains(u"upgraded"_s) && notices.contains(u"catalog was updated"_s),
                 qPrintable(notices));

        // A verified backup of the old database was taken first.
        const QStringList backups = lib->backups();
        QVERIFY(backups.size() >= 1);
        bool sawV1 = false;
        for (const auto &b : backups) {
            if (!b.contains(u"-v1-"_s))
                continue;
            sawV1 = true;
            auto old = Database::open(b, Database::Mode::ReadOnly);
            QVERIFY(old);
            QCOMPARE(old->schemaVersion(), 1);
            Database::closeAll(b);
        }
        QVERIFY(sawV1);

        // User data survived; the catalog was brought up to date by stable id.
        FavoriteRepository favs(lib->database());
        QVERIFY(*favs.isFavorite(FavoriteRepository::Kind::Drama, u"goblin"_s));
        QVERIFY(*favs.isFavorite(FavoriteRepository::Kind::Song, u"stay-with-me"_s));
        QVERIFY(*favs.isFavorite(FavoriteRepository::Kind::Drama, u"dropped-drama"_s));
        QVERIFY(*favs.isFavorite(FavoriteRepository::Kind::Song, u"dropped-song"_s));
        CatalogRepository repo(lib->database());
        QCOMPARE(repo.dramaDetail(u"goblin"_s)->drama.title, u"Goblin"_s);
        QCOMPARE(repo.song(u"stay-with-me"_s)->credits.size(), 2);
        // Rows the new catalog dropped are retired, not deleted: nothing points nowhere.
        auto retired = runQuery(lib->database().connection(),
                                u"SELECT retired FROM dramas WHERE id = 'dropped-drama'"_s);
        QVERIFY(retired && retired->next());
        QCOMPARE(retired->value(0).toInt(), 1);
        auto fk = runQuery(lib->database().connection(), u"PRAGMA foreign_key_check"_s);
        QVERIFY(fk && !fk->next());
        auto ok = runQuery(lib->database().connection(), u"PRAGMA integrity_check"_s);
        QVERIFY(ok && ok->next());
        QCOMPARE(ok->value(0).toString(), u"ok"_s);
        // The grid does not show retired dramas.
        const auto dramas = repo.dramas();
        QVERIFY(dramas);
        for (const auto &d : *dramas)
            QVERIFY(d.id != u"dropped-drama"_s);

        // Opening again changes nothing more.
        Database::closeAll(ost::test::libraryPath(dir.path()));
        auto again = Library::open(test::libraryOptions(dir.path()));
        QVERIFY(again);
        QVERIFY(again->notices().isEmpty());
    }

    void transactionRollsBackUnlessCommitted()
    {
        QTemporaryDir dir;
        auto lib = Library::open(test::libraryOptions(dir.path()));
        QVERIFY(lib);
        const QSqlDatabase c = lib->database().connection();
        {
            Transaction tx(c);
            QVERIFY(tx.isActive());
            QVERIFY(runQuery(c, u"INSERT INTO favorite_dramas(drama_id) VALUES ('goblin')"_s));
        }
        QVERIFY(
            !*FavoriteRepository(lib->database()).isFavorite(FavoriteRepository::Kind::Drama, u"goblin"_s));
        {
            Transaction tx(c);
            QVERIFY(runQuery(c, u"INSERT INTO favorite_dramas(drama_id) VALUES ('goblin')"_s));
            QVERIFY(tx.commit());
        }
        QVERIFY(
            *FavoriteRepository(lib->database()).isFavorite(FavoriteRepository::Kind::Drama, u"goblin"_s));
    }

    void favoriteOfUnknownItemIsRefused()
    {
        QTemporaryDir dir;
        auto lib = Library::open(test::libraryOptions(dir.path()));
        auto r = FavoriteRepository(lib->database())
                     .setFavorite(FavoriteRepository::Kind::Song, u"no-such-song"_s, true);
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(u"not in the catalog"_s));
    }

    void customPostersAreCheckedAndStored()
    {
        QTemporaryDir dir;
        auto lib = Library::open(test::libraryOptions(dir.path()));
        QVERIFY(lib);
        PosterRepository posters(lib->database(), lib->dataDir());
        const QString notImage = dir.filePath(u"poster.png"_s);
        {
            QFile f(notImage);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("definitely not a PNG");
        }
        auto bad = posters.setCustomPoster(u"goblin"_s, notImage);
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains(u"not an image"_s));
        QVERIFY(posters.customPosters()->isEmpty());

        QImage img(60, 90, QImage::Format_RGB32);
        img.fill(Qt::darkMagenta);
        const QString good = dir.filePath(u"mine.png"_s);
        QVERIFY(img.save(good));
        auto stored = posters.setCustomPoster(u"goblin"_s, good);
        QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().message));
        QVERIFY(stored->startsWith(QDir(dir.path()).filePath(u"posters/"_s)));
        QCOMPARE(posters.customPosters()->value(u"goblin"_s), *stored);
        QVERIFY(posters.clearCustomPoster(u"goblin"_s));
        QVERIFY(!QFile::exists(*stored));
    }

    void backupsRotate()
    {
        QTemporaryDir dir;
        auto lib = Library::open(test::libraryOptions(dir.path()));
        QVERIFY(lib);
        for (int i = 0; i < Library::kKeepBackups + 3; ++i)
            QVERIFY(lib->backup(u"rotation"_s));
        QCOMPARE(lib->backups().size(), Library::kKeepBackups);
    }
};

OST_TEST_GUILESS_MAIN(TestLibrary)
#include "tst_library.moc"
