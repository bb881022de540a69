// Library backups: a backup restored into an empty data folder gives back the same favorites,
// playlists, posters and pack files; a library from a newer version is backed up, never
// restored over; automatic backups rotate and never run on a damaged library; hostile or
// broken backups built byte by byte (hostilebackups.cpp) are refused with a message naming the
// problem, and nothing in the data folder changes. The swap itself: tst_restoreswap.
#include "archive/safearchive.h"
#include "backup/backuprestorer.h"
#include "backup/backupstore.h"
#include "backup/backupwriter.h"
#include "backupfixture.h"
#include "common/testlibrary.h"
#include "common/testmain.h"
#include "hostilebackups.h"
#include "repositories/playlistrepository.h"
#include "repositories/posterrepository.h"
#include "storage/migrations.h"
#include "storage/pendingrestore.h"
#include "storage/sqlitefile.h"
#include "storage/sqlquery.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ost;
using namespace ost::test;

class TestBackup : public QObject
{
    Q_OBJECT

private:
    test::BackupFixture m_files;

    QByteArray validDatabase()
    {
        static QByteArray db;
        if (db.isEmpty()) {
            auto lib = Library::open(test::libraryOptions(m_files.fresh(u"db"_s)));
            if (!lib)
                return {};
            const QString snap = m_files.path(u"snapshot.sqlite"_s);
            QFile::remove(snap);
            if (!lib->database().exec(u"VACUUM INTO '"_s + snap + u"'"_s))
                return {};
            db = fileBytes(snap);
        }
        return db;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_files.isValid());
        qputenv("QT_LOGGING_RULES", "ostshelf.*.info=false");
    }

    void roundTripIntoEmptyDataFolder_data()
    {
        QTest::addColumn<bool>("xz");
        QTest::newRow("zstd") << false;
        QTest::newRow("xz") << true;
    }

    void roundTripIntoEmptyDataFolder()
    {
        QFETCH(bool, xz);
        const QString source = m_files.fresh(u"source"_s);
        const QString file = m_files.path(u"round-%1.ostbackup"_s.arg(m_files.libraries()));
        QString before;
        QStringList posters, packfiles;
        {
            auto lib = Library::open(test::libraryOptions(source));
            QVERIFY(lib);
            m_files.fill(*lib);
            if (QTest::currentTestFailed())
                return;
            before = userData(lib->database());
            BackupWriter writer(lib->database(), lib->dataDir());
            auto m = writer.write(file, xz ? BackupWriter::Compression::Xz : BackupWriter::Compression::Zstd);
            QVERIFY2(m, qPrintable(m ? QString() : m.error().message));
            QVERIFY(writer.warnings().isEmpty());
            QCOMPARE(m->counts.playlists, 2);
            QCOMPARE(m->counts.favoriteDramas, 2);
            QCOMPARE(m->counts.favoriteSongs, 1);
            QCOMPARE(m->counts.customPosters, 1);
            QVERIFY(m->counts.packFiles >= 2); // a poster and at least one preview
            QVERIFY(!QFileInfo::exists(file + u".part"_s));
            posters = tree(source + u"/posters"_s);
            packfiles = tree(source + u"/packfiles"_s);
        }
        QCOMPARE(fileBytes(file).left(4),
                 xz ? QByteArray("\xFD"
                                 "7zX",
                                 4)
                    : QByteArray("\x28\xB5\x2F\xFD", 4));

        // The playlists are in it as M3U8 that other players read.
        auto archive = SafeArchive::open(file, SafeArchive::Kind::Tar, BackupRestorer::limits());
        QVERIFY2(archive, qPrintable(archive ? QString() : archive.error().message));
        QString rainy;
        for (const auto &e : archive->files())
            if (e.path.startsWith(u"playlists/"_s) && e.path.endsWith(u" Rainy days _ 비 오는 날.m3u8"_s))
                rainy = e.path;
        auto m3u = archive->read(rainy, 1 << 20);
        QVERIFY2(m3u, qPrintable(m3u ? QString() : m3u.error().message));
        QVERIFY(m3u->startsWith("#EXTM3U"));
        QCOMPARE(m3u->count("#OSTSHELF-SONG:"), 2); // no local files linked: ids and titles only

        const QString target = m_files.fresh(u"target"_s);
        auto staged = BackupRestorer(target).stage(file);
        QVERIFY2(staged, qPrintable(staged ? QString() : staged.error().message));
        QVERIFY(staged->warnings.isEmpty());
        QVERIFY(BackupRestorer(target).schedule(*staged));
        QVERIFY(PendingRestore::exists(target));
        auto restored = Library::open(test::libraryOptions(target));
        QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().message));
        QVERIFY2(restored->notices().join(u' ').contains(u"restored from the backup of"_s),
                 qPrintable(restored->notices().join(u' ')));
        QVERIFY(!PendingRestore::exists(target));
        QCOMPARE(userData(restored->database()), before);
        QCOMPARE(tree(target + u"/posters"_s), posters);
        QCOMPARE(tree(target + u"/packfiles"_s), packfiles);
        // The posters resolve to files that are there.
        auto custom = PosterRepository(restored->database(), target).customPosters();
        QVERIFY(custom && !custom->isEmpty());
        for (const auto &p : *custom)
            QVERIFY2(QFileInfo(p).isFile(), qPrintable(p));
        QVERIFY(
            QDir(target).entryList({ u"before-restore-*"_s }, QDir::Dirs).isEmpty()); // nothing was replaced
    }

    // Someone opened their library with an older version: it is read-only here, but it can
    // still be backed up (before going back to the newer version), without a byte of it
    // changing; this version then refuses to restore it, saying why.
    void libraryFromANewerVersionIsBackedUpNotRestored()
    {
        const QString dir = m_files.fresh(u"newer"_s);
        const QString file = m_files.path(u"newer.ostbackup"_s);
        const QString live = QDir(dir).filePath(u"library.sqlite"_s);
        {
            auto lib = Library::open(test::libraryOptions(dir));
            QVERIFY(lib);
            QVERIFY(PlaylistRepository(lib->database()).create(u"Kept"_s));
            QVERIFY(lib->database().exec(u"PRAGMA user_version = 99"_s));
            Database::closeAll(live);
        }
        const QByteArray before = sha(fileBytes(live));
        {
            auto lib = Library::open(test::libraryOptions(dir));
            QVERIFY(lib);
            QVERIFY(lib->isReadOnly());
            auto m = BackupWriter(lib->database(), dir).write(file);
            QVERIFY2(m, qPrintable(m ? QString() : m.error().message));
            QCOMPARE(m->schemaVersion, 99);
            QCOMPARE(m->counts.playlists, 1);
            // Still read-only after the copy, query_only included.
            QVERIFY(!PlaylistRepository(lib->database()).create(u"Not allowed"_s));
            auto q = runQuery(lib->database().connection(), u"PRAGMA query_only"_s);
            QVERIFY(q && q->next());
            QCOMPARE(q->value(0).toInt(), 1);
            Database::closeAll(live);
        }
        QCOMPARE(sha(fileBytes(live)), before);

        const QString target = m_files.fresh(u"older"_s);
        auto staged = BackupRestorer(target).stage(file);
        QVERIFY(!staged);
        QVERIFY2(staged.error().message.contains(u"newer version"_s), qPrintable(staged.error().message));
        QCOMPARE(staged.error().kind, Error::Kind::UnsupportedVersion);
        QVERIFY(!PendingRestore::exists(target));
    }

    void automaticBackupsRotate()
    {
        const QString dir = m_files.fresh(u"rotate"_s);
        auto lib = Library::open(test::libraryOptions(dir));
        QVERIFY(lib);
        BackupStore store(lib->database(), dir);
        QVERIFY(store.automaticDue(QDateTime::currentDateTimeUtc()));
        QStringList made;
        for (int i = 0; i < 4; ++i) {
            QVERIFY(PlaylistRepository(lib->database()).create(u"List %1"_s.arg(i)));
            auto p = store.createAutomatic(2);
            QVERIFY2(p, qPrintable(p ? QString() : p.error().message));
            made << *p;
        }
        QVERIFY(!store.automaticDue(QDateTime::currentDateTimeUtc()));
        QVERIFY(store.automaticDue(QDateTime::currentDateTimeUtc().addDays(2)));
        QStringList kept;
        for (const auto &b : store.list())
            if (b.kind == BackupInfo::Kind::Automatic)
                kept << b.path;
        QCOMPARE(kept, (QStringList { made.at(3), made.at(2) })); // the newest two, newest first
        // The newest one holds the latest playlist.
        auto staged = BackupRestorer(m_files.fresh(u"check"_s)).stage(made.at(3));
        QVERIFY(staged);
        QCOMPARE(staged->manifest.counts.playlists, 4);
    }

    void damagedLiveLibraryNeverReplacesAGoodBackup()
    {
        const QString dir = m_files.fresh(u"damaged"_s);
        const QString path = QDir(dir).filePath(u"library.sqlite"_s);
        QString good;
        {
            auto lib = Library::open(test::libraryOptions(dir));
            QVERIFY(lib);
            auto p = BackupStore(lib->database(), dir).createAutomatic(1);
            QVERIFY(p);
            good = *p;
            QVERIFY(lib->database().exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        }
        Database::closeAll(path);
        const QByteArray goodBytes = fileBytes(good);
        {
            // Scribble over the songs table's root page: the schema stays readable, the data not.
            const int pageSize = SqliteFile::value(path, u"PRAGMA page_size"_s).toInt();
            const int root
                = SqliteFile::value(path, u"SELECT rootpage FROM sqlite_master WHERE name = 'songs'"_s)
                      .toInt();
            QVERIFY(pageSize > 0 && root > 1);
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(qint64(root - 1) * pageSize);
            f.write(QByteArray(pageSize, '\x5a'));
        }
        auto db = Database::open(path);
        QVERIFY(db);
        auto r = BackupStore(*db, dir).createAutomatic(1);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(u"consistency check"_s), qPrintable(r.error().message));
        QCOMPARE(BackupStore(*db, dir).list().size(), 1);
        QCOMPARE(fileBytes(good), goodBytes);
        Database::closeAll(path);
    }

    void hostileBackupsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("archive");
        QTest::addColumn<QString>("expected");
        const QByteArray db = validDatabase();
        QVERIFY(!db.isEmpty());
        for (const auto &c : test::hostileBackups(db))
            QTest::newRow(c.name.constData()) << c.archive << c.expected;
    }

    void hostileBackupsAreRefused()
    {
        QFETCH(QByteArray, archive);
        QFETCH(QString, expected);
        const QString dir = m_files.fresh(u"hostile"_s);
        {
            auto lib = Library::open(test::libraryOptions(dir));
            QVERIFY(lib);
            QVERIFY(PlaylistRepository(lib->database()).create(u"Mine"_s));
        }
        Database::closeAll(QDir(dir).filePath(u"library.sqlite"_s));
        const QStringList before = tree(dir);
        const QString file = m_files.write(u"hostile.ostbackup"_s, archive);
        auto staged = BackupRestorer(dir).stage(file);
        QVERIFY2(!staged, "a hostile backup was accepted");
        QVERIFY2(staged.error().message.contains(expected, Qt::CaseInsensitive),
                 qPrintable(staged.error().message));
        QVERIFY2(staged.error().message.contains(u"hostile.ostbackup"_s), qPrintable(staged.error().message));
        QCOMPARE(tree(dir), before);
        QVERIFY(!QFileInfo::exists(QDir(dir).filePath(u"../x"_s)));
        QVERIFY(!PendingRestore::exists(dir));
    }
};

OST_TEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
