// Nothing acknowledged is lost: a driver applies a long stream of playlist and favorite
// edits and is killed with SIGKILL at random moments, over and over. After every kill the
// database passes integrity_check and holds exactly the acknowledged edits (or one more:
// the edit whose COMMIT finished just before the kill, before its "ack" was printed).
#include "../common/editscript.h"
#include "common/testmain.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace ost;

namespace {

test::EditState readState(const Database &db)
{
    test::EditState s;
    auto lists = runQuery(db.connection(), u"SELECT id, name FROM playlists WHERE deleted_at IS NULL"_s);
    while (lists && lists->next()) {
        QStringList songs;
        auto items = runQuery(db.connection(),
                              u"SELECT song_id FROM playlist_items WHERE playlist_id = ? ORDER BY position"_s,
                              { lists->value(0) });
        while (items && items->next())
            songs << items->value(0).toString();
        s.playlists.insert(lists->value(1).toString(), songs);
    }
    auto favs = runQuery(db.connection(), u"SELECT song_id FROM favorite_songs"_s);
    while (favs && favs->next())
        s.favorites.insert(favs->value(0).toString());
    return s;
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killedMidStreamLosesNothingAcknowledged()
    {
        QTemporaryDir dir;
        const QString driver = QStringLiteral(OSTSHELF_TEST_BINARY_DIR) + u"/tests/edit_driver"_s;
        const QString catalog = QStringLiteral(OSTSHELF_TEST_CATALOG);
        const int kills = qEnvironmentVariableIntValue("OSTSHELF_KILLS") > 0
            ? qEnvironmentVariableIntValue("OSTSHELF_KILLS")
            : 120;
        QStringList songs;
        {
            auto db = Database::open(catalog, Database::Mode::ReadOnly);
            QVERIFY(db);
            auto q = runQuery(db->connection(), u"SELECT id FROM songs ORDER BY id"_s);
            while (q && q->next())
                songs << q->value(0).toString();
            Database::closeAll(catalog);
        }
        QVERIFY(songs.size() > 10);

        QRandomGenerator rng(20261122);
        int next = 0, killedMidCommit = 0;
        for (int round = 0; round < kills; ++round) {
            QProcess p;
            p.setProgram(driver);
            p.setArguments({ dir.path(), catalog, QString::number(next) });
            p.start();
            QVERIFY2(p.waitForStarted(), qPrintable(p.errorString()));
            QVERIFY2(p.waitForReadyRead(10000), "driver did not start");
            // Let it run a random while (some rounds die almost at once), then kill it hard.
            const int runMs = int(rng.bounded(2, 60));
            QElapsedTimer t;
            t.start();
            while (t.elapsed() < runMs && p.state() == QProcess::Running)
                p.waitForReadyRead(runMs - int(t.elapsed()) + 1);
            ::kill(pid_t(p.processId()), SIGKILL);
            QVERIFY(p.waitForFinished(10000));
            QCOMPARE(p.exitStatus(), QProcess::CrashExit);
            int lastAck = next - 1;
            for (const QByteArray &line : p.readAllStandardOutput().split('\n'))
                if (line.startsWith("ack "))
                    lastAck = std::max(lastAck, line.mid(4).toInt());
            QVERIFY2(p.readAllStandardError().isEmpty(), "driver reported an error");

            const QString path = QDir(dir.path()).filePath(u"library.sqlite"_s);
            auto db = Database::open(path);
            QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
            auto check = runQuery(db->connection(), u"PRAGMA integrity_check"_s);
            QVERIFY(check && check->next());
            QCOMPARE(check->value(0).toString(), u"ok"_s);
            check->finish();
            const test::EditState actual = readState(*db);
            Database::closeAll(path);

            const test::EditState acked = test::replay(lastAck + 1, songs);
            if (actual == acked) {
                next = lastAck + 1;
            } else {
                QVERIFY2(
                    actual == test::replay(lastAck + 2, songs),
                    qPrintable(
                        u"round %1: the database differs from the %2 acknowledged edits"_s.arg(round).arg(
                            lastAck + 1)));
                next = lastAck + 2;
                ++killedMidCommit;
            }
        }
        qInfo("%d kills, %d edits acknowledged and verified, %d kills landed between COMMIT and ack", kills,
              next, killedMidCommit);
        QVERIFY2(next > kills, "the driver made too little progress to test anything");
    }
};

OST_TEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
