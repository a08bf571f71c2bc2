#include "signincontroller.h"

#include "core/auth/accountmanager.h"
#include "ui/messageboxes.h"
#include "ui/signin/connectionsettingsdialog.h"

SignInController::SignInController(AccountManager *accounts, Clock *clock, QWidget *window)
    : QObject(window)
    , m_accounts(accounts)
    , m_clock(clock)
    , m_window(window)
{
    connect(m_accounts, &AccountManager::keychainUnavailable, this, [this](const QString &text) {
        MessageBoxes::warning(m_window, tr("No keychain"), text);
    });
    connect(m_accounts, &AccountManager::sessionExpired, this, [this](const QString &text) {
        MessageBoxes::warning(m_window, tr("Signed out"), text);
    });
}

void SignInController::signIn()
{
    if (m_codeDialog) {
        m_codeDialog->raise();
        return;
    }
    if (!m_accounts->connectionSettings().isValid()) {
        askForSettings([this] { showDeviceCode(); });
        return;
    }
    showDeviceCode();
}

void SignInController::showDeviceCode()
{
    DeviceCodeFlow *flow = m_accounts->createSignInFlow(this);
    auto *dialog = new DeviceCodeDialog(flow, m_clock, m_window);
    if (m_openUrl)
        dialog->setUrlOpener(m_openUrl);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The flow lives as long as its dialog.
    connect(dialog, &QObject::destroyed, flow, &QObject::deleteLater);
    connect(flow, &DeviceCodeFlow::succeeded, this, &SignInController::signedIn);
    m_codeDialog = dialog;
    dialog->open();
    flow->start();
}

void SignInController::editConnectionSettings()
{
    askForSettings({});
}

void SignInController::askForSettings(std::function<void()> then)
{
    if (m_settingsDialog) {
        m_settingsDialog->raise();
        return;
    }
    auto *dialog = new ConnectionSettingsDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSettings(m_accounts->connectionSettings());
    connect(dialog, &QDialog::accepted, this, [this, dialog, then] {
        m_accounts->setConnectionSettings(dialog->settings());
        if (then)
            then();
    });
    m_settingsDialog = dialog;
    dialog->open();
}

void SignInController::signOut()
{
    m_accounts->signOut();
}

void SignInController::useSandbox()
{
    m_accounts->setMode(AccountManager::Mode::Sandbox);
}

void SignInController::restoreAtStartup()
{
    if (m_accounts->mode() == AccountManager::Mode::PartnerCenter)
        m_accounts->restoreSession();
}
