#include "sandboxtokensource.h"

#include "sandbox/embeddedsandbox.h"

SandboxTokenSource::SandboxTokenSource(EmbeddedSandbox *sandbox)
    : m_sandbox(sandbox)
{
}

QString SandboxTokenSource::currentToken()
{
    if (m_token.isEmpty() && m_sandbox)
        m_token = m_sandbox->accessToken();
    return m_token;
}

void SandboxTokenSource::fetchToken(QObject *, Callback callback)
{
    const QString token = currentToken();
    if (token.isEmpty()) {
        callback({}, ApiError(ApiError::Kind::Unauthenticated));
        return;
    }
    callback(token, {});
}

bool SandboxTokenSource::invalidateToken(const QString &token)
{
    // A request that left with an older token comes back after a newer one was issued: the
    // current one is fine then.
    if (token == m_token)
        m_token.clear();
    return m_sandbox != nullptr;
}
