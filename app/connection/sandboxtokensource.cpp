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

void SandboxTokenSource::fetchToken(QObject *context, Callback callback)
{
    if (!m_token.isEmpty()) {
        callback(m_token, {});
        return;
    }
    if (!m_sandbox) {
        callback({}, ApiError(ApiError::Kind::Unauthenticated));
        return;
    }
    // Issued on the sandbox's thread without waiting for it: it may be busy with a page.
    m_sandbox->issueAccessToken(
        context, [this, alive = std::weak_ptr<int>(m_alive), callback](const QString &token) {
            if (alive.expired())
                return;
            if (m_token.isEmpty())
                m_token = token;
            if (token.isEmpty())
                callback({}, ApiError(ApiError::Kind::Unauthenticated));
            else
                callback(m_token, {});
        });
}

bool SandboxTokenSource::invalidateToken(const QString &token)
{
    // A request that left with an older token comes back after a newer one was issued: the
    // current one is fine then.
    if (token == m_token)
        m_token.clear();
    return m_sandbox != nullptr;
}
