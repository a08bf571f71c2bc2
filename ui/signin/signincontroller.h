#pragma once

#include "ui/signin/connectionsettingsdialog.h"
#include "ui/signin/devicecodedialog.h"

#include <QObject>
#include <QPointer>

class AccountManager;
class Clock;
class QWidget;

// The File menu's account actions for the main window: connection settings, sign in (device
// code), sign out, back to the sandbox. Dialogs open window-modal and never block; what goes
// wrong in the background (no keychain, sign-in expired) is told through MessageBoxes.
class SignInController : public QObject
{
    Q_OBJECT

public:
    SignInController(AccountManager *accounts, Clock *clock, QWidget *window);

    void setUrlOpener(DeviceCodeDialog::UrlOpener opener) { m_openUrl = std::move(opener); }

    // File → Sign in to Partner Center…: asks for the connection settings first if they are
    // not complete, then shows the code.
    void signIn();
    // File → Connection settings…
    void editConnectionSettings();
    // File → Sign out.
    void signOut();
    // File → Use the sandbox.
    void useSandbox();
    // At start-up, in Partner Center mode: redeem the remembered sign-in.
    void restoreAtStartup();

    // The dialogs while they are open, for tests.
    DeviceCodeDialog *deviceCodeDialog() const { return m_codeDialog; }
    ConnectionSettingsDialog *settingsDialog() const { return m_settingsDialog; }

signals:
    void signedIn();

private:
    // Opens the settings dialog; then() runs after OK.
    void askForSettings(std::function<void()> then);
    void showDeviceCode();

    AccountManager *m_accounts;
    Clock *m_clock;
    QWidget *m_window;
    DeviceCodeDialog::UrlOpener m_openUrl;
    QPointer<DeviceCodeDialog> m_codeDialog;
    QPointer<ConnectionSettingsDialog> m_settingsDialog;
};
