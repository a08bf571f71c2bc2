#include "startupbenchmark.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <cstdio>

#include <ctime>

#ifdef Q_OS_LINUX
#include <unistd.h>
#endif

namespace {
// Milliseconds since this process started, or -1 where /proc does not say.
double sinceProcessStart()
{
#ifdef Q_OS_LINUX
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    // The command name (field 2) may hold spaces: count fields after its closing parenthesis.
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const int startTimeField = 22 - 3;
    if (fields.size() <= startTimeField)
        return -1;
    const double startedAt = fields.at(startTimeField).toDouble() / double(sysconf(_SC_CLK_TCK));
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    return (double(now.tv_sec) + double(now.tv_nsec) / 1e9 - startedAt) * 1000.0;
#else
    return -1;
#endif
}
} // namespace

StartupBenchmark::StartupBenchmark(QWidget *window, const QElapsedTimer &sinceMain)
    : QObject(window)
    , m_window(window)
    , m_sinceMain(sinceMain)
{
    window->installEventFilter(this);
}

bool StartupBenchmark::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        // Once this paint (the window and every child in it) has been flushed.
        QTimer::singleShot(0, this, &StartupBenchmark::report);
    }
    return QObject::eventFilter(watched, event);
}

void StartupBenchmark::report()
{
    const double sinceMain = double(m_sinceMain.nsecsElapsed()) / 1e6;
    const double sinceStart = sinceProcessStart();
    // On a busy machine the wall clock mostly measures the wait for a core; the CPU time the
    // process spent (every thread) is the steadier figure.
    timespec cpu{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu);
    std::printf("first paint: %.1f ms after main()", sinceMain);
    if (sinceStart >= 0)
        std::printf(", %.0f ms after the process started", sinceStart);
    std::printf(", %.0f ms of CPU time\n", double(cpu.tv_sec) * 1e3 + double(cpu.tv_nsec) / 1e6);
    std::fflush(stdout);
    QCoreApplication::quit();
}
