#include "windowtimer.h"

#include "core/api/clock.h"

#include <algorithm>
#include <utility>

WindowTimer::WindowTimer(Clock *clock, QObject *context, std::function<void()> due)
    : m_clock(clock)
    , m_context(context)
    , m_due(std::move(due))
{
}

void WindowTimer::schedule(const QDateTime &when)
{
    if (when == m_scheduledFor)
        return;
    m_scheduledFor = when;
    m_runsAt = {};
    if (!when.isValid())
        return;
    // At most a day ahead: timers do not reach weeks, and the day's check schedules the next.
    constexpr qint64 Day = 24 * 60 * 60 * 1000;
    const QDateTime now = m_clock->now();
    const qint64 delay = std::min(now.msecsTo(when), Day) + 1;
    const QDateTime runsAt = now.addMSecs(delay);
    m_runsAt = runsAt;
    m_clock->callAfter(std::chrono::milliseconds(delay), m_context, [this, runsAt] {
        // A later schedule has replaced this one.
        if (runsAt != m_runsAt)
            return;
        m_scheduledFor = {};
        m_runsAt = {};
        m_due();
    });
}
