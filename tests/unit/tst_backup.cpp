// Library backups: a backup restored into an empty data folder gives back the same favorites,
// playlists, posters and pack files; the replaced library is kept aside; automatic backups
// rotate and never run on a damaged library; hostile or broken backups built here byte by
// byte are refused with a message naming the problem, and nothing in the data folder changes.
#include "archive/safearchive.h"
#include "backup/backupmanifest.h"
#include "backup/backuprestorer.h"
#include "backup/backupstore.h"
#include "backup/backupwriter.h"
#include "catalog/catalogsnapshot.h"
#include "common/rawarchive.h"
#include "common/testlibrary.h"
#include "packs/packexporter.h"
#include "packs/packimporter.h"
#include "repositories/catalogrepository.h"
#include "repositories/favoriterepository.h"
#include "repositories/playlistrepository.h"
#include "repositories/posterrepository.h"
#include "storage/migrations.h"
#include "storage/pendingrestore.h"
#include "storage/sqlitefile.h"
#include "storage/sqlquery.h"

#include <KCompressionDevice>
#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace Qt::StringLiterals;
using namespace ost;
using ost::test::RawTar;

namespace {

QByteArray sha(const QByteArray &d)
{
    return QCryptographicHash::hash(d, QCryptographicHash::Sha256).toHex();
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Every file under dir with its content hash: "nothing was written" compares these.
QStringList tree(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo fi = it.nextFileInfo();
        out << QDir(dir).relativeFilePath(fi.filePath()) + u' '
                + QString::fromLatin1(fi.isFile() ? sha(fileBytes(fi.filePath())) : "dir");
    }
    out.sort();
    return out;
}

// The user's data as text: favorites, playlists with their songs, custom posters, pack files.
QString userData(const Database &db)
{
    QString out;
    for (
        const auto &sql :
        { u"SELECT drama_id FROM favorite_dramas ORDER BY 1"_s,
          u"SELECT song_id FROM favorite_songs ORDER BY 1"_s,
          u"SELECT p.name, i.position, i.song_id FROM playlists p LEFT JOIN playlist_items i ON i.playlist_id = p.id "
          "ORDER BY p.name, i.position"_s,
          u"SELECT drama_id, file_name FROM custom_posters ORDER BY 1"_s,
          u"SELECT kind, owner_id, file_name, sha256 FROM pack_files ORDER BY 1, 2"_s }) {
        auto q = runQuery(db.connection(), sql);
        if (!q)
            return u"error: "_s + q.error().message;
        while (q->next()) {
            for (int i = 0; i < q->record().count(); ++i)
                out += q->value(i).toString() + u'|';
            out += u'\n';
        }
        out += u"--\n"_s;
    }
    return out;
}

QByteArray compressed(const QByteArray &plain, KCompressionDevice::CompressionType type)
{
    QBuffer buf;
    buf.open(QIODevice::WriteOnly);
    {
        KCompressionDevice dev(&buf, false, type);
        dev.open(QIODevice::WriteOnly);
        dev.write(plain);
        dev.close();
    }
    return buf.data();
}

QByteArray zstd(const QByteArray &plain)
{
    return compressed(plain, KCompressionDevice::Zstd);
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_libraries = 0;

    QString fresh(const QString &name)
    {
        const QString d = m_dir.filePath(name + QString::number(++m_libraries));
        QDir(d).removeRecursively();
        QDir().mkpath(d);
        return d;
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString p = m_dir.filePath(name);
        QFile f(p);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(bytes);
        return p;
    }

    QString posterFile()
    {
        QImage img(120, 180, QImage::Format_RGB32);
        img.fill(QColor(u"#336699"_s));
        const QString p = m_dir.filePath(u"my-poster.png"_s);
        img.save(p);
        return p;
    }

    // A library with something of everything the user owns.
    void fill(const Library &lib)
    {
        const auto dramas = CatalogRepository(lib.database()).dramas();
        QVERIFY(dramas && dramas->size() > 3);
        FavoriteRepository fav(lib.database());
        QVERIFY(fav.setFavorite(FavoriteRepository::Kind::Drama, dramas->at(0).id, true));
        QVERIFY(fav.setFavorite(FavoriteRepository::Kind::Drama, dramas->at(2).id, true));
        Result<DramaDetail> detail;
        for (const auto &d : *dramas) {
            detail = CatalogRepository(lib.database()).dramaDetail(d.id);
            if (detail && detail->tracks.size() >= 2)
                break;
        }
        QVERIFY(detail && detail->tracks.size() >= 2);
        QVERIFY(fav.setFavorite(FavoriteRepository::Kind::Song, detail->tracks.at(0).id, true));
        PlaylistRepository pl(lib.database());
        QVERIFY(pl.create(u"Rainy days / 비 오는 날"_s,
                          QStringList { detail->tracks.at(1).id, detail->tracks.at(0).id }));
        QVERIFY(pl.create(u"Empty"_s));
        QVERIFY(
            PosterRepository(lib.database(), lib.dataDir()).setCustomPoster(dramas->at(3).id, posterFile()));
        // Pack files: a pack of one drama exported from this library and imported back.
        CatalogSelection one;
        one.dramaIds << detail->drama.id;
        const QString pack = m_dir.filePath(u"one-%1.ostpack"_s.arg(m_libraries));
        const QString demo = QFileInfo(QStringLiteral(OSTSHELF_TEST_CATALOG)).absolutePath() + u"/demo"_s;
        auto exported = PackExporter(lib.database(), lib.dataDir(), demo).exportTo(pack, one, u"one"_s);
        QVERIFY2(exported, qPrintable(exported ? QString() : exported.error().message));
        auto imported = PackImporter(lib.database(), lib.dataDir()).importFile(pack, false);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
    }

    // Builds a backup archive from parts, with a manifest that lists them correctly unless
    // the case changes it afterwards.
    struct Part
    {
        QByteArray name;
        QByteArray data;
    };
    QByteArray validDatabase()
    {
        static QByteArray db;
        if (db.isEmpty()) {
            auto lib = Library::open(test::libraryOptions(fresh(u"db"_s)));
            if (!lib)
                return {};
            const QString snap = m_dir.filePath(u"snapshot.sqlite"_s);
            QFile::remove(snap);
            if (!lib->database().exec(u"VACUUM INTO '"_s + snap + u"'"_s))
                return {};
            db = fileBytes(snap);
        }
        return db;
    }
    QByteArray manifestFor(const QList<Part> &parts, int schema = 0)
    {
        BackupManifest m;
        m.createdAt = u"2026-11-20T10:00:00Z"_s;
        m.schemaVersion = schema > 0 ? schema : Migrations::latestVersion();
        for (const auto &p : parts)
            m.files << BackupManifest::File { QString::fromUtf8(p.name), p.data.size(), sha(p.data) };
        return m.toJson();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
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
        const QString source = fresh(u"source"_s);
        const QString file = m_dir.filePath(u"round-%1.ostbackup"_s.arg(m_libraries));
        QString before;
        QStringList posters, packfiles;
        {
            auto lib = Library::open(test::libraryOptions(source));
            QVERIFY(lib);
            fill(*lib);
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

        const QString target = fresh(u"target"_s);
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
        const QString dir = fresh(u"newer"_s);
        const QString file = m_dir.filePath(u"newer.ostbackup"_s);
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

        const QString target = fresh(u"older"_s);
        auto staged = BackupRestorer(target).stage(file);
        QVERIFY(!staged);
        QVERIFY2(staged.error().message.contains(u"newer version"_s), qPrintable(staged.error().message));
        QCOMPARE(staged.error().kind, Error::Kind::UnsupportedVersion);
        QVERIFY(!PendingRestore::exists(target));
    }

    void restoreKeepsThePreviousLibraryAside()
    {
        const QString dir = fresh(u"aside"_s);
        const QString file = m_dir.filePath(u"aside.ostbackup"_s);
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
        const QString dir = fresh(u"resume"_s);
        const QString file = m_dir.filePath(u"resume.ostbackup"_s);
        QString backedUp, later;
        QStringList oldPosters;
        {
            auto lib = Library::open(test::libraryOptions(dir));
            QVERIFY(lib);
            fill(*lib);
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
        const QString dir = fresh(u"note"_s);
        QVERIFY(QDir(dir).mkpath(QString::fromLatin1(PendingRestore::kFolder)));
        QFile f(QDir(PendingRestore::folder(dir)).filePath(QString::fromLatin1(PendingRestore::kAsideNote)));
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(note) == note.size());
        f.close();
        QCOMPARE(PendingRestore::asideFolder(dir), QString());
    }

    void restoreWaitsWhileAnotherProcessHasTheLibrary()
    {
        const QString dir = fresh(u"busy"_s);
        const QString file = m_dir.filePath(u"busy.ostbackup"_s);
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
        const QString dir = fresh(u"half"_s);
        {
            auto lib = Library::open(test::libraryOptions(dir));
            QVERIFY(lib);
        }
        // A pending folder without READY: staging stopped half-way (a crash, a full disk).
        QVERIFY(QDir(dir).mkpath(QString::fromLatin1(PendingRestore::kFolder)));
        write(u"junk.sqlite"_s, "not a database");
        QVERIFY(QFile::copy(m_dir.filePath(u"junk.sqlite"_s),
                            PendingRestore::folder(dir) + u"/library.sqlite"_s));
        auto lib = Library::open(test::libraryOptions(dir));
        QVERIFY(lib);
        QVERIFY(!PendingRestore::exists(dir));
        QVERIFY(QDir(dir).entryList({ u"before-restore-*"_s }, QDir::Dirs).isEmpty());
    }

    void leftoverStagingIsRemovedOnlyWhenNobodyUsesIt()
    {
        const QString dir = fresh(u"leftover"_s);
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
        const QString outside = m_dir.filePath(u"outside-%1"_s.arg(m_libraries));
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

    void automaticBackupsRotate()
    {
        const QString dir = fresh(u"rotate"_s);
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
        auto staged = BackupRestorer(fresh(u"check"_s)).stage(made.at(3));
        QVERIFY(staged);
        QCOMPARE(staged->manifest.counts.playlists, 4);
    }

    void damagedLiveLibraryNeverReplacesAGoodBackup()
    {
        const QString dir = fresh(u"damaged"_s);
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
        const QList<Part> good { { "library.sqlite", db } };
        auto tarOf = [&](const QList<Part> &parts, const QByteArray &manifest, RawTar extra = {}) {
            RawTar t = extra;
            t.add("manifest.json", manifest);
            for (const auto &p : parts)
                t.add(p.name, p.data);
            return zstd(t.bytes());
        };
        auto withEntry
            = [&](const QByteArray &name, const QByteArray &data, char type, const QByteArray &link = {}) {
                  RawTar t;
                  t.add(name, data, type, link);
                  return tarOf(good, manifestFor(good), t);
              };

        QTest::newRow("../x") << withEntry("../x", "evil", '0') << u"../x"_s;
        QTest::newRow("/x") << withEntry("/etc/x", "evil", '0') << u"/etc/x"_s;
        QTest::newRow("C:\\x") << withEntry("C:\\x", "evil", '0') << u"C:\\x"_s;
        QTest::newRow("backslash") << withEntry("posters\\x.png", "evil", '0') << u"posters\\x.png"_s;
        QTest::newRow("symlink") << withEntry("posters/a.png", "", '2', "/etc/passwd") << u"link"_s;
        QTest::newRow("hard link") << withEntry("posters/a.png", "", '1', "library.sqlite") << u"hard link"_s;
        QTest::newRow("char device") << withEntry("posters/tty", "", '3') << u"device"_s;
        QTest::newRow("fifo") << withEntry("posters/fifo", "", '6') << u"pipe"_s;
        {
            RawTar t;
            t.add("posters/Cover.png", "a").add("posters/cover.png", "b");
            QTest::newRow("case collision") << tarOf(good, manifestFor(good), t) << u"differ only in case"_s;
        }
        {
            RawTar t;
            t.add("posters/caf\xc3\xa9.png", "a").add("posters/cafe\xcc\x81.png", "b");
            QTest::newRow("NFC/NFD collision")
                << tarOf(good, manifestFor(good), t) << u"differ only in case"_s;
        }
        {
            RawTar t;
            for (int i = 0; i < BackupRestorer::limits().maxEntries + 1; ++i)
                t.add("posters/p" + QByteArray::number(i), "");
            QTest::newRow("too many entries") << zstd(t.bytes()) << u"more than"_s;
        }
        {
            RawTar t;
            t.add("library.sqlite", "", '0', {}, BackupRestorer::limits().maxEntrySize + 1);
            QTest::newRow("entry over the cap") << zstd(t.bytes()) << u"over the limit"_s;
        }
        {
            // 300 MiB of zeros squeezed into a few kB of zstd.
            QBuffer buf;
            buf.open(QIODevice::WriteOnly);
            {
                KCompressionDevice dev(&buf, false, KCompressionDevice::Zstd);
                dev.open(QIODevice::WriteOnly);
                RawTar t;
                t.add("posters/zeros.png", "", '0', {}, qint64(300) << 20);
                QByteArray header = t.bytes().left(512);
                dev.write(header);
                const QByteArray chunk(1 << 20, '\0');
                for (int i = 0; i < 300; ++i)
                    dev.write(chunk);
                dev.close();
            }
            QTest::newRow("compression bomb") << buf.data() << u"ratio"_s;
        }
        QTest::newRow("no manifest") << zstd(RawTar().add("library.sqlite", db).bytes())
                                     << u"no manifest.json"_s;
        QTest::newRow("manifest not JSON") << tarOf(good, "{ \"format\": ") << u"not JSON"_s;
        QTest::newRow("manifest nested deep")
            << tarOf(good, QByteArray(200, '[') + QByteArray(200, ']')) << u"nests deeper"_s;
        {
            QByteArray m = manifestFor(good);
            const QByteArray from
                = QByteArray("\"schema\": ") + QByteArray::number(Migrations::latestVersion());
            m.replace(from, QByteArray("\"schema\": \"4\""));
            QTest::newRow("manifest wrong type") << tarOf(good, m) << u"\"schema\" must be"_s;
        }
        QTest::newRow("not a backup")
            << tarOf(good, "{\"format\": \"ostshelf-pack\", \"version\": 1}") << u"not an OST Shelf backup"_s;
        {
            QByteArray m = manifestFor(good);
            m.replace(sha(db), QByteArray(64, 'a'));
            QTest::newRow("hash mismatch") << tarOf(good, m) << u"SHA-256"_s;
        }
        {
            const QList<Part> shorter { { "library.sqlite", db.left(db.size() - 1) } };
            QTest::newRow("size mismatch") << tarOf(good, manifestFor(shorter)) << u"manifest says"_s;
        }
        {
            RawTar t;
            t.add("posters/extra.png", "x");
            QTest::newRow("file not in manifest")
                << tarOf(good, manifestFor(good), t) << u"not in its manifest"_s;
        }
        {
            QList<Part> more = good;
            more.append(Part { "posters/gone.png", "x" });
            QTest::newRow("file missing") << tarOf(good, manifestFor(more)) << u"not in the archive"_s;
        }
        {
            const QList<Part> notDb { { "library.sqlite",
                                        QByteArray("SQLite format 3\0", 16) + QByteArray(4080, 'x') } };
            QTest::newRow("database damaged")
                << tarOf(notDb, manifestFor(notDb)) << u"not a sound SQLite database"_s;
        }
        QTest::newRow("schema newer")
            << tarOf(good, manifestFor(good, Migrations::latestVersion() + 1)) << u"newer version"_s;
        QTest::newRow("schema disagrees") << tarOf(good, manifestFor(good, 2)) << u"schema"_s;
        {
            const QByteArray whole = tarOf(good, manifestFor(good));
            QTest::newRow("truncated stream") << whole.left(whole.size() / 2) << u"damaged"_s;
            RawTar plain;
            plain.add("manifest.json", manifestFor(good)).add("library.sqlite", db);
            QTest::newRow("truncated tar") << plain.bytes().left(1024 + 100) << u"truncated"_s;
            // GNU base-256 sizes: 2^64 + the manifest's true length (which once wrapped around
            // to exactly that, a valid archive) and 2^62.
            QByteArray huge = plain.bytes();
            QByteArray field("\x80\0\x01\0\0\0\0\0\0\0\0\0", 12);
            qToBigEndian<quint64>(quint64(manifestFor(good).size()), field.data() + 4);
            huge.replace(124, 12, field);
            QTest::newRow("tar size beyond 64 bits") << zstd(huge) << u"bad size field"_s;
            QByteArray big = plain.bytes();
            big.replace(124, 12, QByteArray("\x80\0\0\0\x40\0\0\0\0\0\0\0", 12));
            QTest::newRow("tar size of 4 EiB") << zstd(big) << u"over the limit"_s;
            // Damage at several places of both compressions: in the first block, the middle
            // and near the end, where only a checksum or the length can tell.
            RawTar t;
            t.add("manifest.json", manifestFor(good));
            for (const auto &p : good)
                t.add(p.name, p.data);
            const QByteArray xz = compressed(t.bytes(), KCompressionDevice::Xz);
            for (const auto &[kind, stream] : { std::pair { "zstd", whole }, std::pair { "xz", xz } }) {
                for (const int percent : { 5, 33, 50, 80, 97 }) {
                    QByteArray corrupt = stream;
                    const qsizetype at = std::max<qsizetype>(16, corrupt.size() * percent / 100);
                    for (qsizetype i = at; i < std::min(at + 64, corrupt.size() - 16); ++i)
                        corrupt[i] = char(corrupt[i] ^ 0x55);
                    QTest::addRow("corrupt %s stream at %d%%", kind, percent) << corrupt << u"damaged"_s;
                }
            }
        }
        QTest::newRow("not an archive") << QByteArray("hello, this is not a backup at all") << u"not a tar"_s;
    }

    void hostileBackupsAreRefused()
    {
        QFETCH(QByteArray, archive);
        QFETCH(QString, expected);
        const QString dir = fresh(u"hostile"_s);
        {
            auto lib = Library::open(test::libraryOptions(dir));
            QVERIFY(lib);
            QVERIFY(PlaylistRepository(lib->database()).create(u"Mine"_s));
        }
        Database::closeAll(QDir(dir).filePath(u"library.sqlite"_s));
        const QStringList before = tree(dir);
        const QString file = write(u"hostile.ostbackup"_s, archive);
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

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
