// The play history: plays recorded with their kind, per-song counts kept by the trigger,
// "Clear history" hiding plays until it is undone, and the page's grouping of plays.
#include "common/testlibrary.h"
#include "common/testmain.h"
#include "history/playhistoryrepository.h"
#include "models/historymodel.h"
#include "services/historykeeper.h"
#include "storage/dbexecutor.h"
#include "storage/library.h"
#include "storage/sqlquery.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace ost;

namespace {

PlayRecord play(const QString &song, const QDateTime &at, qint64 heard, qint64 length,
                PlayRecord::Kind kind = PlayRecord::Kind::Full, bool skipped = false)
{
    return PlayRecord { song, at, heard, length, kind, skipped };
}

} // namespace

class TestPlayHistory : public QObject
{
    Q_OBJECT

    QStringList songIds(const Database &db, int n)
    {
        QStringList ids;
        auto q = runQuery(db.connection(), u"SELECT id FROM songs ORDER BY id LIMIT ?"_s, { n });
        while (q && q->next())
            ids << q->value(0).toString();
        return ids;
    }

private Q_SLOTS:
    void skipRule_data()
    {
        QTest::addColumn<qint64>("heard");
        QTest::addColumn<qint64>("length");
        QTest::addColumn<bool>("ranToEnd");
        QTest::addColumn<bool>("skip");
        QTest::newRow("half heard") << 100'000ll << 200'000ll << false << false;
        QTest::newRow("just under half") << 99'999ll << 200'000ll << false << true;
        QTest::newRow("four minutes of a long song") << 240'000ll << 1'200'000ll << false << false;
        QTest::newRow("ran to its end") << 1'000ll << 200'000ll << true << false;
        QTest::newRow("length unknown, short") << 30'000ll << 0ll << false << true;
    }
    void skipRule()
    {
        QFETCH(qint64, heard);
        QFETCH(qint64, length);
        QFETCH(bool, ranToEnd);
        QFETCH(bool, skip);
        QCOMPARE(PlayRecord::isSkip(heard, length, ranToEnd), skip);
    }

    void playsAreCountedByKind()
    {
        QTemporaryDir dir;
        auto lib = Library::open(test::libraryOptions(dir.path()));
        QVERIFY(lib);
        const QStringList ids = songIds(lib->database(), 2);
        QCOMPARE(ids.size(), 2);
        PlayHistoryRepository repo(lib->database());
        const QDateTime t0 = QDateTime(QDate(2026, 11, 30), QTime(20, 0), QTimeZone::UTC);
        QVERIFY(repo.record(play(ids[0], t0, 200'000, 200'000)));
        QVERIFY(repo.record(play(ids[0], t0.addSecs(600), 30'000, 30'000, PlayRecord::Kind::Preview)));
        QVERIFY(repo.record(play(ids[0], t0.addSecs(1200), 10'000, 200'000, PlayRecord::Kind::Full, true)));
        QVERIFY(repo.record(play(ids[0], t0.addSecs(1800), 190'000, 200'000)));
        QVERIFY(repo.record(play(ids[1], t0.addSecs(60), 30'000, 30'000, PlayRecord::Kind::Preview)));
        auto counts = repo.counts(ids + QStringList { u"never-played"_s });
        QVERIFY(counts);
        QCOMPARE(counts->size(), 2);
        const SongPlayCounts first = counts->value(ids[0]);
        QCOMPARE(first.plays, 2); // a preview and a skip are no plays
        QCOMPARE(first.previews, 1);
        QCOMPARE(first.skips, 1);
        QCOMPARE(first.lastPlayed, t0.addSecs(1800));
        const SongPlayCounts second = counts->value(ids[1]);
        QCOMPARE(second.plays, 0);
        QCOMPARE(second.previews, 1);
        QVERIFY(!second.lastPlayed.isValid());

        // Newest start first (not the order they were recorded in), a page at a time.
        auto recent = repo.recent(3);
        QVERIFY(recent);
        QCOMPARE(recent->size(), 3);
        QCOMPARE(recent->at(0).play, play(ids[0], t0.addSecs(1800), 190'000, 200'000));
        QVERIFY(!recent->at(0).title.isEmpty());
        QCOMPARE(recent->at(1).play.kind, PlayRecord::Kind::Full);
        QVERIFY(recent->at(1).play.skipped);
        QCOMPARE(recent->at(2).play.kind, PlayRecord::Kind::Preview);
        auto older = repo.recent(10, recent->last().id);
        QVERIFY(older);
        QCOMPARE(older->size(), 2);
        QCOMPARE(older->at(0).play.songId, ids[1]); // recorded last, started second
        QCOMPARE(older->last().play.startedAt, t0);
        QCOMPARE(*repo.count(), 5);

        // Bad input is refused, with a message, and nothing is written.
        auto bad = repo.record(play(QString(), t0, 1, 1));
        QVERIFY(!bad);
        QCOMPARE(bad.error().kind, Error::Kind::InvalidInput);
        QVERIFY(!repo.record(play(ids[0], t0, -5, 1)));
        QCOMPARE(*repo.count(), 5);
    }

    void clearingIsUndoneAndForgottenAtTheNextStart()
    {
        QTemporaryDir dir;
        auto lib = Library::open(test::libraryOptions(dir.path()));
        QVERIFY(lib);
        const QStringList ids = songIds(lib->database(), 3);
        DbExecutor exec;
        QUndoStack undo;
        HistoryKeeper keeper(lib->database(), &exec, &undo);
        QSignalSpy changed(&keeper, &HistoryKeeper::changed);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 3; ++i)
            keeper.record(play(ids[i], now.addSecs(i), 100'000, 100'000));
        QTRY_COMPARE(changed.size(), 3);
        QSignalSpy recent(&keeper, &HistoryKeeper::recentReady);
        keeper.requestRecent();
        QTRY_COMPARE(recent.size(), 1);
        QCOMPARE(recent[0][0].value<QList<HistoryEntry>>().size(), 3);
        QCOMPARE(recent[0][1].toLongLong(), 3);

        keeper.clear();
        QTRY_COMPARE(changed.size(), 4);
        PlayHistoryRepository repo(lib->database());
        QCOMPARE(*repo.count(), 0);
        QVERIFY(repo.counts(ids)->isEmpty());
        // Undo, redo and undo again: the plays and their counts come back each time.
        undo.undo();
        QTRY_COMPARE(changed.size(), 5);
        QCOMPARE(*repo.count(), 3);
        QCOMPARE(repo.counts(ids)->value(ids[1]).plays, 1);
        undo.redo();
        QTRY_COMPARE(changed.size(), 6);
        QCOMPARE(*repo.count(), 0);
        undo.undo();
        QTRY_COMPARE(changed.size(), 7);
        QCOMPARE(*repo.count(), 3);
        // A clear left in place is gone for good at the next start (no undo reaches it).
        undo.redo();
        QTRY_COMPARE(changed.size(), 8);
        {
            auto hidden = runQuery(lib->database().connection(), u"SELECT count(*) FROM plays"_s);
            QVERIFY(hidden && hidden->next());
            QCOMPARE(hidden->value(0).toInt(), 3); // hidden, not deleted
        }
        {
            HistoryKeeper next(lib->database(), &exec, &undo);
            QSignalSpy nextRecent(&next, &HistoryKeeper::recentReady);
            next.purgeCleared(); // as the service does once the first screen is read
            next.requestRecent(); // runs after the purge
            QTRY_COMPARE(nextRecent.size(), 1);
        }
        auto left = runQuery(lib->database().connection(), u"SELECT count(*) FROM plays"_s);
        QVERIFY(left && left->next());
        QCOMPARE(left->value(0).toInt(), 0);
    }

    void pageGroupsTodayThisWeekAndEarlier()
    {
        HistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // A Thursday, in local time: yesterday is this week whether weeks start on Sunday or Monday.
        const QDateTime now(QDate(2026, 12, 3), QTime(15, 0));
        QList<HistoryEntry> entries;
        const auto entry = [](const QString &id, const QDateTime &at) {
            HistoryEntry e;
            e.id = 1;
            e.play = play(id, at.toUTC(), 1000, 2000);
            e.title = id;
            return e;
        };
        entries << entry(u"a"_s, now.addSecs(-3600)) << entry(u"b"_s, now.addDays(-1))
                << entry(u"c"_s, now.addDays(-10)) << entry(u"d"_s, now.addDays(-11));
        model.setEntries(entries, now);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowCount(model.index(0, 0)), 1);
        QCOMPARE(model.rowCount(model.index(1, 0)), 1);
        QCOMPARE(model.rowCount(model.index(2, 0)), 2);
        QVERIFY(model.index(0, 0).data().toString().startsWith(HistoryModel::tr("Today")));
        QVERIFY(model.index(2, 0).data(HistoryModel::IsGroupRole).toBool());
        const QModelIndex c = model.index(0, 0, model.index(2, 0));
        QCOMPARE(c.data(HistoryModel::SongIdRole).toString(), u"c"_s);
        QCOMPARE(model.playRow(c), 2);
        QCOMPARE(model.songIds(), (QStringList { u"a"_s, u"b"_s, u"c"_s, u"d"_s }));
        // Only groups with plays are shown.
        model.setEntries({ entries[2] }, now);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.index(0, 0).data().toString().startsWith(HistoryModel::tr("Earlier")));
    }
};

OST_TEST_GUILESS_MAIN(TestPlayHistory)
#include "tst_playhistory.moc"
