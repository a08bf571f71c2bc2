#pragma once

#include <QDateTime>
#include <QObject>

#include <functional>

class Clock;

// Calls back once just after a moment when the readiness changes by itself (a cancellation
// window or a term closes), on the injectable Clock, so tests move time instead of waiting.
// Scheduling again replaces what was scheduled before.
class WindowTimer
{
public:
    WindowTimer(Clock *clock, QObject *context, std::function<void()> due);

    // Calls back one millisecond after `when` (at the moment itself the window is still open);
    // an invalid time schedules nothing. The same time again keeps the schedule.
    void schedule(const QDateTime &when);

private:
    Clock *m_clock;
    QObject *m_context;
    std::function<void()> m_due;
    // Which moment is scheduled, and when the callback runs for it.
    QDateTime m_scheduledFor;
    QDateTime m_runsAt;
};
