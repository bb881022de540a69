#include "startuptrace.h"

#include <QByteArray>
#include <QMutex>
#include <QSet>
#include <QString>
#include <QtGlobal>

#include <cstdio>
#include <ctime>

namespace ost {

namespace {

qint64 monotonicNs()
{
    timespec ts {};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

qint64 origin()
{
    static const qint64 zero = [] {
        bool ok = false;
        const qint64 spawn = qEnvironmentVariable("OSTSHELF_SPAWN_MONOTONIC_NS").toLongLong(&ok);
        return ok && spawn > 0 ? spawn : monotonicNs();
    }();
    return zero;
}

} // namespace

bool StartupTrace::enabled()
{
    static const bool on = qEnvironmentVariableIsSet("OSTSHELF_STARTUP_TRACE");
    return on;
}

double StartupTrace::elapsedMs()
{
    return double(monotonicNs() - origin()) / 1e6;
}

void StartupTrace::mark(const char *step)
{
    if (!enabled())
        return;
    static QMutex mutex;
    static QSet<QByteArray> seen; // the first time each step happens is the start-up's
    {
        QMutexLocker lock(&mutex);
        if (seen.contains(QByteArray(step)))
            return;
        seen.insert(QByteArray(step));
    }
    std::fprintf(stderr, "startup-trace %.1f %s\n", elapsedMs(), step);
    std::fflush(stderr);
}

} // namespace ost
