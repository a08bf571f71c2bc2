#include "scopedtokensource.h"

#include "core/api/clock.h"
#include "core/auth/signedintokensource.h"

namespace {
constexpr qint64 marginSeconds = 120; // as the session's own refresh margin
}

ScopedTokenSource::ScopedTokenSource(SignedInTokenSource *session, QString scope,
                                     ApiError::Service service, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_scope(std::move(scope))
    , m_service(service)
    , m_clock(clock)
{
    // A new sign-in or a sign-out: the token belongs to the old one.
    connect(session, &SignedInTokenSource::signedInChanged, this, [this] {
        m_accessToken.clear();
        m_expiresAt = {};
    });
}

void ScopedTokenSource::fetchToken(QObject *context, Callback callback)
{
    if (!m_accessToken.isEmpty() && m_expiresAt.isValid() &&
        m_clock->now().addSecs(marginSeconds) < m_expiresAt) {
        callback(m_accessToken, {});
        return;
    }
    if (!m_session) {
        callback({}, ApiError(ApiError::Kind::Unauthenticated));
        return;
    }
    m_waiters.push_back({context, std::move(callback)});
    if (m_redeeming)
        return;
    m_redeeming = true;
    m_session->redeem(m_scope, this, [this](const OAuthTokens &tokens, const ApiError &error) {
        m_redeeming = false;
        if (error.isError()) {
            ApiError tagged = error;
            tagged.setService(m_service);
            answer({}, tagged);
            return;
        }
        m_accessToken = tokens.accessToken;
        m_expiresAt = tokens.expiresAt;
        answer(m_accessToken, {});
    });
}

bool ScopedTokenSource::invalidateToken(const QString &token)
{
    if (!m_session || !m_session->isSignedIn())
        return false;
    if (token == m_accessToken)
        m_accessToken.clear();
    return true;
}

void ScopedTokenSource::answer(const QString &token, const ApiError &error)
{
    std::vector<Waiter> waiters;
    waiters.swap(m_waiters);
    for (Waiter &waiter : waiters) {
        if (waiter.context)
            waiter.callback(token, error);
    }
}
