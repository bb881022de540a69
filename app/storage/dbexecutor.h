#pragma once

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

namespace ost {

// One worker thread for database work, so the GUI thread never waits on SQL or disk.
// run() executes job on the worker (with that thread's own connection) and hands its result
// to done on the thread this executor was created on; nothing is delivered if context is
// gone by then. context is only ever looked at on that thread (QPointer is not safe to
// check on one thread while its object is deleted on another).
class DbExecutor final : public QObject
{
    Q_OBJECT
public:
    // Idle: the thread runs only when no other thread wants the CPU (Linux SCHED_IDLE), for
    // work nobody waits on, like building the search index while the window starts.
    enum class Priority { Normal, Idle };
    explicit DbExecutor(QObject *parent = nullptr, const QString &name = QStringLiteral("ostshelf-db"),
                        Priority priority = Priority::Normal);
    ~DbExecutor() override;

    template<typename Job, typename Done> void run(QObject *context, Job job, Done done)
    {
        runGuarded(QPointer<QObject>(context), std::move(job), std::move(done));
    }
    // The same with a guard made earlier on this executor's thread (a job handed on from
    // another executor).
    template<typename Job, typename Done> void runGuarded(QPointer<QObject> guard, Job job, Done done)
    {
        using R = decltype(job());
        auto shared = std::make_shared<std::pair<Job, Done>>(std::move(job), std::move(done));
        post([this, shared, guard] {
            auto result = std::make_shared<R>(shared->first());
            // Back to this object's thread first; the guard is checked there.
            QMetaObject::invokeMethod(
                this,
                [shared, guard, result] {
                    if (guard)
                        shared->second(std::move(*result));
                },
                Qt::QueuedConnection);
        });
    }
    void post(std::function<void()> job);
    void waitForIdle(); // blocks until every job posted so far ran (tests, shutdown)

private:
    QThread m_thread;
    QObject *m_worker = nullptr;
};

} // namespace ost
