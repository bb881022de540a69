#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace ost::bench {

// A field of /proc/PID/status in KiB ("VmRSS", "VmHWM"); pid 0 is this process. -1 if absent.
inline qint64 statusKiB(const QByteArray &field, qint64 pid = 0)
{
    QFile f(pid > 0 ? QStringLiteral("/proc/%1/status").arg(pid) : QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = field + ':';
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(prefix))
            return line.mid(field.size() + 1).trimmed().split(' ').first().toLongLong();
    return -1;
}

} // namespace ost::bench
