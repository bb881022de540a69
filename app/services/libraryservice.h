#pragma once

#include "backup/backupjobs.h"
#include "domain/artist.h"
#include "domain/collection.h"
#include "domain/dramadetail.h"
#include "domain/filestate.h"
#include "domain/othertrack.h"
#include "models/dramagridmodel.h"
#include "packs/packjobs.h"
#include "posters/posterloader.h"
#include "search/searchservice.h"
#include "storage/dbexecutor.h"
#include "storage/library.h"

#include <QObject>
#include <QSet>
#include <QTimer>

#include <atomic>
#include <memory>

namespace ost {

// The app's access to its library, off the GUI thread: loads the grid, builds the search
// index, fetches pages and saves favorites on the database thread, and reports back by signal.
class BackupService;
class HistoryKeeper;
class LibraryEditor;
class LocalMusicService;
class PackService;
class PlaybackController;
class LoudnessService;
class PlaylistEditor;
class PlaylistListModel;

class LibraryService final : public QObject
{
    Q_OBJECT
public:
    LibraryService(Library library, QString cacheDir, QObject *parent = nullptr);
    ~LibraryService() override;

    DramaGridModel *gridModel() const { return m_grid; }
    SearchService *search() const { return m_search; }
    PosterLoader *posterLoader() const { return m_posters; }
    PlaylistEditor *playlists() const { return m_playlists; }
    PlaybackController *playback() const { return m_playback; }
    LocalMusicService *localMusic() const { return m_localMusic; }
    LoudnessService *loudness() const { return m_loudness; }
    LibraryEditor *editor() const { return m_editor; }
    HistoryKeeper *history() const { return m_history; }
    PackService *packs() const { return m_packs; }
    BackupService *backups() const { return m_backups; }
    const Library &library() const { return m_library; }
    DbExecutor *executor() const { return m_db; } // the database thread: every write goes here
    // Long jobs that read the library (backups, pack export, checking an archive) run on a
    // second thread with its own connection, so favorites and playlist edits never wait
    // behind them. Each starts after the writes queued before it, so it sees them; done
    // runs on context's thread, and not at all if context is gone.
    template<typename Job, typename Done> void runLongJob(QObject *context, Job job, Done done)
    {
        // The guard is made here, on the GUI thread, and only copied on the way.
        m_db->post([long_ = m_longJobs, guard = QPointer<QObject>(context), job = std::move(job),
                    done = std::move(done)]() mutable {
            long_->runGuarded(guard, std::move(job), std::move(done));
        });
    }
    QString demoDir() const { return m_demoDir; }
    QSet<QString> favoriteSongs() const { return m_favoriteSongs; }
    QSet<QString> favoriteDramas() const { return m_favoriteDramas; }
    QList<Collection> collections() const { return m_collections; }
    QList<Artist> artists() const { return m_artists; }
    QStringList broadcasters() const;

    void load(); // grid first, then collections/artists, then the search index
    void reloadGrid(); // the dramas again (a scan or an edit changed them); posters and favorites kept
    void reloadAll(); // after a scan or an edit: grid, collections and artists, search index
    void requestDrama(const QString &id);
    void requestArtist(const QString &id);
    void requestDramasOfArtist(const QString &artistId);
    void locateSong(const QString &songId); // where a song lives: its first drama, else its artist
    void setDramaFavorite(const QString &id, bool favorite);
    void setSongFavorite(const QString &id, bool favorite);
    void setCustomPoster(const QString &dramaId, const QString &imagePath); // empty path: back to ours
    void requestFavoriteSongs();
    void requestOtherTracks(); // songs of the user's files that belong to no drama
    void requestFileStates(const QStringList &songIds); // where each would play from
    void waitForIdle(); // tests

Q_SIGNALS:
    void gridLoaded(int dramaCount);
    void catalogLoaded(); // collections and artists
    void searchReady(int documentCount);
    void dramaReady(const ost::DramaDetail &detail);
    void artistReady(const ost::Artist &artist, const QList<ost::Song> &songs);
    void songLocated(const QString &songId, const QString &dramaId, const QString &artistId);
    void dramasOfArtistReady(const QString &artistId, const QSet<QString> &dramaIds);
    void songFavoriteChanged(const QString &songId, bool favorite);
    void dramaFavoriteChanged(const QString &dramaId, bool favorite);
    void customPosterChanged(const QString &dramaId, const QString &path);
    void favoriteSongsReady(const QList<ost::Song> &songs);
    void otherTracksReady(const QList<ost::OtherTrack> &tracks);
    void fileStatesReady(const QHash<QString, ost::FileState> &states);
    void errorOccurred(const QString &message);
    // SQLite answered that the library file is damaged (DamageWatch); once per run.
    void libraryDamaged(const QString &message);

private:
    friend class BackupService;
    friend class PackService;
    // Pack and backup work for runLongJob (or, for a pack import's writes, executor()), handed
    // to the two services only: the window never gets the database.
    PackJobs packJobs() const;
    BackupJobs backupJobs() const;
    void reloadCatalog(); // collections, artists and the search index
    Library m_library;
    QString m_demoDir; // the bundled demo clips, beside the bundled catalog
    DbExecutor *m_db = nullptr;
    DbExecutor *m_longJobs = nullptr;
    DbExecutor *m_indexJobs = nullptr; // idle priority: search index builds
    // The newest index build; 0 once closing. Shared with the builds, which may outlive this.
    std::shared_ptr<std::atomic<quint64>> m_indexGeneration = std::make_shared<std::atomic<quint64>>(0);
    QString m_cacheDir; // posters and the saved search index
    PosterLoader *m_posters = nullptr;
    SearchService *m_search = nullptr;
    DramaGridModel *m_grid = nullptr;
    PlaylistListModel *m_playlistList = nullptr;
    PlaylistEditor *m_playlists = nullptr;
    PlaybackController *m_playback = nullptr;
    LocalMusicService *m_localMusic = nullptr;
    LoudnessService *m_loudness = nullptr;
    LibraryEditor *m_editor = nullptr;
    HistoryKeeper *m_history = nullptr;
    PackService *m_packs = nullptr;
    BackupService *m_backups = nullptr;
    QSet<QString> m_favoriteSongs;
    QSet<QString> m_favoriteDramas;
    QList<Collection> m_collections;
    QList<Artist> m_artists;
    QTimer *m_gridReload = nullptr; // coalesces reloads while a scan commits batch after batch
};

} // namespace ost
