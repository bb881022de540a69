// The play queue: block moves keep the current song, drags and drops become requests,
// and a drop on the queue view reaches the model at the row under the pointer.
#include "common/testmain.h"
#include "models/queuemodel.h"
#include "models/songmime.h"
#include "player/queueview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDropEvent>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QWindow>

using namespace Qt::StringLiterals;
using namespace ost;

namespace {

QStringList ids(const QueueModel &m)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r).data(QueueModel::SongIdRole).toString();
    return out;
}

// What a block move means, written the obvious way: the moved songs, in order, in front of
// what was at dest; everything else keeps its order.
QStringList expectedMove(const QStringList &list, const QList<int> &rows, int dest)
{
    QStringList moved, before, after;
    for (int r = 0; r < list.size(); ++r) {
        if (rows.contains(r))
            moved << list[r];
        else if (r < dest)
            before << list[r];
        else
            after << list[r];
    }
    return before + moved + after;
}

} // namespace

class TestQueueModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void blockMovesMatchTheirMeaningAndKeepTheCurrentSong()
    {
        const QStringList start { u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s, u"f"_s };
        const int n = int(start.size());
        int cases = 0;
        for (int mask = 1; mask < (1 << n); ++mask) {
            QList<int> rows;
            for (int r = n - 1; r >= 0; --r) // unsorted on purpose, as a selection may be
                if (mask & (1 << r))
                    rows << r;
            for (int dest = 0; dest <= n; ++dest) {
                for (int current = -1; current < n; ++current) {
                    QueueModel m;
                    QAbstractItemModelTester tester(&m,
                                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
                    m.setSongs(start, 0);
                    m.setCurrent(current);
                    m.moveSongs(rows, dest);
                    const QStringList want = expectedMove(start, rows, dest);
                    if (ids(m) != want)
                        QFAIL(qPrintable(u"rows %1 to %2: got %3, want %4"_s.arg(
                            QString::number(mask), QString::number(dest), ids(m).join(u','),
                            want.join(u','))));
                    const int wantCurrent = current < 0 ? -1 : int(want.indexOf(start[current]));
                    QCOMPARE(m.current(), wantCurrent);
                    if (current >= 0)
                        QVERIFY(m.index(wantCurrent).data(QueueModel::CurrentRole).toBool());
                    ++cases;
                }
            }
        }
        QCOMPARE(cases, 63 * 7 * 7);

        QueueModel m;
        m.setSongs(start, 2);
        m.moveSongs({ 9, -1 }, 0); // nothing valid: nothing moves
        QCOMPARE(ids(m), start);
        m.moveSongs({ 1, 1, 1 }, 99); // duplicates and a destination past the end
        QCOMPARE(ids(m), (QStringList { u"a"_s, u"c"_s, u"d"_s, u"e"_s, u"f"_s, u"b"_s }));
        QCOMPARE(m.current(), 1);
    }

    void dropsBecomeRequests()
    {
        QueueModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setSongs({ u"a"_s, u"b"_s, u"a"_s }, 0); // a song may be queued twice
        QSignalSpy moves(&m, &QueueModel::moveRequested);
        QSignalSpy inserts(&m, &QueueModel::insertRequested);
        QVERIFY(m.flags(m.index(0)) & Qt::ItemIsDragEnabled);
        QVERIFY(m.flags({}) & Qt::ItemIsDropEnabled);

        std::unique_ptr<QMimeData> own(m.mimeData({ m.index(2), m.index(0) }));
        QCOMPARE(SongMime::songIds(own.get()), (QStringList { u"a"_s, u"a"_s }));
        QVERIFY(!m.dropMimeData(own.get(), Qt::MoveAction, 1, 0, {})); // false: the view must not delete rows
        QCOMPARE(moves.size(), 1);
        QCOMPARE(moves[0][0].value<QList<int>>(),
                 (QList<int> { 0, 2 })); // rows, not ids: duplicates stay apart
        QCOMPARE(moves[0][1].toInt(), 1);
        QCOMPARE(ids(m), (QStringList { u"a"_s, u"b"_s, u"a"_s })); // unchanged until the controller acts

        std::unique_ptr<QMimeData> fromTracks(SongMime::create({ u"z"_s, u"y"_s }));
        QVERIFY(m.canDropMimeData(fromTracks.get(), Qt::CopyAction, -1, -1, {}));
        m.dropMimeData(fromTracks.get(), Qt::CopyAction, -1, -1, {});
        QCOMPARE(inserts.size(), 1);
        QCOMPARE(inserts[0][0].toInt(), 3); // below the last row: at the end
        QCOMPARE(inserts[0][1].toStringList(), (QStringList { u"z"_s, u"y"_s }));

        // A playlist's rows are songs to add here, not rows of this queue.
        std::unique_ptr<QMimeData> fromPlaylist(SongMime::create({ u"p"_s }, 4, { 0 }));
        m.dropMimeData(fromPlaylist.get(), Qt::MoveAction, 0, 0, {});
        QCOMPARE(inserts.size(), 2);
        QCOMPARE(inserts[1][0].toInt(), 0);
        QCOMPARE(moves.size(), 1);

        std::unique_ptr<QMimeData> text(new QMimeData);
        text->setText(u"hello"_s);
        QVERIFY(!m.canDropMimeData(text.get(), Qt::CopyAction, -1, -1, {}));

        // The queue was replaced while the drag went on: its rows mean other songs now, so
        // the dragged songs are added rather than whatever sits at those rows moved.
        m.setSongs({ u"q"_s, u"r"_s, u"s"_s }, 0);
        m.dropMimeData(own.get(), Qt::MoveAction, 1, 0, {});
        QCOMPARE(moves.size(), 1);
        QCOMPARE(inserts.size(), 3);
        QCOMPARE(inserts[2][1].toStringList(), (QStringList { u"a"_s, u"a"_s }));
    }

    // The view as a user drags in it: rows picked up from the queue land above the row under
    // the pointer; songs from elsewhere are queued there.
    void dropOnTheViewReordersTheQueue()
    {
        QueueModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setSongs({ u"a"_s, u"b"_s, u"c"_s, u"d"_s }, 1);
        connect(&m, &QueueModel::moveRequested, &m, &QueueModel::moveSongs);
        connect(&m, &QueueModel::insertRequested, &m, &QueueModel::insertSongs);
        QueueView view;
        view.setModel(&m);
        view.resize(300, 200);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        const auto drop = [&](QMimeData *mime, int row, Qt::DropAction action) {
            const QRect r = view.visualRect(m.index(row));
            const QPoint at(r.center().x(), r.top() + 2); // upper edge: "above this row"
            QDragEnterEvent enter(at, action, mime, Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(view.viewport(), &enter);
            QDragMoveEvent move(at, action, mime, Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(view.viewport(), &move);
            QVERIFY(move.isAccepted());
            QDropEvent dropped(at, action, mime, Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(view.viewport(), &dropped);
        };

        std::unique_ptr<QMimeData> lastTwo(m.mimeData({ m.index(2), m.index(3) }));
        drop(lastTwo.get(), 0, Qt::MoveAction);
        QCOMPARE(ids(m), (QStringList { u"c"_s, u"d"_s, u"a"_s, u"b"_s }));
        QCOMPARE(m.current(), 3); // "b" still plays

        std::unique_ptr<QMimeData> tracks(SongMime::create({ u"x"_s }));
        drop(tracks.get(), 1, Qt::CopyAction);
        QCOMPARE(ids(m), (QStringList { u"c"_s, u"x"_s, u"d"_s, u"a"_s, u"b"_s }));
        QCOMPARE(m.current(), 4);
    }

    // A real drag with the mouse, from the queue onto itself, so the view's own handling of
    // drags from itself runs (the synthetic drops above have no source). Rows 0 and 2 dropped
    // between them: QListView alone would claim this drop and move nothing.
    void mouseDragWithinTheViewMovesTheRows()
    {
        QueueModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setSongs({ u"a"_s, u"b"_s, u"c"_s, u"d"_s }, 3);
        connect(&m, &QueueModel::moveRequested, &m, &QueueModel::moveSongs);
        connect(&m, &QueueModel::insertRequested, &m, &QueueModel::insertSongs);
        QueueView view;
        view.setModel(&m);
        view.resize(300, 200);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.selectionModel()->select(m.index(0), QItemSelectionModel::Select);
        view.selectionModel()->select(m.index(2), QItemSelectionModel::Select);

        // Through the window, as the platform delivers a real mouse: QDrag's own loop
        // watches the window's events. Needs a real window system (offscreen's drag ends
        // at once), which is why this test runs under Xvfb.
        QWindow *win = view.window()->windowHandle();
        QVERIFY(win);
        const auto at = [&](const QPoint &p) { return view.viewport()->mapTo(view.window(), p); };
        const QPoint from = at(view.visualRect(m.index(0)).center());
        const QRect second = view.visualRect(m.index(1));
        const QPoint to = at(QPoint(second.center().x(), second.top() + 2)); // above "b"
        bool dropped = false;
        // QDrag::exec() runs its own loop: the rest of the gesture comes from a timer in it.
        QTimer::singleShot(100, &view, [&] {
            QTest::mouseMove(win, to);
            QTest::mouseMove(win, to + QPoint(0, 1));
            QTest::mouseRelease(win, Qt::LeftButton, {}, to + QPoint(0, 1));
            dropped = true;
        });
        QTest::mousePress(win, Qt::LeftButton, {}, from);
        for (int step = 1; step <= 4; ++step) {
            QTest::qWait(20);
            QTest::mouseMove(win, from + QPoint(0, step * (QApplication::startDragDistance() + 2)));
        }
        QTRY_VERIFY_WITH_TIMEOUT(dropped, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(ids(m), (QStringList { u"a"_s, u"c"_s, u"b"_s, u"d"_s }), 2000);
        QCOMPARE(m.current(), 3); // "d" still plays
    }
};

OST_TEST_MAIN(TestQueueModel)
#include "tst_queuemodel.moc"
