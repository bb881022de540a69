// Start-up of the real app, measured from the process spawn: launches ostshelf under the
// current display (run it under tests/harness/with-xvfb) with OSTSHELF_STARTUP_TRACE, reads
// the trace the app prints (StartupProbe), and 8 s after the spawn reads its memory from
// /proc, then ends it. Prints each run's steps and the median of the key ones.
// Usage: bench_startup OSTSHELF DATA_DIR [--runs N] [--settle SECONDS] [--smaps]
#include "procstatus.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;

namespace {

qint64 monotonicNs()
{
    timespec ts {};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

// Resident memory by mapping, largest first: anonymous memory (the heap and thread stacks)
// against shared libraries, fonts and other mapped files.
void printSmaps(qint64 pid)
{
    QFile f(u"/proc/%1/smaps"_s.arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return;
    QMap<QString, qint64> rssByName;
    QString name;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const QList<QByteArray> parts = line.simplified().split(' ');
        if (parts.size() >= 5 && parts.at(0).contains('-') && !line.startsWith("Rss")) {
            name = parts.size() >= 6 ? QString::fromUtf8(parts.at(5)) : u"[anonymous]"_s;
            if (name.contains(u".so"_s) && !name.contains(u"/qt6/plugins/"_s))
                name = u"shared libraries"_s;
            else if (name.contains(u"/qt6/plugins/"_s))
                name = u"Qt plugins"_s;
            else if (name.contains(u"/fonts/"_s))
                name = u"fonts"_s;
        } else if (line.startsWith("Rss:")) {
            rssByName[name] += parts.value(1).toLongLong();
        }
    }
    QList<std::pair<qint64, QString>> rows;
    for (auto it = rssByName.cbegin(); it != rssByName.cend(); ++it)
        rows << std::pair { it.value(), it.key() };
    std::sort(rows.begin(), rows.end(), std::greater<>());
    std::printf("  resident by mapping:");
    for (qsizetype i = 0; i < std::min<qsizetype>(8, rows.size()); ++i)
        std::printf(" %s %.1f MiB;", qPrintable(rows[i].second), double(rows[i].first) / 1024.0);
    std::printf("\n");
}

double median(QList<double> v)
{
    if (v.isEmpty())
        return -1;
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr,
                     "usage: bench_startup OSTSHELF DATA_DIR [--runs N] [--settle SECONDS] [--smaps]\n");
        return 2;
    }
    auto option = [&](const QString &name, int def) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : def;
    };
    const int runs = option(u"--runs"_s, 5);
    const int settle = option(u"--settle"_s, 8);
    QMap<QString, QList<double>> steps;
    QList<double> rss, hwm;
    for (int run = 1; run <= runs; ++run) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"OSTSHELF_STARTUP_TRACE"_s, u"1"_s);
        p.setProcessChannelMode(QProcess::SeparateChannels);
        const qint64 spawn = monotonicNs();
        env.insert(u"OSTSHELF_SPAWN_MONOTONIC_NS"_s, QString::number(spawn));
        p.setProcessEnvironment(env);
        p.start(args.at(1), { u"--data-dir"_s, args.at(2) });
        if (!p.waitForStarted(10000)) {
            std::fprintf(stderr, "cannot start %s: %s\n", qPrintable(args.at(1)),
                         qPrintable(p.errorString()));
            return 1;
        }
        std::printf("run %d:", run);
        QByteArray pending;
        bool ready = false;
        while (monotonicNs() - spawn < qint64(settle) * 1'000'000'000 && p.state() == QProcess::Running) {
            p.waitForReadyRead(50);
            pending += p.readAllStandardError();
            qsizetype nl;
            while ((nl = pending.indexOf('\n')) >= 0) {
                const QString line = QString::fromUtf8(pending.left(nl));
                pending.remove(0, nl + 1);
                if (!line.startsWith(u"startup-trace "_s))
                    continue;
                const QString rest = line.mid(14);
                const double ms = rest.section(u' ', 0, 0).toDouble();
                const QString step = rest.section(u' ', 1);
                steps[step] << ms;
                std::printf(" %s %.0f ms;", qPrintable(step), ms);
                ready = ready || step.startsWith(u"first screen of posters painted"_s);
            }
        }
        if (p.state() != QProcess::Running) {
            std::fprintf(stderr, "\nthe app ended early (%d)\n", p.exitCode());
            return 1;
        }
        rss << double(ost::bench::statusKiB("VmRSS", p.processId())) / 1024.0;
        hwm << double(ost::bench::statusKiB("VmHWM", p.processId())) / 1024.0;
        std::printf(" RSS after %d s %.0f MiB (peak %.0f MiB)\n", settle, rss.last(), hwm.last());
        if (args.contains(u"--smaps"_s))
            printSmaps(p.processId());
        p.terminate();
        if (!p.waitForFinished(10000))
            p.kill();
        p.waitForFinished(2000);
        if (!ready) {
            std::fprintf(stderr, "no first screen of posters within %d s\n", settle);
            return 1;
        }
        QThread::msleep(300);
    }
    std::printf("median of %d runs, from the spawn:", runs);
    for (const QString &step :
         { u"main"_s, u"window exposed"_s, u"first screen of posters painted"_s, u"search index built"_s })
        std::printf(" %s %.0f ms;", qPrintable(step), median(steps.value(step)));
    std::printf(" RSS after %d s %.0f MiB (peak %.0f MiB)\n", settle, median(rss), median(hwm));
    return 0;
}
