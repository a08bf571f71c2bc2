#pragma once

#include "auth/tokenclaims.h"

#include <QObject>

#include <memory>

class AuditLog;
class Clock;
class CliOptions;
class EmbeddedSandbox;
class PartnerCenterClient;
class StaticTokenSource;

// Where the commands talk to: the endpoint and token from the command line, or, without an
// endpoint, the embedded sandbox with the same saved state the app uses. Also the audit log
// every change is recorded in. The token is handed to the client and never printed.
class CliConnection : public QObject
{
    Q_OBJECT

public:
    explicit CliConnection(QObject *parent = nullptr);
    ~CliConnection() override;

    // Where the sandbox state and the audit log live: $PARTNERDESK_DATA_DIR if set (tests,
    // scripts that must not touch the user's files), else the app's data folder.
    static QString dataDirectory();

    // False with *error set when the command line cannot work (no token, unreadable token
    // file, the sandbox cannot start); *exitCode says whose fault it is.
    bool open(const CliOptions &options, const QString &localeTag, QString *error, int *exitCode);

    PartnerCenterClient *client() const { return m_client; }
    Clock *clock() const;
    AuditLog *audit() const { return m_audit.get(); }
    bool isSandbox() const { return m_sandbox != nullptr; }
    // What the token says about its user; for a hint only, the server decides.
    const TokenClaims &claims() const { return m_claims; }

private:
    bool readToken(const CliOptions &options, QString *token, QString *error);

    EmbeddedSandbox *m_sandbox = nullptr;
    std::unique_ptr<StaticTokenSource> m_tokens;
    std::unique_ptr<AuditLog> m_audit;
    PartnerCenterClient *m_client = nullptr;
    TokenClaims m_claims;
};
