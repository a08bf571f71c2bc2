#pragma once

#include "sandbox/recordedrequest.h"
#include "sandbox/sandboxreply.h"

#include <QDateTime>
#include <QHash>
#include <QUrl>

class SandboxStore;
struct SandboxUser;

// The fake identity provider: device authorization grant, refresh-token rotation and
// JWT-shaped access tokens that the sandbox remembers, so it can tell issued from forged.
class SandboxIdentity
{
public:
    explicit SandboxIdentity(const SandboxStore &store);

    void setTokenLifetime(int seconds) { m_tokenLifetime = seconds; }
    void setPollsBeforeApproval(int polls) { m_pollsBeforeApproval = polls; }

    QString issueAccessToken(const QString &login, const QDateTime &now);

    enum class TokenState { Valid, Missing, Unknown, Expired };
    // Checks an Authorization header value; on success *login names the user.
    TokenState validate(const QByteArray &authorization, const QDateTime &now,
                        QString *login) const;
    // The token in this Authorization header value expires now (one the sandbox issued).
    void expireToken(const QByteArray &authorization, const QDateTime &now);

    SandboxReply deviceCode(const RecordedRequest &request, const QUrl &baseUrl,
                            const QDateTime &now);
    SandboxReply token(const RecordedRequest &request, const QDateTime &now);
    SandboxReply approve(const RecordedRequest &request);
    SandboxReply decline(const RecordedRequest &request);
    SandboxReply devicePage(const QUrl &baseUrl) const;

private:
    struct DeviceRequest
    {
        QString userCode;
        QString scope;
        QDateTime expiresAt;
        QDateTime lastPoll;
        int polls = 0;
        enum class State { Pending, Approved, Declined } state = State::Pending;
        QString login;
    };
    struct IssuedToken
    {
        QString login;
        QDateTime expiresAt;
    };

    SandboxReply tokenAnswer(const QString &login, const QString &scope, const QDateTime &now);
    QString makeJwt(const SandboxUser &user, const QDateTime &now, bool idToken) const;
    QString findDeviceCode(const QString &userCode) const;

    const SandboxStore &m_store;
    int m_tokenLifetime = 3600;
    int m_pollsBeforeApproval = 2;
    QByteArray m_signingKey;
    QHash<QString, IssuedToken> m_accessTokens;
    QHash<QString, QString> m_refreshTokens;        // token -> login
    QHash<QString, DeviceRequest> m_deviceRequests; // device_code -> request
};
