#pragma once

#include "core/api/accesstokensource.h"
#include "core/auth/connectionsettings.h"
#include "core/auth/oauthtokens.h"
#include "core/auth/tokenclaims.h"

#include <QObject>
#include <QPointer>

#include <chrono>
#include <deque>
#include <vector>

class Clock;
class OAuthClient;
class OAuthReply;
class SecretStore;

// The signed-in user's tokens, handed to PartnerCenterClient as its AccessTokenSource. The
// access token stays in this object's memory; the refresh token is kept here and in the
// SecretStore (the OS keychain), and replaced there after every refresh because the old one
// stops working. The object lives as long as the app, signed in or not, so the client's pointer
// to it never dangles.
class SignedInTokenSource : public QObject, public AccessTokenSource
{
    Q_OBJECT

public:
    using Done = std::function<void(bool signedIn, const QString &message)>;

    SignedInTokenSource(OAuthClient *oauth, SecretStore *secrets, Clock *clock,
                        QObject *parent = nullptr);
    ~SignedInTokenSource() override;

    // Refresh this long before the access token expires, so no request leaves with a token
    // that dies on the way.
    void setRefreshMargin(std::chrono::seconds margin) { m_margin = margin; }

    // After a device-code sign-in: takes the tokens and saves the refresh token.
    void begin(const ConnectionSettings &settings, const OAuthTokens &tokens);
    // At start-up: reads the refresh token under accountKey and redeems it.
    void restore(const ConnectionSettings &settings, const QString &accountKey, Done done);
    // Forgets the tokens at once and deletes the keychain entry; done runs when it is gone.
    void signOut(std::function<void()> done = {});

    bool isSignedIn() const { return !m_refreshToken.isEmpty() || !m_accessToken.isEmpty(); }
    TokenClaims claims() const { return m_claims; }
    QString accountKey() const { return m_accountKey; }
    ConnectionSettings settings() const { return m_settings; }
    QDateTime accessTokenExpiresAt() const { return m_expiresAt; }
    // Whether the refresh token is in the keychain (false: this run only).
    bool isPersisted() const { return m_persisted; }
    int refreshCount() const { return m_refreshes; }

    void fetchToken(QObject *context, Callback callback) override;
    bool invalidateToken(const QString &token) override;

    using Redeemed = std::function<void(const OAuthTokens &tokens, const ApiError &error)>;
    // An access token for another resource's scope from this session's refresh token (which
    // is replaced and saved when the answer rotates it). A refusal — no consent for the scope,
    // a scope the app may not ask for — is the caller's to explain; the session goes on.
    void redeem(const QString &scope, QObject *context, Redeemed done);

signals:
    void signedInChanged(bool signedIn);
    void claimsChanged(const TokenClaims &claims);
    // The keychain could not take the refresh token: the session lasts this run only.
    void persistenceFailed(const QString &message);
    // The identity provider refused the refresh token (revoked, expired, password changed).
    void sessionEnded(const QString &message);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        Callback callback;
    };

    void adopt(const OAuthTokens &tokens);
    void persist();
    // Redeeming the refresh token rotates it: one redemption at a time, each with the latest.
    void oneAtATime(std::function<void(quint64 generation)> redemption);
    void runNext();
    void startRefresh();
    void onRedeemed(const OAuthReply &reply, const Redeemed &done);
    void onRefreshed(const OAuthReply &reply);
    void answerWaiters(QString token, const ApiError &error);
    void clear();
    bool accessTokenUsable(const QDateTime &now) const;

    OAuthClient *m_oauth;
    SecretStore *m_secrets;
    Clock *m_clock;
    std::chrono::seconds m_margin{120};
    ConnectionSettings m_settings;
    QString m_accountKey;
    QString m_accessToken;
    QString m_refreshToken;
    QDateTime m_expiresAt;
    TokenClaims m_claims;
    bool m_persisted = false;
    bool m_refreshing = false;
    // Bumped on sign-out, so a refresh answer that arrives afterwards is dropped.
    quint64 m_generation = 0;
    int m_refreshes = 0;
    std::vector<Waiter> m_waiters;
    std::deque<std::function<void(quint64)>> m_queue;
    bool m_redeemingNow = false;
};
