#pragma once

#include "cli/clicommand.h"

class AccountManager;

// sign-out: forgets the Partner Center sign-in (and its keychain entry); the commands that
// follow use the sandbox again, as before the sign-in.
class SignOutCommand : public CliCommand
{
    Q_OBJECT

public:
    SignOutCommand(const CliOptions &options, AppConnection *connection, AccountManager *accounts,
                   QObject *parent = nullptr);

    void start() override;

private:
    AccountManager *m_accounts;
};
