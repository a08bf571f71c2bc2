#pragma once

#include "appcontext.h"

#include <QObject>
#include <QUrl>

#include <memory>

class AccessTokenSource;

// Where the app talks to: the embedded sandbox (default) or a Partner Center-compatible
// endpoint with a given access token. Either way it is the same client over HTTP.
class Backend : public QObject
{
    Q_OBJECT

public:
    explicit Backend(QObject *parent = nullptr);
    ~Backend() override;

    // Starts the sandbox in this process; stateFile empty = under the app-data folder.
    bool startSandbox(QString *error, const QString &stateFile = {});
    // Refuses plain http:// to anything but loopback, with the client's reason.
    bool connectTo(const QUrl &endpoint, const QString &accessToken, QString *error);

    // The objects the windows need; languages is the caller's.
    AppContext context(LanguageManager *languages) const;
    PartnerCenterClient *client() const { return m_client; }
    EmbeddedSandbox *sandbox() const { return m_sandbox; }

private:
    void createClient(const QUrl &baseUrl, const QString &token);

    EmbeddedSandbox *m_sandbox = nullptr;
    PartnerCenterClient *m_client = nullptr;
    std::unique_ptr<AccessTokenSource> m_tokens;
    std::unique_ptr<AuditLog> m_audit;
    TokenClaims m_claims;
};
