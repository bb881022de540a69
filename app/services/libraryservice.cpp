#include "libraryservice.h"

#include "backupservice.h"
#include "core/startuptrace.h"
#include "models/playlistlistmodel.h"
#include "packservice.h"
#include "playback/playbackcontroller.h"
#include "playlists/playlisteditor.h"
#include "repositories/catalogrepository.h"
#include "repositories/favoriterepository.h"
#include "repositories/filesrepository.h"
#include "repositories/localfilerepository.h"
#include "repositories/posterrepository.h"
#include "search/searchindex.h"
#include "services/historykeeper.h"
#include "services/libraryeditor.h"
#include "services/localmusicservice.h"
#include "services/loudnessservice.h"
#include "services/searchindexstore.h"
#include "storage/damagewatch.h"
#include "storage/sqlquery.h"

#include <QFileInfo>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace ost {

LibraryService::LibraryService(Library library, QString cacheDir, QObject *parent)
    : QObject(parent)
    , m_library(std::move(library))
    , m_demoDir(Library::demoClipDir())
    , m_db(new DbExecutor(this))
    , m_longJobs(new DbExecutor(this, u"ostshelf-jobs"_s))
    , m_indexJobs(new DbExecutor(this, u"ostshelf-index"_s, DbExecutor::Priority::Idle))
    , m_cacheDir(cacheDir)
    , m_posters(new PosterLoader(cacheDir + u"/posters"_s, this))
    , m_search(new SearchService(this))
    , m_grid(new DramaGridModel(m_posters, this))
    , m_playlistList(new PlaylistListModel(
          m_posters, [grid = m_grid](const QString &id) { return grid->posterSpec(id); }, this))
    , m_playlists(new PlaylistEditor(m_library.database(), m_db, m_playlistList, this))
    , m_playback(new PlaybackController(m_library.database(), m_db,
                                        ClipLocator(m_library.database(), m_library.dataDir(), m_demoDir),
                                        this))
    , m_localMusic(new LocalMusicService(m_library.database(), m_db, this))
    , m_loudness(new LoudnessService(m_library.database(), this))
    , m_editor(new LibraryEditor(m_library.database(), m_db, m_playlists->undoStack(), this))
    , m_history(new HistoryKeeper(m_library.database(), m_db, m_playlists->undoStack(), this))
    , m_packs(new PackService(this))
    , m_backups(new BackupService(this))
{
    connect(m_playback, &PlaybackController::playEnded, m_history, &HistoryKeeper::record);
    connect(m_grid, &DramaGridModel::favoriteToggleRequested, this, &LibraryService::setDramaFavorite);
    // Damage can be met on any thread; the window hears of it on its own.
    DamageWatch::setHandler([self = QPointer<LibraryService>(this)](const QString &, const QString &message) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, message] {
                if (self)
                    Q_EMIT self->libraryDamaged(message);
            },
            Qt::QueuedConnection);
    });
    // New dramas of a running scan appear batch by batch, at most four times a second.
    m_gridReload = new QTimer(this);
    m_gridReload->setSingleShot(true);
    m_gridReload->setInterval(250);
    connect(m_gridReload, &QTimer::timeout, this, &LibraryService::reloadGrid);
    connect(m_localMusic, &LocalMusicService::libraryGrew, this, [this] {
        if (!m_gridReload->isActive())
            m_gridReload->start();
    });
    connect(m_localMusic, &LocalMusicService::scanFinished, this, &LibraryService::reloadAll);
    connect(m_localMusic, &LocalMusicService::scanFinished, m_loudness, &LoudnessService::scanFinished);
    connect(m_editor, &LibraryEditor::changed, this, &LibraryService::reloadAll);
    connect(this, &LibraryService::songFavoriteChanged, m_playlists,
            [this] { m_playlists->setFavoriteSongs(m_favoriteSongs); });
}

LibraryService::~LibraryService()
{
    DamageWatch::setHandler({});
    m_indexGeneration->store(0); // a build still running stops at its next document
    m_playback->endCurrentPlay(); // a song heard until the app quit is in the history
    waitForIdle(); // pending saves and a running backup finish before the library closes
}

void LibraryService::waitForIdle()
{
    m_db->waitForIdle(); // hands queued long jobs over
    m_longJobs->waitForIdle();
    m_db->waitForIdle();
    m_indexJobs->waitForIdle();
}

QStringList LibraryService::broadcasters() const
{
    QSet<QString> set;
    for (int r = 0; r < m_grid->rowCount(); ++r)
        if (const QString b = m_grid->drama(r).broadcaster; !b.isEmpty())
            set.insert(b);
    QStringList out(set.begin(), set.end());
    out.sort(Qt::CaseInsensitive);
    return out;
}

void LibraryService::load()
{
    reloadGrid();
    m_playlists->load(); // after the grid: covers need its poster specs
    reloadCatalog();
    m_history->purgeCleared(); // behind the first screen's reads on the database thread
}

void LibraryService::reloadAll()
{
    reloadGrid();
    reloadCatalog();
}

void LibraryService::reloadGrid()
{
    struct Grid
    {
        QList<Drama> dramas;
        QSet<QString> favDramas, favSongs;
        QHash<QString, QString> posters;
    };
    const Database db = m_library.database();
    const QString dataDir = m_library.dataDir();
    m_db->run(
        this,
        [db, dataDir]() -> Result<Grid> {
            CatalogRepository repo(db);
            FavoriteRepository favs(db);
            auto dramas = repo.dramas(CatalogRepository::DramaFields::Grid);
            auto fd = favs.list(FavoriteRepository::Kind::Drama);
            auto fs = favs.list(FavoriteRepository::Kind::Song);
            auto posters = PosterRepository(db, dataDir).customPosters();
            if (!dramas)
                return std::unexpected(dramas.error());
            if (!fd)
                return std::unexpected(fd.error());
            if (!fs)
                return std::unexpected(fs.error());
            if (!posters)
                return std::unexpected(posters.error());
            Grid g;
            g.dramas = std::move(*dramas);
            g.favDramas = QSet<QString>(fd->begin(), fd->end());
            g.favSongs = QSet<QString>(fs->begin(), fs->end());
            g.posters = std::move(*posters);
            StartupTrace::mark("grid read");
            return g;
        },
        [this](Result<Grid> r) {
            if (!r) {
                Q_EMIT errorOccurred(r.error().message);
                return;
            }
            Grid &g = *r;
            m_favoriteDramas = g.favDramas;
            m_favoriteSongs = g.favSongs;
            m_grid->setDramas(std::move(g.dramas), g.favDramas, g.posters);
            m_playlists->setFavoriteSongs(m_favoriteSongs);
            StartupTrace::mark("grid model filled");
            Q_EMIT gridLoaded(m_grid->rowCount());
        });
}

void LibraryService::reloadCatalog()
{
    const Database db = m_library.database();
    struct Catalog
    {
        QList<Collection> collections;
        QList<Artist> artists;
    };
    m_db->run(
        this,
        [db]() -> Result<Catalog> {
            CatalogRepository repo(db);
            auto cols = repo.collections();
            if (!cols)
                return std::unexpected(cols.error());
            auto arts = repo.artists();
            if (!arts)
                return std::unexpected(arts.error());
            return Catalog { std::move(*cols), std::move(*arts) };
        },
        [this](Result<Catalog> c) {
            if (!c) {
                Q_EMIT errorOccurred(
                    tr("Collections and artists could not be read: %1").arg(c.error().message));
                return;
            }
            m_collections = std::move(c->collections);
            m_artists = std::move(c->artists);
            Q_EMIT catalogLoaded();
        });

    // The index is loaded or built on its own thread at idle priority: building it for 100,000
    // songs takes seconds, and neither the first screen of posters nor a drama page opened
    // meanwhile should wait for it. A newer build makes an older one stop.
    SearchService *search = m_search;
    auto current = m_indexGeneration;
    const quint64 generation = current->fetch_add(1) + 1;
    const SearchIndexStore store(db, m_cacheDir.isEmpty() ? QString() : m_cacheDir + u"/search-index.bin"_s);
    m_indexJobs->run(
        this,
        // The number of documents indexed, or nothing when a newer build superseded this one.
        [store, search, generation, current]() -> Result<std::optional<int>> {
            auto outcome = store.obtain([&] { return current->load() == generation; });
            if (!outcome)
                return std::unexpected(outcome.error());
            if (!outcome->index || current->load() != generation)
                return std::nullopt;
            search->setIndex(outcome->index);
            return int(outcome->index->documentCount());
        },
        [this](Result<std::optional<int>> count) {
            if (!count)
                Q_EMIT errorOccurred(
                    tr("The search index could not be built: %1").arg(count.error().message));
            else if (count->has_value())
                Q_EMIT searchReady(**count);
        });
}

void LibraryService::requestDrama(const QString &id)
{
    const Database db = m_library.database();
    m_db->run(
        this, [db, id] { return CatalogRepository(db).dramaDetail(id); },
        [this](Result<DramaDetail> d) {
            if (!d)
                Q_EMIT errorOccurred(d.error().message);
            else
                Q_EMIT dramaReady(*d);
        });
}

void LibraryService::requestArtist(const QString &id)
{
    const Database db = m_library.database();
    using Pair = std::pair<Result<Artist>, Result<QList<Song>>>;
    m_db->run(
        this,
        [db, id] {
            CatalogRepository repo(db);
            return Pair { repo.artist(id), repo.songsOfArtist(id) };
        },
        [this](Pair p) {
            if (!p.first || !p.second)
                Q_EMIT errorOccurred(!p.first ? p.first.error().message : p.second.error().message);
            else
                Q_EMIT artistReady(*p.first, *p.second);
        });
}

void LibraryService::requestDramasOfArtist(const QString &artistId)
{
    const Database db = m_library.database();
    m_db->run(
        this,
        [db, artistId] {
            QSet<QString> ids;
            if (auto songs = CatalogRepository(db).songsOfArtist(artistId))
                for (const auto &s : *songs)
                    for (const auto &a : s.dramas)
                        ids.insert(a.dramaId);
            return ids;
        },
        [this, artistId](QSet<QString> ids) { Q_EMIT dramasOfArtistReady(artistId, ids); });
}

void LibraryService::requestFavoriteSongs()
{
    const Database db = m_library.database();
    m_db->run(
        this,
        [db] {
            auto ids = FavoriteRepository(db).list(FavoriteRepository::Kind::Song);
            if (!ids)
                return Result<QList<Song>>(std::unexpected(ids.error()));
            return CatalogRepository(db).songsById(*ids);
        },
        [this](Result<QList<Song>> songs) {
            if (!songs)
                Q_EMIT errorOccurred(songs.error().message);
            else
                Q_EMIT favoriteSongsReady(*songs);
        });
}

void LibraryService::requestOtherTracks()
{
    const Database db = m_library.database();
    m_db->run(
        this, [db] { return FilesRepository(db).otherTracks(); },
        [this](Result<QList<OtherTrack>> tracks) {
            if (!tracks)
                Q_EMIT errorOccurred(tracks.error().message);
            else
                Q_EMIT otherTracksReady(*tracks);
        });
}

void LibraryService::requestFileStates(const QStringList &songIds)
{
    if (songIds.isEmpty())
        return;
    const Database db = m_library.database();
    const ClipLocator locator(db, m_library.dataDir(), m_demoDir);
    m_db->run(
        this,
        [db, songIds, locator] {
            // stat() on the database thread: never on the GUI thread.
            QHash<QString, FileState> states;
            const auto paths = LocalFileRepository(db).paths(songIds);
            const auto clips = locator.clips(songIds);
            for (const auto &id : songIds) {
                if (paths && paths->contains(id))
                    states.insert(
                        id, QFileInfo::exists(paths->value(id)) ? FileState::Linked : FileState::Missing);
                else
                    states.insert(id, clips.contains(id) ? FileState::DemoClip : FileState::None);
            }
            return states;
        },
        [this](QHash<QString, FileState> states) { Q_EMIT fileStatesReady(states); });
}

void LibraryService::locateSong(const QString &songId)
{
    const Database db = m_library.database();
    m_db->run(
        this, [db, songId] { return CatalogRepository(db).song(songId); },
        [this, songId](Result<Song> s) {
            if (!s) {
                Q_EMIT errorOccurred(s.error().message);
                return;
            }
            Q_EMIT songLocated(songId, s->dramas.isEmpty() ? QString() : s->dramas.first().dramaId,
                               s->credits.isEmpty() ? QString() : s->credits.first().artistId);
        });
}

void LibraryService::setDramaFavorite(const QString &id, bool favorite)
{
    const Database db = m_library.database();
    m_db->run(
        this,
        [db, id, favorite] {
            return FavoriteRepository(db).setFavorite(FavoriteRepository::Kind::Drama, id, favorite);
        },
        [this, id, favorite](Result<void> r) {
            if (!r) {
                Q_EMIT errorOccurred(r.error().message);
                return;
            }
            if (favorite)
                m_favoriteDramas.insert(id);
            else
                m_favoriteDramas.remove(id);
            m_grid->setFavorite(id, favorite);
            Q_EMIT dramaFavoriteChanged(id, favorite);
        });
}

void LibraryService::setSongFavorite(const QString &id, bool favorite)
{
    const Database db = m_library.database();
    m_db->run(
        this,
        [db, id, favorite] {
            return FavoriteRepository(db).setFavorite(FavoriteRepository::Kind::Song, id, favorite);
        },
        [this, id, favorite](Result<void> r) {
            if (!r) {
                Q_EMIT errorOccurred(r.error().message);
                return;
            }
            if (favorite)
                m_favoriteSongs.insert(id);
            else
                m_favoriteSongs.remove(id);
            Q_EMIT songFavoriteChanged(id, favorite);
        });
}

} // namespace ost

namespace ost {

void LibraryService::setCustomPoster(const QString &dramaId, const QString &imagePath)
{
    const Database db = m_library.database();
    const QString dataDir = m_library.dataDir();
    m_db->run(
        this,
        [db, dataDir, dramaId, imagePath]() -> Result<QString> {
            PosterRepository posters(db, dataDir);
            if (imagePath.isEmpty()) {
                if (auto r = posters.clearCustomPoster(dramaId); !r)
                    return std::unexpected(r.error());
                return QString();
            }
            return posters.setCustomPoster(dramaId, imagePath);
        },
        [this, dramaId](Result<QString> r) {
            if (!r) {
                Q_EMIT errorOccurred(r.error().message);
                return;
            }
            m_grid->setCustomPoster(dramaId, *r);
            Q_EMIT customPosterChanged(dramaId, *r);
        });
}

PackJobs LibraryService::packJobs() const
{
    return PackJobs(m_library.database(), m_library.dataDir(), m_demoDir);
}

BackupJobs LibraryService::backupJobs() const
{
    return BackupJobs(m_library.database(), m_library.dataDir());
}

} // namespace ost
