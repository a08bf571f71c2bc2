#pragma once

#include <QCoreApplication>
#include <QObject>

class AccountManager;
class AppConnection;
class CliOptions;

// Connects the command line to its API, in this order: --endpoint with its token; a token
// alone, on the embedded sandbox; else the saved account — the sandbox, or Partner Center with
// the sign-in restored from the keychain. The account commands need no connection but whoami.
// Ends with ready() or failed(), once.
class CliStartup : public QObject
{
    Q_OBJECT

public:
    CliStartup(const CliOptions &options, AppConnection *connection, AccountManager *accounts,
               QObject *parent = nullptr);

    void start();

signals:
    void ready();
    void failed(const QString &message, int exitCode);

private:
    void restoreAccount();

    const CliOptions &m_options; // owned by main(), outlives this object
    AppConnection *m_connection;
    AccountManager *m_accounts;
    bool m_noKeychain = false;
};
