#include "connectionstatus.h"

#include "core/auth/accountmanager.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

ConnectionStatus::ConnectionStatus(QWidget *parent)
    : QWidget(parent)
    , m_connection(new QLabel(this))
    , m_user(new ElidedLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_connection);
    // A long name with several roles gives way first on a narrow window, ending in "…".
    layout->addWidget(m_user, 1);
}

void ConnectionStatus::setConnection(const QUrl &endpoint, bool sandbox, const TokenClaims &claims,
                                     AccountManager *accounts)
{
    m_endpoint = endpoint;
    m_sandbox = sandbox;
    m_claims = claims;
    m_accounts = accounts;
    refresh();
}

void ConnectionStatus::setClaims(const TokenClaims &claims)
{
    m_claims = claims;
    refresh();
}

void ConnectionStatus::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void ConnectionStatus::refresh()
{
    const QString address = m_endpoint.toDisplayString();
    if (m_sandbox) {
        m_connection->setText(tr("Sandbox", "status bar: connected to the embedded sandbox"));
        m_connection->setToolTip(
            tr("Demo data on this computer (%1). Nothing reaches Partner Center.").arg(address));
    } else {
        m_connection->setText(m_endpoint.host());
        m_connection->setToolTip(address);
    }
    m_connection->setAccessibleName(
        tr("Connected to: %1", "status bar, for screen readers").arg(m_connection->text()));
    m_connection->setAccessibleDescription(m_connection->toolTip());

    if (m_accounts) {
        m_user->setText(m_accounts->statusText());
    } else if (m_claims.isValid()) {
        m_user->setText(tr("Signed in as %1 · %2", "user, roles")
                            .arg(m_claims.displayName(), m_claims.roleSummary()));
    } else {
        m_user->setText(tr("Signed in with an access token"));
    }
}
