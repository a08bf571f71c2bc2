#include "accountactions.h"

#include "core/auth/accountmanager.h"
#include "ui/signin/signincontroller.h"

#include <QAction>
#include <QMenu>

AccountActions::AccountActions(AccountManager *accounts, Clock *clock, QMenu *menu, QWidget *window)
    : QObject(window)
    , m_accounts(accounts)
    , m_controller(new SignInController(accounts, clock, window))
    , m_signIn(menu->addAction(QString(), m_controller, &SignInController::signIn))
    , m_connectionSettings(
          menu->addAction(QString(), m_controller, &SignInController::editConnectionSettings))
    , m_useSandbox(menu->addAction(QString()))
    , m_signOut(menu->addAction(QString(), m_controller, &SignInController::signOut))
{
    m_useSandbox->setCheckable(true);
    // triggered(), not toggled(): only the user's click switches, never update().
    connect(m_useSandbox, &QAction::triggered, this, &AccountActions::useSandboxTriggered);
    menu->addSeparator();

    connect(accounts, &AccountManager::signedOut, this, &AccountActions::update);
    connect(accounts, &AccountManager::signedIn, this, &AccountActions::update);
    connect(accounts, &AccountManager::modeChanged, this, &AccountActions::update);
    connect(accounts, &AccountManager::claimsChanged, this, &AccountActions::update);
    update();
    retranslateUi();
}

void AccountActions::retranslateUi()
{
    m_signIn->setText(tr("Sign &in to Partner Center…"));
    m_connectionSettings->setText(tr("Co&nnection settings…"));
    m_useSandbox->setText(tr("Use the &sandbox", "File menu: work on the demo data"));
    m_useSandbox->setToolTip(tr("Work on the demo data on this computer instead of Partner "
                                "Center; the sign-in is kept"));
    m_signOut->setText(tr("Sign &out"));
}

void AccountActions::update()
{
    m_signOut->setEnabled(m_accounts->isSignedIn());
    m_useSandbox->setChecked(m_accounts->mode() == AccountManager::Mode::Sandbox);
    emit statusChanged();
}

void AccountActions::useSandboxTriggered(bool checked)
{
    if (checked) {
        m_controller->useSandbox();
        return;
    }
    // Back to Partner Center: the session of this run if there is one, else a sign-in, which
    // switches over when it succeeds.
    if (m_accounts->isSignedIn()) {
        m_accounts->setMode(AccountManager::Mode::PartnerCenter);
        return;
    }
    m_useSandbox->setChecked(true);
    m_controller->signIn();
}
