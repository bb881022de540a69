#include "loudnessservice.h"

#include "loudness/loudnessanalyzer.h"
#include "loudness/loudnessrepository.h"
#include "repositories/localfilerepository.h"
#include "scanning/libraryscanner.h"
#include "tags/tagreader.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSettings>
#include <QThread>

using namespace Qt::StringLiterals;

namespace ost {

QString LoudnessService::Summary::text() const
{
    const double seconds = double(elapsedMs) / 1000.0;
    QString s = (cancelled ? QObject::tr("Loudness measurement stopped: ") : QString())
        + QObject::tr("%1 of %2 linked files measured in %3 s (%4 files a second, %5 min of audio)")
              .arg(measured)
              .arg(files)
              .arg(seconds, 0, 'f', 1)
              .arg(seconds > 0 ? measured / seconds : 0.0, 0, 'f', 1)
              .arg(double(audioMs) / 60000.0, 0, 'f', 1);
    s += u"; "_s
        + QObject::tr(
              "%1 have loudness tags, %2 were measured before, %3 could not be decoded, %4 are missing.")
              .arg(tagged)
              .arg(known)
              .arg(failed)
              .arg(missing);
    return s;
}

LoudnessService::LoudnessService(Database db, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_cancel(std::make_shared<std::atomic<bool>>(false))
{ }

LoudnessService::~LoudnessService()
{
    m_cancel->store(true);
    if (m_thread) {
        m_thread->wait();
        delete m_thread.data(); // its deleteLater would need an event loop that may be gone
    }
}

void LoudnessService::measure()
{
    if (m_running)
        return;
    m_running = true;
    m_cancel->store(false);
    const Database db = m_db;
    auto cancel = m_cancel;
    QThread *thread = QThread::create([this, db, cancel] {
        QElapsedTimer clock;
        clock.start();
        Summary sum;
        auto linked = LocalFileRepository(db).paths();
        if (!linked) {
            QMetaObject::invokeMethod(
                this,
                [this, error = linked.error().message] {
                    m_running = false;
                    Q_EMIT errorOccurred(error);
                },
                Qt::QueuedConnection);
            return;
        }
        QStringList paths = linked->values();
        paths.sort();
        paths.removeDuplicates();
        LoudnessRepository store(db);
        sum.files = int(paths.size());
        for (qsizetype i = 0; i < paths.size(); ++i) {
            if (cancel->load()) {
                sum.cancelled = true;
                break;
            }
            const QString &path = paths[i];
            QMetaObject::invokeMethod(
                this, [this, i, n = paths.size(), path] { Q_EMIT progress(int(i), int(n), path); },
                Qt::QueuedConnection);
            const auto stamp = LibraryScanner::modificationStamp(path);
            if (!stamp || !QFileInfo(path).isFile()) {
                ++sum.missing;
                continue;
            }
            if (auto known = store.find(path); known && *known) {
                ++sum.known;
                continue;
            }
            if (auto tags = TagReader::readReplayGain(path); tags && tags->hasGain()) {
                ++sum.tagged;
                continue;
            }
            const qint64 size = QFileInfo(path).size();
            auto measured = LoudnessAnalyzer::measure(path, cancel.get());
            if (!measured) {
                if (cancel->load()) {
                    sum.cancelled = true;
                    break;
                }
                ++sum.failed;
                if (sum.problems.size() < kMaxProblems)
                    sum.problems << measured.error().message;
                continue;
            }
            if (auto r = store.store(path, size, *stamp, *measured); !r) {
                ++sum.failed;
                if (sum.problems.size() < kMaxProblems)
                    sum.problems << r.error().message;
                continue;
            }
            ++sum.measured;
            sum.audioMs += measured->durationMs;
        }
        sum.elapsedMs = clock.elapsed();
        QMetaObject::invokeMethod(
            this,
            [this, sum] {
                m_running = false;
                Q_EMIT finished(sum);
            },
            Qt::QueuedConnection);
    });
    m_thread = thread;
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
}

bool LoudnessService::measuresAfterScan()
{
    return QSettings().value(u"player/measureAfterScan"_s, false).toBool();
}

void LoudnessService::setMeasuresAfterScan(bool on)
{
    QSettings().setValue(u"player/measureAfterScan"_s, on);
}

void LoudnessService::scanFinished()
{
    if (measuresAfterScan())
        measure(); // files measured before and unchanged are skipped: only the new ones cost
}

void LoudnessService::cancel()
{
    m_cancel->store(true);
}

} // namespace ost
