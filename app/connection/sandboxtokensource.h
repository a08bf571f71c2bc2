#pragma once

#include "core/api/accesstokensource.h"

#include <QPointer>

#include <memory>

class EmbeddedSandbox;

// The embedded sandbox's admin token, issued again when the sandbox refuses the old one: its
// tokens expire like real ones, and the app may stay open longer than a token lives.
class SandboxTokenSource : public AccessTokenSource
{
public:
    explicit SandboxTokenSource(EmbeddedSandbox *sandbox);

    void fetchToken(QObject *context, Callback callback) override;
    bool invalidateToken(const QString &token) override;
    // The token the next request carries (issued now if there is none).
    QString currentToken();

private:
    QPointer<EmbeddedSandbox> m_sandbox;
    QString m_token;
    // Tells an answer from the sandbox's thread whether this source still exists.
    std::shared_ptr<int> m_alive = std::make_shared<int>();
};
