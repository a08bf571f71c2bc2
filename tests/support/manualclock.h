#pragma once

#include "core/api/clock.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTest>

#include <algorithm>
#include <vector>

// A clock that moves only when the test says so: Retry-After, back-off and windows are tested
// without sleeping.
class ManualClock : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC))
        : m_now(std::move(start))
    {
    }

    QDateTime now() const override { return m_now; }

    void callAfter(std::chrono::milliseconds delay, QObject *context,
                   std::function<void()> fn) override
    {
        m_pending.push_back({m_now.addMSecs(delay.count()), m_sequence++, context, std::move(fn)});
        m_requested.push_back(delay);
    }

    // Moves time forward and runs, in order, everything that came due.
    void advance(std::chrono::milliseconds by)
    {
        const QDateTime target = m_now.addMSecs(by.count());
        for (;;) {
            auto due = std::min_element(
                m_pending.begin(), m_pending.end(), [](const Timer &a, const Timer &b) {
                    return a.when != b.when ? a.when < b.when : a.sequence < b.sequence;
                });
            if (due == m_pending.end() || due->when > target)
                break;
            Timer timer = std::move(*due);
            m_pending.erase(due);
            m_now = timer.when;
            if (timer.context)
                timer.fn();
        }
        m_now = target;
    }

    // Runs the next pending callback, whenever it is due. Returns false if there is none.
    bool fireNext() { return fireNextWithin(std::chrono::milliseconds::max()); }

    // Runs the next pending callback of a live context if it is due within `limit`: waits such
    // as Retry-After pass at once, while a timer days away (a cancellation window closing)
    // does not pull the clock along. Forgets callbacks whose context is gone.
    bool fireNextWithin(std::chrono::milliseconds limit)
    {
        std::erase_if(m_pending, [](const Timer &t) { return !t.context; });
        if (m_pending.empty())
            return false;
        auto next = std::min_element(
            m_pending.begin(), m_pending.end(), [](const Timer &a, const Timer &b) {
                return a.when != b.when ? a.when < b.when : a.sequence < b.sequence;
            });
        const qint64 wait = std::max<qint64>(0, m_now.msecsTo(next->when));
        if (wait > limit.count())
            return false;
        advance(std::chrono::milliseconds(wait));
        return true;
    }

    int pendingCount() const { return int(m_pending.size()); }

    // Waits (real time, for loopback round trips) until done holds, firing the next timer
    // whenever the code under test is only waiting for the clock.
    template<typename Done> bool runUntil(Done done, int timeoutMs = 10000)
    {
        QElapsedTimer timer;
        timer.start();
        while (!done()) {
            if (timer.elapsed() > timeoutMs)
                return false;
            QTest::qWait(5);
            if (!done() && pendingCount() > 0)
                fireNext();
        }
        return true;
    }
    // Every delay ever asked for, in order: lets a test check Retry-After and back-off.
    const std::vector<std::chrono::milliseconds> &requestedDelays() const { return m_requested; }

private:
    struct Timer
    {
        QDateTime when;
        quint64 sequence;
        QPointer<QObject> context;
        std::function<void()> fn;
    };
    QDateTime m_now;
    quint64 m_sequence = 0;
    std::vector<Timer> m_pending;
    std::vector<std::chrono::milliseconds> m_requested;
};
