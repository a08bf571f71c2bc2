#pragma once

#include <QtGlobal>

#include <ctime>

// CPU time of the whole process (every thread) in nanoseconds. On a shared, busy machine it
// moves far less than wall-clock time: what the client itself costs, without the waits.
inline qint64 processCpuNanoseconds()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}
