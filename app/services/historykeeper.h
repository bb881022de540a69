#pragma once

#include "history/playrecord.h"
#include "storage/database.h"

#include <QObject>

class QUndoStack;

namespace ost {

class DbExecutor;

// The play history on the database thread: plays are recorded as the player reports them,
// the History page asks for the newest, and "Clear history" is a command on the app's undo
// stack (Ctrl+Z brings the plays back). changed() follows every change.
class HistoryKeeper final : public QObject
{
    Q_OBJECT
public:
    HistoryKeeper(Database db, DbExecutor *executor, QUndoStack *undo, QObject *parent = nullptr);

    static constexpr int kPageSize = 500;

    void record(const ost::PlayRecord &play);
    void requestRecent(int limit = kPageSize); // answers with recentReady
    void requestCounts(const QStringList &songIds); // answers with countsReady
    void clear();
    // What a clear of an earlier run hid is deleted for good: no undo reaches it any more.
    // The service calls it once, after the first screen's reads, so it never delays them.
    void purgeCleared();

Q_SIGNALS:
    void recentReady(const QList<ost::HistoryEntry> &entries, qint64 total);
    void countsReady(const QHash<QString, ost::SongPlayCounts> &counts);
    void changed();
    void message(const QString &text);
    void errorOccurred(const QString &message);

private:
    Database m_db;
    DbExecutor *m_exec;
    QUndoStack *m_undo;
};

} // namespace ost
