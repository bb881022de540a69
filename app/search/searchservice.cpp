#include "searchservice.h"

namespace ost {

SearchService::SearchService(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("ostshelf-search"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

SearchService::~SearchService()
{
    m_thread.quit();
    m_thread.wait();
}

void SearchService::setIndex(std::shared_ptr<const SearchIndex> index)
{
    QMutexLocker lock(&m_mutex);
    m_index = std::move(index);
}

bool SearchService::hasIndex() const
{
    QMutexLocker lock(&m_mutex);
    return m_index != nullptr;
}

void SearchService::search(const QString &query, int limitPerType)
{
    const quint64 generation = ++m_generation;
    QMetaObject::invokeMethod(
        m_worker,
        [this, query, limitPerType, generation] {
            if (generation != m_generation.load())
                return; // the user typed on; this query is stale
            std::shared_ptr<const SearchIndex> index;
            {
                QMutexLocker lock(&m_mutex);
                index = m_index;
            }
            const QList<SearchHit> hits = index ? index->search(query, limitPerType) : QList<SearchHit> {};
            if (generation != m_generation.load())
                return;
            QMetaObject::invokeMethod(
                this,
                [this, query, hits, generation] {
                    if (generation == m_generation.load())
                        Q_EMIT resultsReady(query, hits);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace ost
