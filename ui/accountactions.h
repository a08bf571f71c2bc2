#pragma once

#include <QObject>

class AccountManager;
class Clock;
class QAction;
class QMenu;
class QWidget;
class SignInController;

// The File menu's account actions — sign in, connection settings, use the sandbox, sign out —
// kept in step with the AccountManager. The actions are inserted where the menu is when
// constructed; the window only hears that the status may have changed.
class AccountActions : public QObject
{
    Q_OBJECT

public:
    AccountActions(AccountManager *accounts, Clock *clock, QMenu *menu, QWidget *window);

    QAction *signInAction() const { return m_signIn; }
    QAction *connectionSettingsAction() const { return m_connectionSettings; }
    QAction *useSandboxAction() const { return m_useSandbox; }
    QAction *signOutAction() const { return m_signOut; }
    SignInController *controller() const { return m_controller; }

    void retranslateUi();

signals:
    void statusChanged();

private:
    void update();
    void useSandboxTriggered(bool checked);

    AccountManager *m_accounts;
    SignInController *m_controller;
    QAction *m_signIn;
    QAction *m_connectionSettings;
    QAction *m_useSandbox;
    QAction *m_signOut;
};
