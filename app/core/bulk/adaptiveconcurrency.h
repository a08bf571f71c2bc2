#pragma once

#include <QDateTime>

// How many customers a bulk run works on at once: it halves when Partner Center throttles
// (429), starts nothing new until the Retry-After has passed, and grows back by one after
// a number of customers finished without a throttle — so a run stays just under the limit
// instead of hammering it or crawling at one.
class AdaptiveConcurrency
{
public:
    explicit AdaptiveConcurrency(int maximum = 8);

    int limit() const { return m_limit; }
    int maximum() const { return m_maximum; }
    // Halves the limit (never below one, and once while held) and holds new work until
    // now + retryAfterSeconds. Returns whether the limit changed.
    bool throttled(const QDateTime &now, int retryAfterSeconds);
    // One unit of work finished; after `limit` of them without a throttle, the limit grows by
    // one. Returns whether it changed.
    bool finishedOne();
    // When new work may start again; invalid when it may start now.
    QDateTime heldUntil(const QDateTime &now) const;
    int throttleCount() const { return m_throttles; }

private:
    int m_maximum;
    int m_limit;
    int m_calm = 0;
    int m_throttles = 0;
    QDateTime m_holdUntil;
};
