#include "signoutcommand.h"

#include "cli/console.h"
#include "core/auth/accountmanager.h"

SignOutCommand::SignOutCommand(const CliOptions &options, AppConnection *connection,
                               AccountManager *accounts, QObject *parent)
    : CliCommand(options, connection, parent)
    , m_accounts(accounts)
{
}

void SignOutCommand::start()
{
    connect(m_accounts, &AccountManager::signedOut, this, [this] {
        m_accounts->setMode(AccountManager::Mode::Sandbox);
        Console::outLine(tr("Signed out. Commands use the sandbox again."));
        finish(Success);
    });
    m_accounts->signOut();
}
