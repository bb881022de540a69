// Item models under QAbstractItemModelTester: grid (lazy posters), proxy, tracks, search results.
#include "models/dramafilterproxy.h"
#include "models/dramagridmodel.h"
#include "models/searchresultsmodel.h"
#include "models/songmime.h"
#include "models/trackmodel.h"
#include "posters/posterloader.h"

#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QPixmap>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ost;

namespace {

QList<Drama> sampleDramas()
{
    auto d = [](const QString &id, const QString &title, const QString &ko, int year, const QString &b,
                const QString &added) {
        Drama x;
        x.id = id;
        x.title = title;
        x.titleKo = ko;
        x.year = year;
        x.broadcaster = b;
        x.addedAt = added;
        return x;
    };
    return { d(u"goblin"_s, u"Goblin"_s, u"도깨비"_s, 2016, u"tvN"_s, u"2026-01-01"_s),
             d(u"iris"_s, u"IRIS"_s, u"아이리스"_s, 2009, u"KBS2"_s, u"2026-01-03"_s),
             d(u"heirs"_s, u"The Heirs"_s, u"상속자들"_s, 2013, u"SBS"_s, u"2026-01-02"_s),
             d(u"summer"_s, u"Our Beloved Summer"_s, u"그 해 우리는"_s, 2021, u"SBS"_s, u"2026-01-05"_s),
             d(u"nokorean"_s, u"Another Title"_s, QString(), 2020, u"tvN"_s, u"2026-01-04"_s) };
}

QStringList column(const QAbstractItemModel &m, int role)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, 0).data(role).toString();
    return out;
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT
    QTemporaryDir m_cache;

private Q_SLOTS:
    void gridModelLoadsPostersLazilyAndOnlyTouchesThatRow()
    {
        PosterLoader loader(m_cache.path());
        DramaGridModel model(&loader);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPosterSize(QSize(100, 150), 1.0);
        model.setDramas(sampleDramas(), { u"iris"_s }, {});
        QCOMPARE(model.rowCount(), 5);
        QVERIFY(model.index(1).data(DramaGridModel::FavoriteRole).toBool());

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const QModelIndex goblin = model.index(0);
        QVERIFY(!goblin.data(DramaGridModel::PosterLoadedRole).toBool());
        const QPixmap placeholder = goblin.data(Qt::DecorationRole).value<QPixmap>();
        QVERIFY(!placeholder.isNull()); // a placeholder at once, never a wait
        QTRY_VERIFY(goblin.data(DramaGridModel::PosterLoadedRole).toBool());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex(), goblin);
        QCOMPARE(changed.first().at(1).toModelIndex(), goblin);
        const QPixmap poster = goblin.data(Qt::DecorationRole).value<QPixmap>();
        QCOMPARE(poster.size(), QSize(100, 150));
        QVERIFY(poster.toImage() != placeholder.toImage());
        // The thumbnail landed in the disk cache.
        QVERIFY(!QDir(m_cache.path()).entryList({ u"goblin-100x150-*.png"_s }).isEmpty());
    }

    void gridMemoryStaysBounded()
    {
        PosterLoader loader(m_cache.path());
        DramaGridModel model(&loader);
        model.setPosterSize(QSize(100, 150), 1.0);
        model.setPosterCacheLimit(2 * 100 * 150 * 4 + 1024); // room for two posters
        model.setDramas(sampleDramas(), {}, {});
        for (int r = 0; r < model.rowCount(); ++r) {
            model.index(r).data(Qt::DecorationRole);
            QTRY_VERIFY(model.index(r).data(DramaGridModel::PosterLoadedRole).toBool());
        }
        int loaded = 0;
        for (int r = 0; r < model.rowCount(); ++r)
            loaded += model.index(r).data(DramaGridModel::PosterLoadedRole).toBool() ? 1 : 0;
        QVERIFY2(loaded <= 2, qPrintable(QString::number(loaded)));
    }

    void favoriteToggleIsARequestUntilSaved()
    {
        DramaGridModel model(nullptr);
        model.setDramas(sampleDramas(), {}, {});
        QSignalSpy requested(&model, &DramaGridModel::favoriteToggleRequested);
        QVERIFY(model.setData(model.index(0), true, DramaGridModel::FavoriteRole));
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().at(0).toString(), u"goblin"_s);
        QVERIFY(!model.index(0).data(DramaGridModel::FavoriteRole).toBool());
        model.setFavorite(u"goblin"_s, true);
        QVERIFY(model.index(0).data(DramaGridModel::FavoriteRole).toBool());
    }

    void proxySortsAndCombinesFilters()
    {
        DramaGridModel model(nullptr);
        DramaFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDramas(sampleDramas(), { u"goblin"_s, u"summer"_s }, {});

        proxy.setSortKey(DramaFilterProxy::SortKey::Title);
        QCOMPARE(column(proxy, DramaGridModel::IdRole),
                 (QStringList { u"nokorean"_s, u"goblin"_s, u"iris"_s, u"summer"_s, u"heirs"_s }));
        proxy.setSortKey(
            DramaFilterProxy::SortKey::KoreanTitle); // 가나다 order: 그, 도, 상, 아; no Hangul last
        QCOMPARE(column(proxy, DramaGridModel::IdRole),
                 (QStringList { u"summer"_s, u"goblin"_s, u"heirs"_s, u"iris"_s, u"nokorean"_s }));
        proxy.setSortKey(DramaFilterProxy::SortKey::Year);
        QCOMPARE(proxy.index(0, 0).data(DramaGridModel::IdRole).toString(), u"summer"_s);
        proxy.setSortKey(DramaFilterProxy::SortKey::RecentlyAdded);
        QCOMPARE(proxy.index(0, 0).data(DramaGridModel::IdRole).toString(), u"summer"_s);
        QCOMPARE(proxy.index(1, 0).data(DramaGridModel::IdRole).toString(), u"nokorean"_s);

        proxy.setYearRange(2010, 2020);
        QCOMPARE(proxy.rowCount(), 3); // goblin, heirs, nokorean
        proxy.setBroadcaster(u"tvN"_s);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setFavoritesOnly(true);
        QCOMPARE(column(proxy, DramaGridModel::IdRole), QStringList { u"goblin"_s });
        proxy.setAllowedIds({ u"iris"_s }, true);
        QCOMPARE(proxy.rowCount(), 0);
        proxy.clearFilters();
        QCOMPARE(proxy.rowCount(), 5);
        // A favorite saved while filtering by favorites appears.
        proxy.setFavoritesOnly(true);
        QCOMPARE(proxy.rowCount(), 2);
        model.setFavorite(u"iris"_s, true);
        QCOMPARE(proxy.rowCount(), 3);
    }

    // All the filter bar's filters at once: the same rows as one by one, in one pass.
    void proxySetsEveryFilterInOnePass()
    {
        class CountingProxy : public DramaFilterProxy
        {
        public:
            mutable int calls = 0;

        protected:
            bool filterAcceptsRow(int row, const QModelIndex &parent) const override
            {
                ++calls;
                return DramaFilterProxy::filterAcceptsRow(row, parent);
            }
        };
        DramaGridModel model(nullptr);
        CountingProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDramas(sampleDramas(), { u"goblin"_s, u"summer"_s }, {});
        proxy.calls = 0;
        DramaFilterProxy::Filter f;
        f.yearFrom = 2010;
        f.yearTo = 2020;
        f.broadcaster = u"tvN"_s;
        f.favoritesOnly = true;
        proxy.setFilter(f);
        QCOMPARE(column(proxy, DramaGridModel::IdRole), QStringList { u"goblin"_s });
        QCOMPARE(proxy.calls, model.rowCount());
        proxy.setFilter(f); // nothing changed: no pass at all
        QCOMPARE(proxy.calls, model.rowCount());
        f.favoritesOnly = false;
        f.broadcaster.clear();
        f.allowed = { u"heirs"_s, u"iris"_s }; // IRIS is from 2009, outside the years
        f.allowedActive = true;
        proxy.setFilter(f);
        QCOMPARE(column(proxy, DramaGridModel::IdRole), QStringList { u"heirs"_s });
        proxy.setFilter({});
        QCOMPARE(proxy.rowCount(), 5);
    }

    void trackModel()
    {
        TrackModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Song a;
        a.id = u"stay-with-me"_s;
        a.title = u"Stay with Me"_s;
        a.credits = { { u"chanyeol"_s, u"Chanyeol"_s, u"main"_s }, { u"punch"_s, u"Punch"_s, u"main"_s } };
        a.dramas = { { u"goblin"_s, u"Goblin"_s, 1 } };
        Song b;
        b.id = u"lovedrunk"_s;
        b.title = u"LOVEDRUNK"_s;
        b.credits
            = { { u"epik-high"_s, u"Epik High"_s, u"main"_s }, { u"crush"_s, u"Crush"_s, u"featuring"_s } };
        model.setTracks({ a, b }, { 1, 0 }, { u"lovedrunk"_s });
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, TrackModel::PartColumn).data().toString(), u"Part 1"_s);
        QCOMPARE(model.index(1, TrackModel::ArtistColumn).data().toString(), u"Epik High feat. Crush"_s);
        QCOMPARE(model.index(1, TrackModel::DramaColumn).data().toString(), u"not from a drama"_s);
        QVERIFY(model.index(1, 0).data(TrackModel::FavoriteRole).toBool());
        QSignalSpy spy(&model, &TrackModel::favoriteToggleRequested);
        model.setData(model.index(0, TrackModel::FavoriteColumn), true, TrackModel::FavoriteRole);
        QCOMPARE(spy.size(), 1);
        model.setFavorite(u"stay-with-me"_s, true);
        QVERIFY(model.index(0, 0).data(TrackModel::FavoriteRole).toBool());
    }

    void searchResultsAreGrouped()
    {
        SearchResultsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Best first, as the index ranks them: the artist is the top result.
        model.setResults(u"punch"_s,
                         { { EntityType::Artist, u"punch"_s, u"Punch"_s, u"Artist"_s, 200 },
                           { EntityType::Song, u"another-day"_s, u"Another Day"_s, {}, 150 },
                           { EntityType::Song, u"say-yes"_s, u"Say Yes"_s, {}, 140 },
                           { EntityType::Artist, u"punch-2"_s, u"Punch Two"_s, {}, 90 },
                           { EntityType::Drama, u"goblin"_s, u"Goblin"_s, u"도깨비 · 2016"_s, 60 } });
        // Top result + Punch, Dramas + Goblin, Songs + two, Artists + one: four headers, five hits.
        QCOMPARE(model.rowCount(), 9);
        QVERIFY(model.index(0).data(SearchResultsModel::IsHeaderRole).toBool());
        QCOMPARE(model.index(0).data().toString(), u"Top result"_s);
        QCOMPARE(model.index(1).data(SearchResultsModel::IdRole).toString(), u"punch"_s);
        QVERIFY(model.index(1).data(SearchResultsModel::IsTopResultRole).toBool());
        QCOMPARE(model.index(1).data(SearchResultsModel::SubtitleRole).toString(), u"Artist"_s);
        QCOMPARE(model.index(2).data().toString(), u"Dramas"_s);
        QCOMPARE(model.index(3).data(SearchResultsModel::IdRole).toString(), u"goblin"_s);
        QCOMPARE(model.index(3).data(SearchResultsModel::SubtitleRole).toString(), u"도깨비 · 2016"_s);
        QCOMPARE(model.index(4).data().toString(), u"Songs"_s);
        QCOMPARE(model.index(7).data().toString(), u"Artists"_s);
        QCOMPARE(model.index(8).data(SearchResultsModel::IdRole).toString(),
                 u"punch-2"_s); // the top one not twice
        QVERIFY(!model.index(8).data(SearchResultsModel::IsTopResultRole).toBool());
        QCOMPARE(model.firstHitRow(), 1);
        QCOMPARE(model.hitCount(), 5);
        QVERIFY(!(model.flags(model.index(0)) & Qt::ItemIsSelectable));

        // Song hits drag as songs (onto the queue or a playlist); headers and other hits do not.
        QCOMPARE(model.index(5).data(SearchResultsModel::IdRole).toString(), u"another-day"_s);
        QVERIFY(model.flags(model.index(5)) & Qt::ItemIsDragEnabled);
        QVERIFY(model.flags(model.index(6)) & Qt::ItemIsDragEnabled);
        for (const int r : { 0, 1, 2, 3, 4, 7, 8 })
            QVERIFY2(!(model.flags(model.index(r)) & Qt::ItemIsDragEnabled), qPrintable(QString::number(r)));
        std::unique_ptr<QMimeData> songs(model.mimeData({ model.index(6), model.index(3), model.index(5) }));
        QVERIFY(songs);
        QCOMPARE(SongMime::songIds(songs.get()), (QStringList { u"another-day"_s, u"say-yes"_s }));
        QVERIFY(model.mimeTypes().contains(QString::fromLatin1(SongMime::kSongIds)));
        QVERIFY(!std::unique_ptr<QMimeData>(
            model.mimeData({ model.index(3) }))); // a drama alone: nothing to drag

        // A song as the top result says so.
        model.setResults(
            u"another"_s,
            { { EntityType::Song, u"another-day"_s, u"Another Day"_s, u"Punch · Hotel del Luna"_s, 150 } });
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1).data(SearchResultsModel::SubtitleRole).toString(),
                 u"Song · Punch · Hotel del Luna"_s);

        model.setResults(u"x"_s, {});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
