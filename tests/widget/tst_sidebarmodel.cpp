// The sidebar model under QAbstractItemModelTester: fixed sections, collections, and playlist
// rows that follow the playlist model change by change (insert, rename with re-sort, remove,
// reset), with the rows a view holds staying on their entries.
#include "common/testmain.h"
#include "models/playlistlistmodel.h"
#include "models/sidebarmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ost;

namespace {

using Kind = SidebarModel::Kind;

Playlist playlist(qint64 id, const QString &name, int songs = 0)
{
    Playlist p;
    p.id = id;
    p.name = name;
    p.songCount = songs;
    return p;
}

// Each row as "kind:text", the way a person reads the sidebar.
QStringList rows(const SidebarModel &m)
{
    QStringList out;
    const QMetaEnum kinds = QMetaEnum::fromType<Kind>();
    for (int r = 0; r < m.rowCount(); ++r) {
        const QModelIndex i = m.index(r);
        out << QString::fromLatin1(kinds.valueToKey(int(SidebarModel::kindAt(i)))) + u':'
                + i.data().toString();
    }
    return out;
}

} // namespace

class TestSidebarModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sectionsInOrder()
    {
        PlaylistListModel lists;
        SidebarModel m(&lists);
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(rows(m),
                 (QStringList { u"AllDramas:All dramas"_s, u"Favorites:♥ Favorites"_s,
                                u"OtherMusic:♪ Other music"_s, u"History:↺ History"_s, u"Header:Playlists"_s,
                                u"NewPlaylist:＋ New playlist…"_s, u"Trash:Trash"_s }));
        m.setCollections({ { u"healing"_s, u"Healing ballads"_s }, { u"2016"_s, u"Hits of 2016"_s } });
        lists.setPlaylists({ playlist(4, u"Drive"_s, 3) });
        QCOMPARE(rows(m),
                 (QStringList { u"AllDramas:All dramas"_s, u"Favorites:♥ Favorites"_s,
                                u"OtherMusic:♪ Other music"_s, u"History:↺ History"_s,
                                u"Header:Collections"_s, u"Collection:Healing ballads"_s,
                                u"Collection:Hits of 2016"_s, u"Header:Playlists"_s, u"Playlist:Drive"_s,
                                u"NewPlaylist:＋ New playlist…"_s, u"Trash:Trash"_s }));
        QCOMPARE(m.indexOf(Kind::Collection, u"2016"_s).row(), 6);
        QCOMPARE(m.indexOf(Kind::Playlist, u"4"_s).data(SidebarModel::IdRole).toString(), u"4"_s);
        QVERIFY(!m.indexOf(Kind::Playlist, u"5"_s).isValid());
        // Headers can be seen but not chosen; playlists take dropped songs.
        QVERIFY(!(m.flags(m.index(4)) & Qt::ItemIsSelectable));
        QVERIFY(m.flags(m.indexOf(Kind::Playlist, u"4"_s)) & Qt::ItemIsDropEnabled);
        QVERIFY(!(m.flags(m.indexOf(Kind::Trash)) & Qt::ItemIsDropEnabled));
        QVERIFY(m.indexOf(Kind::Playlist, u"4"_s).data(Qt::ToolTipRole).toString().contains(u"3"_s));

        m.setCollections({});
        QCOMPARE(m.rowCount(), 8);
        QCOMPARE(SidebarModel::kindAt(m.index(4)), Kind::Header);
        QCOMPARE(m.index(4).data().toString(), u"Playlists"_s);
    }

    // Playlist changes arrive as the same row changes: no reset, the held row follows.
    void playlistsChangeByRows()
    {
        PlaylistListModel lists;
        lists.setPlaylists({ playlist(1, u"Alpha"_s), playlist(2, u"Beta"_s) });
        SidebarModel m(&lists);
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&m, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&m, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);

        QPersistentModelIndex beta = m.indexOf(Kind::Playlist, u"2"_s);
        QCOMPARE(beta.row(), 6);
        lists.update(playlist(3, u"Gamma"_s));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted[0][1].toInt(), 7);
        QCOMPARE(m.indexOf(Kind::Playlist, u"3"_s).data().toString(), u"Gamma"_s);

        // A rename that sorts Beta last: the held row moves with it.
        lists.update(playlist(2, u"Zeta"_s));
        QCOMPARE(beta.row(), 7);
        QCOMPARE(beta.data().toString(), u"Zeta"_s);
        QVERIFY(!changed.isEmpty());

        lists.remove(1);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed[0][1].toInt(), 5);
        QCOMPARE(beta.row(), 6);
        QCOMPARE(resets.size(), 0);

        // A reload of every playlist is a reset; the rows are right after it.
        lists.setPlaylists({ playlist(9, u"Only"_s) });
        QCOMPARE(resets.size(), 1);
        QCOMPARE(m.indexOf(Kind::Playlist, u"9"_s).row(), 5);
        QCOMPARE(SidebarModel::kindAt(m.index(6)), Kind::NewPlaylist);
    }

    // A playlist without a cover and the fixed rows carry no icon (the view leaves the space).
    void noCoverNoIcon()
    {
        PlaylistListModel lists;
        lists.setPlaylists({ playlist(1, u"No cover"_s) });
        SidebarModel m(&lists);
        QVERIFY(!m.indexOf(Kind::Playlist, u"1"_s).data(Qt::DecorationRole).isValid());
        QVERIFY(!m.index(0).data(Qt::DecorationRole).isValid());
    }
};

OST_TEST_MAIN(TestSidebarModel)
#include "tst_sidebarmodel.moc"
