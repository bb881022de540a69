// Restoring a backup swaps folders: the replaced library is kept aside, a swap cut short
// resumes into the same aside folder at the next start (and never follows a note outside the
// data folder), a restore waits while another process has the library open, and an
// interrupted or leftover staging folder is discarded only when nobody uses it.
#include "backup/backuprestorer.h"
#include "backup/backupwriter.h"
#include "backupfixture.h"
#include "common/testlibrary.h"
#include "common/testmain.h"
#include "repositories/playlistrepository.h"
#include "storage/pendingrestore.h"
#include "storage/sqlitefile.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ost;
using namespace ost::test;

class TestRestoreSwap : public QObject
{
    Q_OBJECT

private:
    BackupFixture m_files;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_files.isValid());
        qputenv("QT_LOGGING_RULES", "ostshelf.*.info=false");
    }

    void restoreKeepsThePreviousLibraryAside()
    {
        const QString dir = m_files.fresh(u"aside"_s);
        const QString file = m_files.path(u"aside.ostbackup"_s);
        QString backedUp, later;
        {
            auto lib = Library::open(test::libraryOptions(dir));
            QVERIFY(lib);
            PlaylistRepository pl(lib->database());
            QVERIFY(pl.create(u"In the backup"_s));
            backedUp = userData(lib->database());
            QVERIFY(BackupWriter(lib->database(), dir).write(file));
            QVERIFY(pl.create(u"Made after the backup"_s));
            later = userData(lib->database());
        }
        auto staged = BackupRestorer(dir).stage(file);
        QVERIFY(staged);
        QVERIFY(BackupRestorer(dir).schedule(*staged));
        auto lib = Library::open(test::libraryOptions(dir));
        QVERIFY(lib);
        QCOMPARE(userData(lib->database()), backedUp);
        const QStringList aside = QDir(dir).entryList({ u"before-restore-*"_s }, QDir::Dirs);
        QCOMPARE(aside.size(), 1);
        QVERIFY(lib->notices().join(u' ').contains(aside.first()));
        auto old = Database::open(QDir(dir).filePath(aside.first() + u"/library.sqlite"_s),
                                  Database::Mode::ReadOnly);
        QVERIFY(old);
        QCOMPARE(userData(*old), later);
    }

    // Killed in the middle of the swap (posters already exchanged, the database not yet): the
    // next start finishes it, and everything replaced ends up in the one aside folder noted
    // before the first move.
    void interruptedSwapResumesIntoTheSameAsideFolder()
    {
        const QString dir = m_files.fresh(u"resume"_s);
        const QString file = m_files.path(u"resume.ostbackup"_s);
        QString backedUp, later;
        QStringList oldPosters;
        {
            auto lib = Library::open(test::libraryOptions(dir));
            QVERIFY(lib);
            m_files.fill(*lib);
            if (QTest::currentTestFailed())
                return;
            backedUp = userData(lib->database());
            QVERIFY(BackupWriter(lib->database(), dir).write(file));
            QVERIFY(PlaylistRepository(lib->database()).create(u"Made after the backup"_s));
            later = userData(lib->database());
        }
        QFile marker(QDir(dir).filePath(u"posters/only-in-the-old-library.png"_s));
        QVERIFY(marker.open(QIODevice::WriteOnly) && marker.write("old") == 3);
        marker.close();
        oldPosters = tree(dir + u"/posters"_s);
        auto staged = BackupRestorer(dir).stage(file);
        QVERIFY(staged);
        QVERIFY(BackupRestorer(dir).schedule(*staged));

        // What apply() had done when it was killed: noted the aside folder, exchanged posters.
        const QString pending = PendingRestore::folder(dir);
        const QString noted = u"before-restore-20261101-120000"_s;
        {
            QFile note(QDir(pending).filePath(QString::fromLatin1(PendingRestore::kAsideNote)));
            QVERIFY(note.open(QIODevice::WriteOnly) && note.write(noted.toUtf8()) > 0);
        }
        QVERIFY(QDir(dir).mkdir(noted));
        QVERIFY(QDir().rename(dir + u"/posters"_s, dir + u'/' + noted + u"/posters"_s));
        QVERIFY(QDir().rename(pending + u"/posters"_s, dir + u"/posters"_s));
        QCOMPARE(PendingRestore::asideFolder(dir), QDir(dir).filePath(noted));

        auto lib = Library::open(test::libraryOptions(dir));
        QVERIFY2(lib, qPrintable(lib ? QString() : lib.error().message));
        QCOMPARE(userData(lib->database()), backedUp);
        QVERIFY(!PendingRestore::exists(dir));
        QCOMPARE(QDir(dir).entryList({ u"before-restore-*"_s }, QDir::Dirs), QStringList { noted });
        QVERIFY(lib->notices().join(u' ').contains(noted));
        QCOMPARE(tree(dir + u'/' + noted + u"/posters"_s), oldPosters);
        QVERIFY(QFileInfo(dir + u'/' + noted + u"/packfiles"_s).isDir());
        QVERIFY(!QFileInfo::exists(dir + u"/posters/only-in-the-old-library.png"_s));
        auto old = Database::open(QDir(dir).filePath(noted + u"/library.sqlite"_s), Database::Mode::ReadOnly);
        QVERIFY(old);
        QCOMPARE(userData(*old), later);
    }

    // A note that points anywhere but a before-restore folder of ours is not followed.
    void asideNoteIsNeverFollowedOutside_data()
    {
        QTest::addColumn<QByteArray>("note");
        QTest::newRow("parent") << QByteArray("../elsewhere");
        QTest::newRow("absolute") << QByteArray("/tmp/before-restore-x");
        QTest::newRow("nested") << QByteArray("before-restore-x/../../y");
        QTest::newRow("backslash") << QByteArray("before-restore-x\\..\\y");
        QTest::newRow("not ours") << QByteArray("posters");
    }

    void asideNoteIsNeverFollowedOutside()
    {
        QFETCH(QByteArray, note);
        const QString dir = m_files.fresh(u"note"_s);
        QVERIFY(QDir(dir).mkpath(QString::fromLatin1(PendingRestore::kFolder)));
        QFile f(QDir(PendingRestore::folder(dir)).filePath(QString::fromLatin1(PendingRestore::kAsideNote)));
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(note) == note.size());
        f.close();
        QCOMPARE(PendingRestore::asideFolder(dir), QString());
    }

    void restoreWaitsWhileAnotherProcessHasTheLibrary()
    {
        const QString dir = m_files.fresh(u"busy"_s);
        const QString file = m_files.path(u"busy.ostbackup"_s);
        QString original;
        {
            auto lib = Library::open(test::libraryOptions(dir));
            QVERIFY(lib);
            original = userData(lib->database());
            QVERIFY(BackupWriter(lib->database(), dir).write(file));
            QVERIFY(PlaylistRepository(lib->database()).create(u"Only here"_s));
        }
        QProcess other; // a live process that "has the library open"
        other.start(u"sleep"_s, { u"30"_s });
        QVERIFY(other.waitForStarted());
        const QString marker = QDir(dir).filePath(u".open-%1"_s.arg(other.processId()));
        QVERIFY(QFile(marker).open(QIODevice::WriteOnly));
        auto staged = BackupRestorer(dir).stage(file);
        QVERIFY(staged);
        QVERIFY(BackupRestorer(dir).schedule(*staged));
        {
            auto lib = Library::open(test::libraryOptions(dir));
            QVERIFY(lib);
            QVERIFY(lib->notices().join(u' ').contains(u"waiting"_s));
            QVERIFY(userData(lib->database()) != original);
        }
        QVERIFY(PendingRestore::exists(dir));
        other.kill();
        other.waitForFinished();
        auto lib = Library::open(test::libraryOptions(dir));
        QVERIFY(lib);
        QCOMPARE(userData(lib->database()), original);
        QVERIFY(!PendingRestore::exists(dir));
    }

    void interruptedStagingIsDiscarded()
    {
        const QString dir = m_files.fresh(u"half"_s);
        {
            auto lib = Library::open(test::libraryOptions(dir));
            QVERIFY(lib);
        }
        // A pending folder without READY: staging stopped half-way (a crash, a full disk).
        QVERIFY(QDir(dir).mkpath(QString::fromLatin1(PendingRestore::kFolder)));
        m_files.write(u"junk.sqlite"_s, "not a database");
        QVERIFY(
            QFile::copy(m_files.path(u"junk.sqlite"_s), PendingRestore::folder(dir) + u"/library.sqlite"_s));
        auto lib = Library::open(test::libraryOptions(dir));
        QVERIFY(lib);
        QVERIFY(!PendingRestore::exists(dir));
        QVERIFY(QDir(dir).entryList({ u"before-restore-*"_s }, QDir::Dirs).isEmpty());
    }

    void leftoverStagingIsRemovedOnlyWhenNobodyUsesIt()
    {
        const QString dir = m_files.fresh(u"leftover"_s);
        {
            auto lib = Library::open(test::libraryOptions(dir));
            QVERIFY(lib);
        }
        // What a backup, a restore check and a pack import leave when the process is killed.
        const QStringList leftovers { u".backup-AbC123"_s, u".restore-XyZ789"_s,
                                      u"packfiles/.import-Q1w2E3"_s };
        for (const QString &l : leftovers) {
            QVERIFY(QDir(dir).mkpath(l + u"/posters"_s));
            QFile f(QDir(dir).filePath(l + u"/library.sqlite"_s));
            QVERIFY(f.open(QIODevice::WriteOnly) && f.write(QByteArray(4096, 'x')) == 4096);
        }
        // A link named like a staging folder must not lead the clean-up outside the library.
        const QString outside = m_files.path(u"outside-%1"_s.arg(m_files.libraries()));
        QVERIFY(QDir().mkpath(outside));
        QVERIFY(QFile(outside + u"/keep.txt"_s).open(QIODevice::WriteOnly));
        QVERIFY(QFile::link(outside, QDir(dir).filePath(u".restore-link"_s)));

        QProcess other; // while another process has the library open, its staging may be live
        other.start(u"sleep"_s, { u"30"_s });
        QVERIFY(other.waitForStarted());
        const QString marker = QDir(dir).filePath(u".open-%1"_s.arg(other.processId()));
        QVERIFY(QFile(marker).open(QIODevice::WriteOnly));
        {
            auto lib = Library::open(test::libraryOptions(dir));
            QVERIFY(lib);
        }
        for (const QString &l : leftovers)
            QVERIFY2(QFileInfo::exists(QDir(dir).filePath(l)), qPrintable(l));

        other.kill();
        other.waitForFinished();
        {
            auto lib = Library::open(test::libraryOptions(dir));
            QVERIFY(lib);
            QVERIFY(!lib->database().isReadOnly());
        }
        for (const QString &l : leftovers)
            QVERIFY2(!QFileInfo::exists(QDir(dir).filePath(l)), qPrintable(l));
        QVERIFY(QFileInfo::exists(outside + u"/keep.txt"_s));
        QVERIFY(QFileInfo::exists(QDir(dir).filePath(u"library.sqlite"_s)));
    }
};

OST_TEST_GUILESS_MAIN(TestRestoreSwap)
#include "tst_restoreswap.moc"
