// Damage met while the library is in use is remembered (DamageWatch), and a damaged library
// is salvaged at the next open (Salvage): real libraries damaged at many places — each leaf
// page of the playlists' songs, their interior page, a favorites page, the header, a cut-off
// tail — and every row that stood on an undamaged page comes back. A damaged write-ahead log
// loses only the commits from the damage on.
#include "backup/backupstore.h"
#include "common/testdata.h"
#include "common/testlibrary.h"
#include "common/testmain.h"
#include "storage/damagewatch.h"
#include "storage/database.h"
#include "storage/library.h"
#include "storage/salvage.h"
#include "storage/sqlquery.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ost;

namespace {

// The pages of a table's b-tree, read from the file itself (the format is documented and
// stable): leaf pages with the rowids of their rows, and interior pages.
struct TablePages
{
    struct Leaf
    {
        int page;
        QList<qint64> rowids;
    };
    QList<Leaf> leaves;
    QList<int> interior;
};

qint64 varint(const uchar *p, int *length)
{
    qint64 v = 0;
    for (int i = 0; i < 9; ++i) {
        if (i == 8) {
            v = (v << 8) | p[i];
            *length = 9;
            return v;
        }
        v = (v << 7) | (p[i] & 0x7f);
        if (!(p[i] & 0x80)) {
            *length = i + 1;
            return v;
        }
    }
    return v;
}

TablePages pagesOf(const QByteArray &file, int root)
{
    const int pageSize
        = (uchar(file[16]) << 8 | uchar(file[17])) == 1 ? 65536 : (uchar(file[16]) << 8 | uchar(file[17]));
    TablePages out;
    QList<int> todo { root };
    while (!todo.isEmpty()) {
        const int page = todo.takeFirst();
        const auto *base = reinterpret_cast<const uchar *>(file.constData()) + qsizetype(page - 1) * pageSize;
        const uchar *header = base + (page == 1 ? 100 : 0);
        const int cells = header[3] << 8 | header[4];
        if (header[0] == 0x05) { // interior table page: child pointers
            out.interior << page;
            for (int i = 0; i < cells; ++i) {
                const int offset = header[12 + 2 * i] << 8 | header[13 + 2 * i];
                const uchar *cell = base + offset;
                todo << int(quint32(cell[0]) << 24 | quint32(cell[1]) << 16 | quint32(cell[2]) << 8
                            | cell[3]);
            }
            todo << int(quint32(header[8]) << 24 | quint32(header[9]) << 16 | quint32(header[10]) << 8
                        | header[11]);
        } else if (header[0] == 0x0D) { // leaf table page: payload length, rowid, ...
            TablePages::Leaf leaf { page, {} };
            for (int i = 0; i < cells; ++i) {
                const int offset = header[8 + 2 * i] << 8 | header[9 + 2 * i];
                int n = 0;
                varint(base + offset, &n);
                int m = 0;
                leaf.rowids << varint(base + offset + n, &m);
            }
            out.leaves << leaf;
        }
    }
    return out;
}

// Each row of table as text, by rowid (rowids themselves are not kept by a salvage).
QHash<qint64, QString> rowsOf(const QString &path, const QString &table)
{
    auto db = Database::open(path, Database::Mode::ReadOnly);
    QHash<qint64, QString> out;
    if (!db)
        return out;
    if (auto q = runQuery(db->connection(), u"SELECT rowid, * FROM %1"_s.arg(table))) {
        while (q->next()) {
            QStringList values;
            for (int i = 1; i < q->record().count(); ++i)
                values << q->value(i).toString();
            out.insert(q->value(0).toLongLong(), values.join(u'|'));
        }
    }
    Database::closeAll(path);
    return out;
}

QSet<QString> contentOf(const QHash<qint64, QString> &rows)
{
    return QSet<QString>(rows.cbegin(), rows.cend());
}

QString check(const QString &path, const QString &pragma)
{
    auto db = Database::open(path, Database::Mode::ReadOnly);
    if (!db)
        return db.error().message;
    QStringList rows;
    if (auto q = runQuery(db->connection(), u"PRAGMA "_s + pragma))
        while (q->next())
            rows << q->value(0).toString();
    Database::closeAll(path);
    return rows.join(u' ');
}

const QStringList kTables
    = { u"playlists"_s, u"playlist_items"_s, u"favorite_dramas"_s, u"favorite_songs"_s, u"local_files"_s };

} // namespace

class TestSalvage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_pristine;
    QHash<QString, QHash<qint64, QString>> m_rows; // per table, in the undamaged library
    QByteArray m_file;

    int rootOf(const QString &table)
    {
        auto db = Database::open(ost::test::libraryPath(m_pristine.path()), Database::Mode::ReadOnly);
        auto q
            = runQuery(db->connection(), u"SELECT rootpage FROM sqlite_master WHERE name = ?"_s, { table });
        const int root = q && q->next() ? q->value(0).toInt() : 0;
        Database::closeAll(ost::test::libraryPath(m_pristine.path()));
        return root;
    }

    // A copy of the undamaged library in dir, with bytes [offset, offset + length) overwritten
    // (or the file cut at offset when length < 0), marked as damaged in use.
    void damagedCopy(const QString &dir, qsizetype offset, qsizetype length)
    {
        QByteArray bytes = m_file;
        if (length < 0)
            bytes.truncate(offset);
        else
            bytes.replace(offset, length, QByteArray(length, char(0xA5)));
        QFile out(ost::test::libraryPath(dir));
        QVERIFY(out.open(QIODevice::WriteOnly));
        QCOMPARE(out.write(bytes), bytes.size());
        out.close();
        QFile marker(DamageWatch::markerPath(ost::test::libraryPath(dir)));
        QVERIFY(marker.open(QIODevice::WriteOnly));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_pristine.isValid());
        auto lib = Library::open(test::libraryOptions(m_pristine.path()));
        QVERIFY2(lib, qPrintable(lib ? QString() : lib.error().message));
        const QSqlDatabase c = lib->database().connection();
        QStringList songs, dramas;
        QVERIFY(forEachRow(c, u"SELECT id FROM songs ORDER BY id"_s,
                           [&songs](const QSqlQuery &q) { songs << q.value(0).toString(); }));
        QVERIFY(forEachRow(c, u"SELECT id FROM dramas ORDER BY id"_s,
                           [&dramas](const QSqlQuery &q) { dramas << q.value(0).toString(); }));
        QVERIFY(songs.size() > 20 && dramas.size() > 5);
        QVERIFY(lib->database().exec(u"BEGIN"_s));
        // Three playlists of 700 songs each: the playlists' songs fill many pages.
        for (int p = 1; p <= 3; ++p) {
            QVERIFY(runQuery(c, u"INSERT INTO playlists (id, name) VALUES (?, ?)"_s,
                             { p, u"Playlist %1"_s.arg(p) }));
            for (int pos = 0; pos < 700; ++pos)
                QVERIFY(runQuery(
                    c, u"INSERT INTO playlist_items (playlist_id, position, song_id) VALUES (?, ?, ?)"_s,
                    { p, pos, songs.at((pos * 7 + p) % songs.size()) }));
        }
        for (int i = 0; i < 5; ++i)
            QVERIFY(runQuery(c, u"INSERT INTO favorite_dramas (drama_id) VALUES (?)"_s, { dramas.at(i) }));
        for (int i = 0; i < 20; ++i) {
            QVERIFY(runQuery(c, u"INSERT INTO favorite_songs (song_id) VALUES (?)"_s, { songs.at(i) }));
            QVERIFY(runQuery(c, u"INSERT INTO local_files (song_id, path) VALUES (?, ?)"_s,
                             { songs.at(i), u"/music/%1.mp3"_s.arg(i) }));
        }
        QVERIFY(lib->database().exec(u"COMMIT"_s));
        QVERIFY(lib->database().exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        Database::closeAll(ost::test::libraryPath(m_pristine.path()));
        for (const QString &t : kTables)
            m_rows[t] = rowsOf(ost::test::libraryPath(m_pristine.path()), t);
        QCOMPARE(m_rows[u"playlist_items"_s].size(), 2100);
        QFile f(ost::test::libraryPath(m_pristine.path()));
        QVERIFY(f.open(QIODevice::ReadOnly));
        m_file = f.readAll();
    }

    void damageInUseIsNoticedOnceAndRemembered()
    {
        QTemporaryDir dir;
        const TablePages pages = pagesOf(m_file, rootOf(u"playlist_items"_s));
        QVERIFY(pages.leaves.size() > 4);
        const int page = pages.leaves.at(2).page;
        damagedCopy(dir.path(), qsizetype(page - 1) * 4096, 4096);
        QFile::remove(DamageWatch::markerPath(ost::test::libraryPath(dir.path()))); // not known yet
        QStringList heard;
        DamageWatch::setHandler([&heard](const QString &path, const QString &) { heard << path; });
        auto db = Database::open(ost::test::libraryPath(dir.path()));
        QVERIFY(db);
        // Reading the playlists' songs runs into the damaged page.
        auto read
            = forEachRow(db->connection(), u"SELECT song_id FROM playlist_items"_s, [](const QSqlQuery &) {});
        QVERIFY(!read);
        QVERIFY2(read.error().message.contains(u"malformed"_s), qPrintable(read.error().message));
        QVERIFY(
            !forEachRow(db->connection(), u"SELECT song_id FROM playlist_items"_s, [](const QSqlQuery &) {}));
        QCOMPARE(heard, QStringList { ost::test::libraryPath(dir.path()) }); // once, however often it is met
        QVERIFY(DamageWatch::isMarked(ost::test::libraryPath(dir.path())));
        // From then on the file is neither read nor written: statements are refused, saying why,
        // and the file keeps its bytes.
        const auto fileSha = [&dir] {
            QFile f(ost::test::libraryPath(dir.path()));
            return f.open(QIODevice::ReadOnly) ? test::sha(f.readAll()) : QByteArray();
        };
        const QByteArray before = fileSha();
        auto write = runQuery(db->connection(), u"INSERT INTO playlists (id, name) VALUES (9, 'After')"_s);
        QVERIFY(!write);
        QVERIFY2(write.error().message.contains(u"damaged"_s), qPrintable(write.error().message));
        auto other = db->exec(u"DELETE FROM favorite_songs"_s);
        QVERIFY(!other);
        QCOMPARE(other.error().message, DamageWatch::refusal());
        auto undamaged = runQuery(db->connection(), u"SELECT count(*) FROM playlists"_s);
        QVERIFY(!undamaged); // even a page that is still readable
        QCOMPARE(fileSha(), before);
        DamageWatch::setHandler({});
        Database::closeAll(ost::test::libraryPath(dir.path()));

        // The next open checks the whole file and salvages it.
        auto lib = Library::open(test::libraryOptions(dir.path()));
        QVERIFY2(lib, qPrintable(lib ? QString() : lib.error().message));
        const QString notices = lib->notices().join(u'\n');
        QVERIFY2(notices.contains(u"Recovered from the damaged library: 3 playlist"_s), qPrintable(notices));
        QVERIFY(!DamageWatch::isMarked(ost::test::libraryPath(dir.path())));
        Database::closeAll(ost::test::libraryPath(dir.path()));
    }

    void everyRowOnAnUndamagedPageComesBack_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<int>("page"); // 0: its interior page
        for (int leaf = 0; leaf < 6; ++leaf)
            QTest::addRow("playlist songs, leaf %d", leaf) << u"playlist_items"_s << leaf;
        QTest::addRow("playlist songs, interior") << u"playlist_items"_s << -1;
        QTest::addRow("favorite songs") << u"favorite_songs"_s << 0;
        QTest::addRow("playlists") << u"playlists"_s << 0;
    }
    void everyRowOnAnUndamagedPageComesBack()
    {
        QFETCH(QString, table);
        QFETCH(int, page);
        const TablePages pages = pagesOf(m_file, rootOf(table));
        QVERIFY(!pages.leaves.isEmpty());
        QSet<qint64> lost;
        int damaged = 0;
        if (page < 0) {
            QVERIFY(!pages.interior.isEmpty());
            damaged = pages.interior.first();
        } else {
            QVERIFY(page < pages.leaves.size());
            damaged = pages.leaves.at(page).page;
            lost = QSet<qint64>(pages.leaves.at(page).rowids.cbegin(), pages.leaves.at(page).rowids.cend());
            QVERIFY(!lost.isEmpty());
        }
        QTemporaryDir dir;
        damagedCopy(dir.path(), qsizetype(damaged - 1) * 4096, 4096);
        auto lib = Library::open(test::libraryOptions(dir.path()));
        QVERIFY2(lib, qPrintable(lib ? QString() : lib.error().message));
        const QString notices = lib->notices().join(u'\n');
        QVERIFY2(notices.contains(u"Recovered from the damaged library"_s) && notices.contains(u"are lost"_s),
                 qPrintable(notices));
        Database::closeAll(ost::test::libraryPath(dir.path()));

        const QString path = ost::test::libraryPath(dir.path());
        QCOMPARE(check(path, u"integrity_check"_s), u"ok"_s);
        QCOMPARE(check(path, u"foreign_key_check"_s), QString());
        for (const QString &t : kTables) {
            const QSet<QString> now = contentOf(rowsOf(path, t));
            const QSet<QString> before = contentOf(m_rows.value(t));
            if (t != table) {
                // Other tables come back whole, except rows whose parent was lost.
                if (table == u"playlists"_s && t == u"playlist_items"_s)
                    QVERIFY(now.isEmpty()); // every playlist stood on the damaged page
                else
                    QVERIFY2(now == before, qPrintable(t));
                continue;
            }
            if (page >= 0) {
                // Exactly the rows of the damaged page are missing.
                QSet<QString> gone;
                for (const qint64 rowid : std::as_const(lost))
                    gone.insert(m_rows.value(t).value(rowid));
                QCOMPARE(gone.size(), lost.size());
                QCOMPARE(now.size(), before.size() - gone.size());
                QVERIFY(now == before - gone);
            } else {
                QVERIFY(now.size() < before.size()); // the pages under it are out of reach
                QVERIFY((now - before).isEmpty());
            }
        }
    }

    void aFullerAutomaticBackupIsOffered()
    {
        QTemporaryDir dir;
        // The undamaged library, backed up automatically, then damaged in a page of playlist songs.
        damagedCopy(dir.path(), 0, 0);
        QFile::remove(DamageWatch::markerPath(ost::test::libraryPath(dir.path())));
        {
            auto lib = Library::open(test::libraryOptions(dir.path()));
            QVERIFY2(lib, qPrintable(lib ? QString() : lib.error().message));
            auto backup = BackupStore(lib->database(), dir.path()).createAutomatic();
            QVERIFY2(backup, qPrintable(backup ? QString() : backup.error().message));
        }
        Database::closeAll(ost::test::libraryPath(dir.path()));
        const TablePages pages = pagesOf(m_file, rootOf(u"playlist_items"_s));
        damagedCopy(dir.path(), qsizetype(pages.leaves.at(3).page - 1) * 4096, 4096);
        auto lib = Library::open(test::libraryOptions(dir.path()));
        QVERIFY2(lib, qPrintable(lib ? QString() : lib.error().message));
        const QString notices = lib->notices().join(u'\n');
        QVERIFY2(notices.contains(u"The automatic backup "_s) && notices.contains(u"auto-"_s)
                     && notices.contains(u"Restore from backup"_s),
                 qPrintable(notices));
        // Nothing of the staging is left in the data folder.
        QCOMPARE(QDir(dir.path()).entryList({ u".restore-*"_s }, QDir::AllEntries | QDir::Hidden),
                 QStringList());
        Database::closeAll(ost::test::libraryPath(dir.path()));
    }

    void unreadableHeaderFallsBackToANewLibrary()
    {
        QTemporaryDir dir;
        damagedCopy(dir.path(), 0, 4096);
        auto lib = Library::open(test::libraryOptions(dir.path()));
        QVERIFY2(lib, qPrintable(lib ? QString() : lib.error().message));
        const QString notices = lib->notices().join(u'\n');
        QVERIFY2(notices.contains(u"Nothing could be read"_s) && notices.contains(u"No usable backup"_s),
                 qPrintable(notices));
        QVERIFY(!DamageWatch::isMarked(ost::test::libraryPath(dir.path())));
        Database::closeAll(ost::test::libraryPath(dir.path()));
    }

    void damagedWalLosesOnlyWhatFollowsTheDamage_data()
    {
        QTest::addColumn<int>("commit"); // whose frames are damaged: 0 the WAL's header
        QTest::addColumn<bool>("cut"); // the WAL cut off there instead of overwritten
        QTest::addRow("WAL header") << 0 << false;
        QTest::addRow("first commit's frames") << 1 << false;
        QTest::addRow("second commit's frames") << 2 << false;
        QTest::addRow("third commit's frames") << 3 << false;
        QTest::addRow("WAL cut in the second commit") << 2 << true;
    }
    void damagedWalLosesOnlyWhatFollowsTheDamage()
    {
        // The undamaged library, then three commits that live only in its write-ahead log
        // (each a playlist of 300 songs: several frames), copied as a power cut would leave it.
        QFETCH(int, commit);
        QFETCH(bool, cut);
        QTemporaryDir live;
        QTemporaryDir dir;
        damagedCopy(live.path(), 0, 0);
        QFile::remove(DamageWatch::markerPath(ost::test::libraryPath(live.path())));
        const QString livePath = ost::test::libraryPath(live.path());
        const QString walPath = livePath + u"-wal"_s;
        QList<qint64> walEnd; // the WAL's size after its header, then after each commit
        {
            auto db = Database::open(livePath);
            QVERIFY(db);
            QVERIFY(db->exec(u"PRAGMA wal_autocheckpoint = 0"_s));
            auto anySong = runQuery(db->connection(), u"SELECT id FROM songs LIMIT 1 OFFSET 3"_s);
            QVERIFY(anySong && anySong->next());
            const QString song = anySong->value(0).toString();
            for (int p = 4; p <= 6; ++p) {
                QVERIFY(db->exec(u"BEGIN"_s));
                QVERIFY(runQuery(db->connection(), u"INSERT INTO playlists (id, name) VALUES (?, ?)"_s,
                                 { p, u"Kept in the log %1"_s.arg(p) }));
                for (int pos = 0; pos < 300; ++pos)
                    QVERIFY(runQuery(
                        db->connection(),
                        u"INSERT INTO playlist_items (playlist_id, position, song_id) VALUES (?, ?, ?)"_s,
                        { p, pos, song }));
                QVERIFY(db->exec(u"COMMIT"_s));
                if (walEnd.isEmpty())
                    walEnd << 32;
                walEnd << QFileInfo(walPath).size();
            }
            QVERIFY(walEnd.at(3) > walEnd.at(2) && walEnd.at(2) > walEnd.at(1) && walEnd.at(1) > 32);
            // The files as they are now, before closing checkpoints the log into the library.
            QVERIFY(QFile::copy(livePath, ost::test::libraryPath(dir.path())));
            QFile wal(walPath);
            QVERIFY(wal.open(QIODevice::ReadOnly));
            QByteArray bytes = wal.readAll();
            const qsizetype at = commit == 0 ? 0 : qsizetype(walEnd.at(commit - 1) + 24 + 100);
            if (cut)
                bytes.truncate(at);
            else
                bytes.replace(at, 16, QByteArray(16, char(0xA5)));
            QFile out(ost::test::libraryPath(dir.path()) + u"-wal"_s);
            QVERIFY(out.open(QIODevice::WriteOnly));
            QCOMPARE(out.write(bytes), bytes.size());
        }
        Database::closeAll(livePath);

        // SQLite reads the log up to the last whole commit before the damage: the library opens
        // without a salvage, intact, with every commit before the damaged one and none after.
        auto lib = Library::open(test::libraryOptions(dir.path()));
        QVERIFY2(lib, qPrintable(lib ? QString() : lib.error().message));
        const QString notices = lib->notices().join(u'\n');
        QVERIFY2(!notices.contains(u"damaged"_s), qPrintable(notices));
        Database::closeAll(ost::test::libraryPath(dir.path()));
        const QString path = ost::test::libraryPath(dir.path());
        QCOMPARE(check(path, u"integrity_check"_s), u"ok"_s);
        const QHash<qint64, QString> playlists = rowsOf(path, u"playlists"_s);
        for (int p = 1; p <= 6; ++p)
            QVERIFY2(playlists.contains(p) == (p <= 3 || p - 3 < commit),
                     qPrintable(u"playlist %1"_s.arg(p)));
        // Everything the library file held comes back whole.
        for (const QString &t : kTables) {
            const QSet<QString> now = contentOf(rowsOf(path, t));
            QVERIFY2((contentOf(m_rows.value(t)) - now).isEmpty(), qPrintable(t));
        }
        QCOMPARE(rowsOf(path, u"playlist_items"_s).size(), 2100 + 300 * (commit == 0 ? 0 : commit - 1));
    }

    void truncatedFileKeepsWhatItHolds()
    {
        for (const double cut : { 0.3, 0.6, 0.9 }) {
            QTemporaryDir dir;
            const auto at = qsizetype(double(m_file.size()) * cut) / 4096 * 4096;
            damagedCopy(dir.path(), at, -1);
            auto lib = Library::open(test::libraryOptions(dir.path()));
            QVERIFY2(lib, qPrintable(lib ? QString() : lib.error().message));
            const QString notices = lib->notices().join(u'\n');
            QVERIFY2(notices.contains(u"damaged"_s), qPrintable(notices));
            Database::closeAll(ost::test::libraryPath(dir.path()));
            const QString path = ost::test::libraryPath(dir.path());
            QCOMPARE(check(path, u"integrity_check"_s), u"ok"_s);
            QCOMPARE(check(path, u"foreign_key_check"_s), QString());
            // Whatever came back is what was there.
            for (const QString &t : kTables)
                QVERIFY((contentOf(rowsOf(path, t)) - contentOf(m_rows.value(t))).isEmpty());
        }
    }
};

OST_TEST_GUILESS_MAIN(TestSalvage)
#include "tst_salvage.moc"
