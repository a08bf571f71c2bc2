#pragma once

#include <QtGlobal>

#include <QFile>

#include <ctime>

// CPU time of the whole process (every thread) in nanoseconds. On a shared, busy machine it
// moves far less than wall-clock time: what the client itself costs, without the waits.
inline qint64 processCpuNanoseconds()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

// CPU time of the calling thread alone: what the GUI thread spent, with the worker's share left
// out.
inline qint64 threadCpuNanoseconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

// The machine's load average over the last minute (-1 where there is no /proc/loadavg): how
// busy it was while the figures were taken.
inline double loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    bool ok = false;
    const double load = file.readLine().split(' ').value(0).toDouble(&ok);
    return ok ? load : -1;
}
