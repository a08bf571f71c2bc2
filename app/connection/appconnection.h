#pragma once

#include "core/auth/tokenclaims.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <memory>

class AccessTokenSource;
class AccountManager;
class AuditLog;
class Clock;
class EmbeddedSandbox;
class GraphClient;
class PartnerCenterClient;

// Where the GUI and the CLI talk to, decided in one place: the embedded sandbox (its state and
// the audit log under dataDirectory()), an endpoint with a given access token (--endpoint,
// scripts), or Partner Center with the signed-in session of an AccountManager. Either way it is
// one PartnerCenterClient over HTTP. Switching replaces the client; clientChanged() tells its
// holders to let go of the old one, which is deleted once control returns to the event loop.
class AppConnection : public QObject
{
    Q_OBJECT

public:
    enum class Kind { None, Sandbox, Endpoint, PartnerCenter };
    Q_ENUM(Kind)

    explicit AppConnection(Clock *clock, QObject *parent = nullptr);
    ~AppConnection() override;

    // $PARTNERDESK_DATA_DIR if set (tests, scripts that must not touch the user's files), else
    // the app's data folder.
    static QString dataDirectory();
    // The audit log every change is written to: audit.jsonl in the data folder.
    static QString auditLogPath();
    // The token in `file` ("-" = standard input), without the line break a file may end with.
    static bool readAccessToken(const QString &file, QString *token, QString *error);
    // $PARTNERDESK_ACCESS_TOKEN, trimmed; empty when not set.
    static QString environmentAccessToken();
    // $PARTNERDESK_GRAPH_ACCESS_TOKEN, trimmed; empty when not set.
    static QString environmentGraphAccessToken();

    // Where Microsoft Graph is and which token it takes, for every later connection. Empty
    // endpoint: https://graph.microsoft.com, or the Partner Center address itself when that is
    // loopback (the sandbox serves both). Empty token: the sign-in's Graph token, or on loopback
    // the Partner Center token (the sandbox accepts its own tokens on both).
    void setGraphAccess(const QUrl &endpoint, const QString &token);

    // The sandbox in this process, started on first use and kept for the run. `token` empty =
    // one for the sandbox's admin user.
    bool connectToSandbox(QString *error, const QString &token = {});
    // Refuses plain http:// to anything but loopback, with the client's reason.
    bool connectToEndpoint(const QUrl &endpoint, const QString &token, QString *error);
    // The account's choice: its Partner Center session at its endpoint, or the sandbox.
    bool connectToAccount(AccountManager *accounts, QString *error);
    // From now on, connects anew whenever the account's mode, sign-in or endpoint changes;
    // several changes in one go (sign-in switches the mode, then signs in) make one switch.
    void followAccount(AccountManager *accounts);

    Kind kind() const { return m_kind; }
    bool isSandbox() const { return m_kind == Kind::Sandbox; }
    PartnerCenterClient *client() const { return m_client; }
    // Replaced together with client(): fetch it again on clientChanged().
    GraphClient *graph() const { return m_graph; }
    AuditLog *audit() const { return m_audit.get(); }
    // Where bulk runs keep their journals: beside the audit log, whose data folder it is.
    QString runsFolder() const;
    Clock *clock() const { return m_clock; }
    // Set only while connected to the embedded sandbox.
    EmbeddedSandbox *sandbox() const;
    QUrl baseUrl() const;
    // Who the token says is signed in; for display and hints only, the server decides.
    TokenClaims claims() const;
    // BCP 47 tag sent as X-Locale by this and every later client.
    void setLocaleTag(const QString &tag);
    QString lastError() const { return m_lastError; }

signals:
    // A new client is in place: drop every pointer to the previous one now.
    void clientChanged(PartnerCenterClient *client);
    void claimsChanged(const TokenClaims &claims);
    // A switch that followAccount() attempted did not work; the previous client stays.
    void connectFailed(const QString &message);

private:
    bool startSandbox(QString *error);
    void install(Kind kind, const QUrl &baseUrl, std::shared_ptr<AccessTokenSource> tokens,
                 const TokenClaims &claims);
    void reconnectToAccount();
    void installGraph(const QUrl &baseUrl);

    Clock *m_clock;
    Kind m_kind = Kind::None;
    EmbeddedSandbox *m_sandbox = nullptr;
    PartnerCenterClient *m_client = nullptr;
    std::shared_ptr<AccessTokenSource> m_tokens;
    GraphClient *m_graph = nullptr;
    std::shared_ptr<AccessTokenSource> m_graphTokens;
    QUrl m_graphEndpoint;
    QString m_graphToken;
    std::unique_ptr<AuditLog> m_audit;
    QPointer<AccountManager> m_accounts;
    TokenClaims m_claims;
    QString m_localeTag;
    QString m_lastError;
    QTimer m_reconnect;
};
