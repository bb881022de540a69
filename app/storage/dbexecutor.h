#pragma once

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

namespace ost {

// One worker thread for database work, so the GUI thread never waits on SQL or disk.
// run() executes job on the worker (with that thread's own connection) and hands its result
// to done on context's thread; nothing is delivered if context is gone.
class DbExecutor : public QObject
{
    Q_OBJECT
public:
    explicit DbExecutor(QObject *parent = nullptr);
    ~DbExecutor() override;

    template<typename Job, typename Done>
    void run(QObject *context, Job job, Done done)
    {
        using R = decltype(job());
        auto shared = std::make_shared<std::pair<Job, Done>>(std::move(job), std::move(done));
        QPointer<QObject> guard(context);
        post([shared, guard] {
            auto result = std::make_shared<R>(shared->first());
            if (guard)
                QMetaObject::invokeMethod(guard.data(), [shared, result] { shared->second(std::move(*result)); },
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
