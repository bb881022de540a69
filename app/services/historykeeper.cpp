#include "historykeeper.h"

#include "history/playhistoryrepository.h"
#include "storage/dbexecutor.h"

#include <QUndoCommand>
#include <QUndoStack>

#include <memory>

namespace ost {

namespace {

// Clearing hides the plays under a token; undo shows them again, redo hides them again.
class ClearHistoryCommand : public QUndoCommand
{
public:
    ClearHistoryCommand(HistoryKeeper *keeper, Database db, DbExecutor *exec)
        : QUndoCommand(HistoryKeeper::tr("Clear history"))
        , m_keeper(keeper)
        , m_db(std::move(db))
        , m_exec(exec)
    { }
    void redo() override
    {
        m_exec->run(
            m_keeper,
            [db = m_db, token = m_token] {
                auto t = PlayHistoryRepository(db).clear();
                if (t)
                    *token = *t; // on the database thread, before undo's job can run there
                return t;
            },
            [keeper = m_keeper](Result<qint64> t) {
                if (!t) {
                    Q_EMIT keeper->errorOccurred(t.error().message);
                    return;
                }
                Q_EMIT keeper->message(HistoryKeeper::tr("History cleared (Ctrl+Z brings it back)"));
                Q_EMIT keeper->changed();
            });
    }
    void undo() override
    {
        // Runs on the database thread after redo's job, so the token is set by then.
        m_exec->run(
            m_keeper, [db = m_db, token = m_token] { return PlayHistoryRepository(db).restore(*token); },
            [keeper = m_keeper](Result<void> r) {
                if (!r) {
                    Q_EMIT keeper->errorOccurred(r.error().message);
                    return;
                }
                Q_EMIT keeper->changed();
            });
    }

private:
    HistoryKeeper *m_keeper;
    Database m_db;
    DbExecutor *m_exec;
    std::shared_ptr<qint64> m_token = std::make_shared<qint64>(0);
};

} // namespace

HistoryKeeper::HistoryKeeper(Database db, DbExecutor *executor, QUndoStack *undo, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_exec(executor)
    , m_undo(undo)
{ }

void HistoryKeeper::purgeCleared()
{
    m_exec->run(
        this, [db = m_db] { return PlayHistoryRepository(db).purgeCleared(); },
        [this](Result<void> r) {
            if (!r)
                Q_EMIT errorOccurred(r.error().message);
        });
}

void HistoryKeeper::record(const PlayRecord &play)
{
    m_exec->run(
        this, [db = m_db, play] { return PlayHistoryRepository(db).record(play); },
        [this](Result<qint64> id) {
            if (!id) {
                Q_EMIT message(id.error().message);
                return;
            }
            Q_EMIT changed();
        });
}

void HistoryKeeper::requestRecent(int limit)
{
    struct Page
    {
        QList<HistoryEntry> entries;
        qint64 total = 0;
    };
    m_exec->run(
        this,
        [db = m_db, limit]() -> Result<Page> {
            PlayHistoryRepository repo(db);
            auto entries = repo.recent(limit);
            if (!entries)
                return std::unexpected(entries.error());
            auto total = repo.count();
            if (!total)
                return std::unexpected(total.error());
            return Page { *entries, *total };
        },
        [this](Result<Page> page) {
            if (!page) {
                Q_EMIT errorOccurred(page.error().message);
                return;
            }
            Q_EMIT recentReady(page->entries, page->total);
        });
}

void HistoryKeeper::requestCounts(const QStringList &songIds)
{
    m_exec->run(
        this, [db = m_db, songIds] { return PlayHistoryRepository(db).counts(songIds); },
        [this](Result<QHash<QString, SongPlayCounts>> counts) {
            if (!counts) {
                Q_EMIT message(counts.error().message);
                return;
            }
            Q_EMIT countsReady(*counts);
        });
}

void HistoryKeeper::clear()
{
    m_undo->push(new ClearHistoryCommand(this, m_db, m_exec));
}

} // namespace ost
