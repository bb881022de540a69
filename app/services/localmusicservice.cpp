#include "localmusicservice.h"

#include "repositories/localfilerepository.h"
#include "scanning/libraryscanner.h"
#include "storage/dbexecutor.h"

#include <QFileInfo>
#include <QThread>

namespace ost {

LocalMusicService::LocalMusicService(Database db, DbExecutor *executor, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_exec(executor)
    , m_cancel(std::make_shared<std::atomic<bool>>(false))
{ }

LocalMusicService::~LocalMusicService()
{
    m_cancel->store(true); // a running scan stops at the next file and commits what it has
    if (m_scanThread) {
        m_scanThread->wait();
        delete m_scanThread.data(); // its deleteLater would need an event loop that may be gone
    }
}

void LocalMusicService::refresh()
{
    const Database db = m_db;
    using Pair = std::pair<Result<QStringList>, Result<QList<ReviewItem>>>;
    m_exec->run(
        this,
        [db] {
            ScanRepository scans(db);
            return Pair { scans.folders(), scans.reviewList() };
        },
        [this](Pair p) {
            if (p.first)
                Q_EMIT foldersReady(*p.first);
            if (p.second)
                Q_EMIT reviewReady(*p.second);
            if (!p.first || !p.second)
                Q_EMIT errorOccurred((!p.first ? p.first.error() : p.second.error()).message);
        });
}

void LocalMusicService::addFolder(const QString &path)
{
    const Database db = m_db;
    m_exec->run(
        this, [db, path] { return ScanRepository(db).addFolder(path); },
        [this](Result<void> r) {
            if (!r)
                Q_EMIT errorOccurred(r.error().message);
            refresh();
        });
}

void LocalMusicService::removeFolder(const QString &path)
{
    const Database db = m_db;
    m_exec->run(
        this, [db, path] { return ScanRepository(db).removeFolder(path); },
        [this](Result<void> r) {
            if (!r)
                Q_EMIT errorOccurred(r.error().message);
            refresh();
        });
}

void LocalMusicService::scan()
{
    if (m_scanning)
        return;
    m_scanning = true;
    m_cancel->store(false);
    const Database db = m_db;
    auto cancel = m_cancel;
    // Its own thread: a scan of a big folder takes minutes and must not hold up favorites.
    // It posts to this object only: the destructor waits for it, and the posted calls left
    // when this object goes are dropped with it.
    QThread *thread = QThread::create([this, db, cancel] {
        auto folders = ScanRepository(db).folders();
        Result<LibraryScanner::Summary> result = folders
            ? LibraryScanner(db).scan(*folders, cancel.get(),
                                      [this](const LibraryScanner::Progress &p) {
                                          QMetaObject::invokeMethod(
                                              this,
                                              [this, p] {
                                                  Q_EMIT scanProgress(p.seen, p.read, p.current);
                                                  if (p.committed && (p.dramasMade > 0 || p.songsMade > 0))
                                                      Q_EMIT libraryGrew(p.dramasMade, p.songsMade);
                                              },
                                              Qt::QueuedConnection);
                                      })
            : Result<LibraryScanner::Summary>(std::unexpected(folders.error()));
        // This thread's connection closes when the thread finishes (Database does that);
        // closeAll() here would also pull the connections of other threads mid-use.
        QMetaObject::invokeMethod(
            this,
            [this, result] {
                m_scanning = false;
                if (!result)
                    Q_EMIT errorOccurred(result.error().message);
                else
                    Q_EMIT scanFinished(result->text());
                Q_EMIT linksChanged();
                refresh();
            },
            Qt::QueuedConnection);
    });
    m_scanThread = thread;
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
}

void LocalMusicService::cancelScan()
{
    m_cancel->store(true);
}

void LocalMusicService::accept(qint64 reviewId)
{
    const Database db = m_db;
    m_exec->run(
        this, [db, reviewId] { return ScanRepository(db).accept(reviewId); },
        [this](Result<ReviewItem> r) {
            if (!r)
                Q_EMIT errorOccurred(r.error().message);
            else
                Q_EMIT message(tr("Linked %1 to “%2”").arg(QFileInfo(r->path).fileName(), r->songTitle));
            Q_EMIT linksChanged();
            refresh();
        });
}

void LocalMusicService::reject(qint64 reviewId)
{
    const Database db = m_db;
    m_exec->run(
        this, [db, reviewId] { return ScanRepository(db).reject(reviewId); },
        [this](Result<ReviewItem> r) {
            if (!r)
                Q_EMIT errorOccurred(r.error().message);
            refresh();
        });
}

void LocalMusicService::link(const QString &songId, const QString &path)
{
    const Database db = m_db;
    m_exec->run(
        this, [db, songId, path] { return LocalFileRepository(db).link(songId, path); },
        [this, path](Result<void> r) {
            if (!r) {
                Q_EMIT errorOccurred(r.error().message);
                return;
            }
            Q_EMIT message(tr("Linked %1").arg(QFileInfo(path).fileName()));
            Q_EMIT linksChanged();
        });
}

void LocalMusicService::unlink(const QString &songId)
{
    const Database db = m_db;
    m_exec->run(
        this, [db, songId] { return LocalFileRepository(db).unlink(songId); },
        [this](Result<void> r) {
            if (!r) {
                Q_EMIT errorOccurred(r.error().message);
                return;
            }
            Q_EMIT message(tr("The song is no longer linked to a file."));
            Q_EMIT linksChanged();
        });
}

} // namespace ost
