#pragma once

#include "core/auth/tokenclaims.h"
#include "ui/elidedlabel.h"

#include <QUrl>
#include <QWidget>

class AccountManager;

// The status bar's account corner: where the app is connected ("Sandbox", or the endpoint's
// host) and who is signed in, with roles. Both labels carry accessible names so a screen
// reader can find them.
class ConnectionStatus : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionStatus(QWidget *parent = nullptr);

    // accounts is given in Partner Center mode: its sign-in state is what the user sees then.
    void setConnection(const QUrl &endpoint, bool sandbox, const TokenClaims &claims,
                       AccountManager *accounts);
    // Re-reads the sign-in state, e.g. after a sign-in, sign-out or token refresh.
    void refresh();
    void setClaims(const TokenClaims &claims);

    QLabel *connectionLabel() const { return m_connection; }
    QLabel *userLabel() const { return m_user; }

protected:
    void changeEvent(QEvent *event) override;

private:
    QLabel *m_connection;
    ElidedLabel *m_user;
    QUrl m_endpoint;
    bool m_sandbox = false;
    TokenClaims m_claims;
    AccountManager *m_accounts = nullptr;
};
