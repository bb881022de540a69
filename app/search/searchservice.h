#pragma once

#include "searchindex.h"

#include <QMutex>
#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace ost {

// Runs searches on its own thread as the user types; only the newest query's results are
// delivered, older ones still queued are skipped.
class SearchService final : public QObject
{
    Q_OBJECT
public:
    explicit SearchService(QObject *parent = nullptr);
    ~SearchService() override;

    void setIndex(std::shared_ptr<const SearchIndex> index);
    bool hasIndex() const;
    void search(const QString &query, int limitPerType = 8);

Q_SIGNALS:
    void resultsReady(const QString &query, const QList<ost::SearchHit> &hits);

private:
    QThread m_thread;
    QObject *m_worker = nullptr;
    mutable QMutex m_mutex;
    std::shared_ptr<const SearchIndex> m_index;
    std::atomic<quint64> m_generation { 0 };
};

} // namespace ost
