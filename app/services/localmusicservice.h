#pragma once

#include "repositories/scanrepository.h"
#include "storage/database.h"

#include <QObject>
#include <QPointer>

class QThread;

#include <atomic>
#include <memory>

namespace ost {

class DbExecutor;

// The user's own audio for the app: music folders, background scans with progress and
// cancel (on their own thread, so the database thread stays free), the review list, and
// linking or unlinking a file by hand.
class LocalMusicService final : public QObject
{
    Q_OBJECT
public:
    LocalMusicService(Database db, DbExecutor *executor, QObject *parent = nullptr);
    ~LocalMusicService() override;

    void refresh(); // folders and review list
    void addFolder(const QString &path);
    void removeFolder(const QString &path);
    void scan();
    void cancelScan();
    bool isScanning() const { return m_scanning; }
    void accept(qint64 reviewId);
    void reject(qint64 reviewId);
    void link(const QString &songId, const QString &path);
    void unlink(const QString &songId);

Q_SIGNALS:
    void foldersReady(const QStringList &folders);
    void reviewReady(const QList<ost::ReviewItem> &items);
    void scanProgress(int seen, int read, const QString &current);
    // A batch of the running scan was committed and made new dramas or songs: they can be shown.
    void libraryGrew(int dramasMade, int songsMade);
    void scanFinished(const QString &summary);
    void linksChanged();
    void message(const QString &text);
    void errorOccurred(const QString &message);

private:
    Database m_db;
    DbExecutor *m_exec;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    // The running scan's thread, touched on this object's thread only. The destructor cancels
    // the scan and waits for it, so the scan thread may post to this object while it runs.
    QPointer<QThread> m_scanThread;
    bool m_scanning = false;
};

} // namespace ost
