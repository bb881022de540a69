#include "dbexecutor.h"

#include <QCoreApplication>

namespace ost {

DbExecutor::DbExecutor(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("ostshelf-db"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
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
    QMetaObject::invokeMethod(m_worker, [] { }, Qt::BlockingQueuedConnection);
}

} // namespace ost
