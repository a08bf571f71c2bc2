#pragma once

#include "cli/clicommand.h"

class AccountManager;
class DeviceCodeFlow;
class TrackedSecretStore;

// sign-in: the device-code sign-in in the terminal. Saves the connection settings given as
// options, prints the code and the page to enter it on, waits, and keeps the sign-in in the
// keychain for the commands that follow. Without a keychain the sign-in cannot outlive this
// process, so that is a failure, said plainly.
class SignInCommand : public CliCommand
{
    Q_OBJECT

public:
    SignInCommand(const CliOptions &options, AppConnection *connection, AccountManager *accounts,
                  TrackedSecretStore *secrets, QObject *parent = nullptr);

    void start() override;

private:
    void onSignedIn();
    void report();

    AccountManager *m_accounts;
    TrackedSecretStore *m_secrets;
    DeviceCodeFlow *m_flow = nullptr;
    QString m_keychainMessage;
};
