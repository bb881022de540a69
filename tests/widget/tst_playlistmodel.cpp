// The playlist model under QAbstractItemModelTester (inserts, removals, moves, drops) and
// the editor's undo/redo against a real library: every step checked in the model and in
// what the database holds.
#include "common/testlibrary.h"
#include "common/testmain.h"
#include "models/playlistlistmodel.h"
#include "models/playlistmodel.h"
#include "models/songmime.h"
#include "playback/tonegenerator.h"
#include "playlists/playlisteditor.h"
#include "repositories/localfilerepository.h"
#include "repositories/playlistrepository.h"
#include "scanning/libraryscanner.h"
#include "storage/dbexecutor.h"
#include "storage/library.h"
#include "storage/sqlquery.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace ost;

namespace {

QStringList ids(const PlaylistModel &m)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, PlaylistModel::TitleColumn).data(PlaylistModel::SongIdRole).toString();
    return out;
}

} // namespace

class TestPlaylistModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void modelEditsKeepInvariants()
    {
        PlaylistModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setPlaylist(7, { u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s });
        QPersistentModelIndex d = m.index(3, 1);
        m.insertSongs(1, { u"x"_s, u"y"_s });
        QCOMPARE(ids(m), (QStringList { u"a"_s, u"x"_s, u"y"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s }));
        QCOMPARE(d.row(), 5);
        m.removeSongs({ 6, 0, 2, 1 }); // unordered, two runs
        QCOMPARE(ids(m), (QStringList { u"b"_s, u"c"_s, u"d"_s }));
        QCOMPARE(d.row(), 2);
        m.reorder({ 2, 0, 1 });
        QCOMPARE(ids(m), (QStringList { u"d"_s, u"b"_s, u"c"_s }));
        QCOMPARE(d.row(), 0);
        QCOMPARE(d.data(PlaylistModel::SongIdRole).toString(), u"d"_s);
        QCOMPARE(m.index(2, 0).data(PlaylistModel::PositionRole).toInt(), 3);
        QCOMPARE(m.index(2, PlaylistModel::TitleColumn).data().toString(),
                 u"Loading…"_s); // details not fetched
        QCOMPARE(m.index(0, PlaylistModel::StatusColumn).data().toString(), u"no local file"_s);
        m.setAvailable({ { u"d"_s, 61000 } });
        QCOMPARE(m.totalDurationMs(), 61000);
        QCOMPARE(m.availableCount(), 1);
        QVERIFY(m.index(0, 0).data(PlaylistModel::AvailableRole).toBool());
        QVERIFY(m.index(0, PlaylistModel::StatusColumn).data().toString().isEmpty());
    }

    void dropsBecomeRequests()
    {
        PlaylistModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setPlaylist(7, { u"a"_s, u"b"_s, u"c"_s });
        QSignalSpy moves(&m, &PlaylistModel::moveRequested);
        QSignalSpy inserts(&m, &PlaylistModel::insertRequested);
        std::unique_ptr<QMimeData> own(m.mimeData({ m.index(0, 0), m.index(0, 2), m.index(2, 1) }));
        QCOMPARE(SongMime::songIds(own.get()), (QStringList { u"a"_s, u"c"_s }));
        QVERIFY(!m.dropMimeData(own.get(), Qt::MoveAction, 1, 0, {})); // false: the view must not delete rows
        QCOMPARE(moves.size(), 1);
        QCOMPARE(moves[0][0].value<QList<int>>(), (QList<int> { 0, 2 }));
        QCOMPARE(moves[0][1].toInt(), 1);
        QCOMPARE(ids(m), (QStringList { u"a"_s, u"b"_s, u"c"_s })); // unchanged until the editor acts

        std::unique_ptr<QMimeData> foreign(SongMime::create({ u"z"_s, u"y"_s }));
        QVERIFY(m.canDropMimeData(foreign.get(), Qt::CopyAction, -1, -1, {}));
        m.dropMimeData(foreign.get(), Qt::CopyAction, -1, -1, {});
        QCOMPARE(inserts.size(), 1);
        QCOMPARE(inserts[0][0].toInt(), 3);
        QCOMPARE(inserts[0][1].toStringList(), (QStringList { u"z"_s, u"y"_s }));
        std::unique_ptr<QMimeData> text(new QMimeData);
        text->setText(u"hello"_s);
        QVERIFY(!m.canDropMimeData(text.get(), Qt::CopyAction, -1, -1, {}));
    }

    void editorUndoRedoReachesTheDatabase()
    {
        QTemporaryDir dir;
        auto lib = Library::open(test::libraryOptions(dir.path()));
        QVERIFY(lib);
        DbExecutor exec;
        PlaylistListModel list;
        QAbstractItemModelTester listTester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
        PlaylistEditor editor(lib->database(), &exec, &list);
        QAbstractItemModelTester modelTester(editor.model(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        PlaylistRepository repo(lib->database());
        const auto settle = [&] {
            exec.waitForIdle();
            QCoreApplication::processEvents();
            exec.waitForIdle();
            QCoreApplication::processEvents();
        };
        editor.load();
        settle();
        QVERIFY(editor.isLoaded());

        QSignalSpy created(&editor, &PlaylistEditor::created);
        editor.create(u"Night drive"_s);
        settle();
        QCOMPARE(created.size(), 1);
        const qint64 id = created[0][0].toLongLong();
        QCOMPARE(list.rowCount(), 1);
        editor.create(u"night DRIVE"_s); // refused before anything is queued
        QCOMPARE(editor.undoStack()->count(), 1);

        editor.open(id);
        editor.addSongs(id, { u"stay-with-me"_s, u"sofa"_s, u"sweet-night"_s });
        settle();
        QCOMPARE(*repo.songIds(id), (QStringList { u"stay-with-me"_s, u"sofa"_s, u"sweet-night"_s }));
        QCOMPARE(
            editor.model()->index(0, PlaylistModel::TitleColumn).data(PlaylistModel::TitleRole).toString(),
            u"Stay with Me"_s);
        QCOMPARE(list.index(0).data(PlaylistListModel::SongCountRole).toInt(), 3);

        editor.moveRows({ 2 }, 0);
        editor.removeRows({ 1 });
        settle();
        QCOMPARE(ids(*editor.model()), (QStringList { u"sweet-night"_s, u"sofa"_s }));
        QCOMPARE(*repo.songIds(id), ids(*editor.model()));

        editor.undoStack()->undo(); // the removal
        settle();
        QCOMPARE(*repo.songIds(id), (QStringList { u"sweet-night"_s, u"stay-with-me"_s, u"sofa"_s }));
        editor.undoStack()->undo(); // the move
        settle();
        QCOMPARE(ids(*editor.model()), (QStringList { u"stay-with-me"_s, u"sofa"_s, u"sweet-night"_s }));
        QCOMPARE(*repo.songIds(id), ids(*editor.model()));
        editor.undoStack()->redo();
        editor.undoStack()->redo();
        settle();
        QCOMPARE(*repo.songIds(id), (QStringList { u"sweet-night"_s, u"sofa"_s }));

        editor.rename(id, u"Late drive"_s);
        settle();
        QCOMPARE(repo.playlist(id)->name, u"Late drive"_s);
        editor.undoStack()->undo();
        settle();
        QCOMPARE(repo.playlist(id)->name, u"Night drive"_s);
        QCOMPARE(list.index(0).data(PlaylistListModel::NameRole).toString(), u"Night drive"_s);

        // Delete goes to the trash; undo brings it back with its songs.
        editor.moveToTrash(id);
        settle();
        QCOMPARE(list.rowCount(), 0);
        QVERIFY(repo.playlist(id)->isInTrash());
        editor.undoStack()->undo();
        settle();
        QCOMPARE(list.rowCount(), 1);
        QVERIFY(!repo.playlist(id)->isInTrash());
        QCOMPARE(*repo.songIds(id), (QStringList { u"sweet-night"_s, u"sofa"_s }));

        editor.duplicate(id);
        settle();
        QCOMPARE(list.rowCount(), 2);
        editor.undoStack()->undo(); // undoing a create removes it entirely
        settle();
        QCOMPARE(list.rowCount(), 1);
        QCOMPARE(repo.list(false)->size(), 1);
        QVERIFY(repo.list(true)->isEmpty());
        editor.undoStack()->redo();
        settle();
        QCOMPARE(repo.list(false)->size(), 2);

        // A deleted playlist comes back from the trash after a "restart": a fresh editor.
        editor.moveToTrash(id);
        settle();
        PlaylistListModel list2;
        PlaylistEditor restarted(lib->database(), &exec, &list2);
        QSignalSpy trash(&restarted, &PlaylistEditor::trashReady);
        restarted.load();
        restarted.requestTrash();
        settle();
        QCOMPARE(list2.rowCount(), 1);
        QCOMPARE(trash.size(), 1);
        QCOMPARE(trash[0][0].value<QList<Playlist>>().size(), 1);
        restarted.restore(id);
        settle();
        QCOMPARE(list2.rowCount(), 2);
        QCOMPARE(restarted.songIds(id), (QStringList { u"sweet-night"_s, u"sofa"_s }));

        // A linked file makes its song playable and gives the playlist a length.
        const QString wav = dir.filePath(u"sofa.wav"_s);
        QVERIFY(ToneGenerator::writeWav(wav, { 440.0, 1500 }));
        QVERIFY(LocalFileRepository(lib->database()).link(u"sofa"_s, wav));
        restarted.open(id);
        settle();
        QCOMPARE(restarted.model()->availableCount(), 1);
        QVERIFY(!restarted.model()->index(0, 0).data(PlaylistModel::AvailableRole).toBool());
        QVERIFY(restarted.model()->index(1, 0).data(PlaylistModel::AvailableRole).toBool());
        QVERIFY(qAbs(restarted.model()->totalDurationMs() - 1500) < 50);
        // A file the scanner has seen unchanged: its stored length is used, the file not read.
        const QFileInfo fi(wav);
        QVERIFY(runQuery(
            lib->database().connection(),
            u"INSERT INTO scanned_files(path, size, mtime, duration_ms, song_id, status) VALUES (?, ?, ?, 4321, 'sofa', 'linked')"_s,
            { wav, fi.size(), *LibraryScanner::modificationStamp(wav) }));
        restarted.open(id);
        settle();
        QCOMPARE(restarted.model()->totalDurationMs(), 4321);
        // Changed since the scan (another mtime): read again.
        QVERIFY(runQuery(lib->database().connection(), u"UPDATE scanned_files SET mtime = mtime - 100"_s));
        restarted.open(id);
        settle();
        QVERIFY(qAbs(restarted.model()->totalDurationMs() - 1500) < 50);
        QFile::remove(wav); // gone from disk: shown as not playable, never dropped
        restarted.open(id);
        settle();
        QCOMPARE(restarted.model()->availableCount(), 0);
        QCOMPARE(restarted.model()->rowCount(), 2);
        QVERIFY(restarted.model()->index(1, 0).data(PlaylistModel::MissingRole).toBool());
        QCOMPARE(restarted.model()->index(1, PlaylistModel::StatusColumn).data().toString(),
                 u"file missing"_s);
    }
};

OST_TEST_MAIN(TestPlaylistModel)
#include "tst_playlistmodel.moc"
