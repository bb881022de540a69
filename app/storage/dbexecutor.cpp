#include "dbexecutor.h"

#include "core/logging.h"

#include <QCoreApplication>

#include <sched.h>

namespace ost {

DbExecutor::DbExecutor(QObject *parent, const QString &name, Priority priority)
    : QObject(parent)
{
    m_thread.setObjectName(name);
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    if (priority == Priority::Idle)
        post([] {
            sched_param param {};
            if (sched_setscheduler(0, SCHED_IDLE, &param) != 0) // this thread only (Linux)
                qCWarning(lcStorage) << "cannot lower the priority of"
                                     << QThread::currentThread()->objectName();
        });
}

DbExecutor::~DbExecutor()
{
    m_thread.quit();
    m_thread.wait();
}

void DbExecutor::post(std::function<void()> job)
{
    QMetaObject::invokeMethod(m_worker, std::move(job), Qt::QueuedConnection);
}

void DbExecutor::waitForIdle()
{
    QMetaObject::invokeMethod(
        m_worker, [] {}, Qt::BlockingQueuedConnection);
}

} // namespace ost
