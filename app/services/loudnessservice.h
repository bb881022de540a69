#pragma once

#include "storage/database.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <atomic>
#include <memory>

class QThread;

namespace ost {

// Measures the loudness (EBU R128) of the user's linked files that carry no ReplayGain or
// R128 tags, on a thread of its own at low priority, so that levelling covers them too:
// progress, cancel (what was measured stays), and a summary with the rate in files a second.
// Files measured before and unchanged since are skipped.
class LoudnessService final : public QObject
{
    Q_OBJECT
public:
    struct Summary
    {
        int files = 0; // linked files looked at
        int measured = 0;
        int tagged = 0; // had loudness tags: nothing to measure
        int known = 0; // measured before, unchanged since
        int failed = 0;
        int missing = 0; // linked, but not there
        qint64 audioMs = 0; // length of what was measured
        qint64 elapsedMs = 0;
        bool cancelled = false;
        QStringList problems; // the first few failures, in words
        QString text() const;
    };

    explicit LoudnessService(Database db, QObject *parent = nullptr);
    ~LoudnessService() override;

    void measure();
    void cancel();
    bool isMeasuring() const { return m_running; }
    // "Measure new files after each scan" (setting player/measureAfterScan, off by default):
    // what a finished scan linked is measured then, when the user asked for it.
    static bool measuresAfterScan();
    static void setMeasuresAfterScan(bool on);
    void scanFinished();

    static constexpr int kMaxProblems = 20;

Q_SIGNALS:
    void progress(int done, int total, const QString &current);
    void finished(const ost::LoudnessService::Summary &summary);
    void errorOccurred(const QString &message);

private:
    Database m_db;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QPointer<QThread> m_thread; // touched on this object's thread only; the destructor waits for it
    bool m_running = false;
};

} // namespace ost
