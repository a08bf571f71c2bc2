#include "adaptiveconcurrency.h"

#include <algorithm>

AdaptiveConcurrency::AdaptiveConcurrency(int maximum)
    : m_maximum(std::max(1, maximum))
    , m_limit(m_maximum)
{
}

bool AdaptiveConcurrency::throttled(const QDateTime &now, int retryAfterSeconds)
{
    ++m_throttles;
    m_calm = 0;
    // The requests in flight when the server began to throttle meet it too: one halving a
    // hold, not one per answer.
    const bool held = heldUntil(now).isValid();
    const QDateTime until = now.addSecs(std::max(0, retryAfterSeconds));
    if (!m_holdUntil.isValid() || until > m_holdUntil)
        m_holdUntil = until;
    if (held)
        return false;
    const int before = m_limit;
    m_limit = std::max(1, m_limit / 2);
    return m_limit != before;
}

bool AdaptiveConcurrency::finishedOne()
{
    if (m_limit >= m_maximum)
        return false;
    if (++m_calm < m_limit)
        return false;
    m_calm = 0;
    ++m_limit;
    return true;
}

QDateTime AdaptiveConcurrency::heldUntil(const QDateTime &now) const
{
    return m_holdUntil.isValid() && m_holdUntil > now ? m_holdUntil : QDateTime();
}
