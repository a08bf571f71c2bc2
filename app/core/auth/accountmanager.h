#pragma once

#include "core/auth/connectionsettings.h"
#include "core/auth/tokenclaims.h"

#include <QNetworkAccessManager>
#include <QObject>

class Clock;
class DeviceCodeFlow;
class OAuthClient;
class QSettings;
class SecretStore;
class AccessTokenSource;
class ScopedTokenSource;
class SignedInTokenSource;

// Which account the app works with — the embedded sandbox or a Partner Center sign-in — and
// the Partner Center session itself: sign in, restore at start-up, sign out. One per process,
// shared by the GUI (File menu, status bar) and the CLI (sign-in / sign-out commands).
// Remembers in QSettings only what is not secret: the mode, the connection settings and which
// keychain entry holds the refresh token.
class AccountManager : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Sandbox, PartnerCenter };
    Q_ENUM(Mode)

    AccountManager(QSettings *settings, SecretStore *secrets, Clock *clock,
                   QObject *parent = nullptr);
    ~AccountManager() override;

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);

    ConnectionSettings connectionSettings() const { return m_connection; }
    // Saves them. Changing where tokens come from ends the current session.
    void setConnectionSettings(const ConnectionSettings &settings);

    // A device-code sign-in with the current settings, not yet started: connect to its signals,
    // then call start(). On success the session begins, the mode becomes PartnerCenter and
    // signedIn() follows. The caller owns the flow (parent) and deletes it when done.
    DeviceCodeFlow *createSignInFlow(QObject *parent);
    // Redeems the refresh token remembered from the last run, if any; restoreFinished() tells.
    void restoreSession();
    // Forgets the session and deletes its keychain entry; signedOut() once it is gone.
    void signOut();

    bool isSignedIn() const;
    // The AccessTokenSource for PartnerCenterClient in PartnerCenter mode. Lives as long as this
    // object, signed in or not (it answers Unauthenticated when signed out).
    // The signed-in user's tokens; the client's token source while on Partner Center.
    SignedInTokenSource *tokens() const { return m_tokens; }
    // Microsoft Graph tokens (admin relationships) from the same sign-in.
    AccessTokenSource *graphTokens() const;
    QUrl partnerCenterEndpoint() const { return m_connection.endpoint; }
    TokenClaims claims() const;
    // For the status bar: "Signed in as Adéla Nováková (admin@contoso.com) — Global admin".
    QString statusText() const;
    OAuthClient *oauthClient() const { return m_oauth; }

signals:
    void modeChanged(AccountManager::Mode mode);
    void signedIn(const TokenClaims &claims);
    void signedOut();
    void restoreFinished(bool signedIn, const QString &message);
    // No keychain: the user stays signed in until the app closes. Say so once.
    void keychainUnavailable(const QString &message);
    // The sign-in ran out (refresh refused); the user must sign in again.
    void sessionExpired(const QString &message);
    void claimsChanged(const TokenClaims &claims);
    // Saved new connection settings (e.g. another endpoint): a client built on the old ones is
    // out of date.
    void connectionSettingsChanged(const ConnectionSettings &settings);

private:
    void rememberAccount(const QString &accountKey);

    QSettings *m_settings;
    SecretStore *m_secrets;
    Clock *m_clock;
    QNetworkAccessManager m_network;
    OAuthClient *m_oauth;
    SignedInTokenSource *m_tokens;
    ScopedTokenSource *m_graphTokens;
    ConnectionSettings m_connection;
    Mode m_mode = Mode::Sandbox;
};
