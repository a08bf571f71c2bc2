#include "customerpage.h"

#include "accountpage.h"
#include "api/partnercenterclient.h"
#include "customerheader.h"
#include "messageboxes.h"
#include "models/customersession.h"
#include "models/entitlementmodel.h"
#include "removalflow.h"
#include "removalpanel.h"
#include "subscriptionspage.h"
#include "workflow/removalreadiness.h"

#include <QEvent>
#include <QKeySequence>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

CustomerPage::CustomerPage(const AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_session(new CustomerSession(context.client, this))
    , m_readiness(new RemovalReadiness(m_session->subscriptionModel(),
                                       m_session->entitlementModel(), context.clock, this))
    , m_header(new CustomerHeader(this))
    , m_tabs(new QTabWidget(this))
    , m_subscriptions(new SubscriptionsPage(m_session, context, this))
    , m_account(new AccountPage(m_session, m_readiness, context, this))
    , m_flow(new RemovalFlow(context, m_session->subscriptionModel(), m_session->entitlementModel(),
                             this))
{
    m_readiness->followSession(m_session);
    m_tabs->addTab(m_subscriptions, QString());
    m_tabs->addTab(m_account, QString());
    m_tabs->setDocumentMode(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 10, 16, 8);
    layout->setSpacing(10);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);

    // Back like a browser: Alt+Left, or Escape when no dialog has the focus.
    for (const QKeySequence &key :
         {QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::Key_Escape)}) {
        auto *shortcut = new QShortcut(key, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &CustomerPage::backRequested);
    }
    connect(m_header, &CustomerHeader::backRequested, this, &CustomerPage::backRequested);
    connect(m_session, &CustomerSession::customerChanged, m_header, &CustomerHeader::setCustomer);
    connect(m_account, &AccountPage::removeRequested, this,
            [this] { m_flow->begin(m_session->customer()); });
    connect(m_account, &AccountPage::blockerActionRequested, this, &CustomerPage::onBlockerAction);
    connect(m_flow, &RemovalFlow::busyTextChanged, m_account->removalPanel(),
            &RemovalPanel::setBusyText);
    connect(m_flow, &RemovalFlow::removed, this, &CustomerPage::customerRemoved);
    retranslateUi();
}

void CustomerPage::open(const Customer &customer)
{
    m_session->open(customer);
    m_tabs->setCurrentWidget(m_subscriptions);
}

void CustomerPage::refresh()
{
    m_session->refresh();
}

void CustomerPage::showSubscriptions()
{
    m_tabs->setCurrentWidget(m_subscriptions);
}

void CustomerPage::showAccount()
{
    m_tabs->setCurrentWidget(m_account);
}

void CustomerPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CustomerPage::retranslateUi()
{
    m_tabs->setTabText(m_tabs->indexOf(m_subscriptions), tr("Subscriptions"));
    m_tabs->setTabText(m_tabs->indexOf(m_account), tr("Account", "customer page section"));
    m_tabs->setAccessibleName(tr("Customer sections"));
}

void CustomerPage::onBlockerAction(const RemovalBlocker &blocker)
{
    switch (blocker.action) {
    case RemovalBlocker::Action::GoToSubscriptions:
        showSubscriptions();
        break;
    case RemovalBlocker::Action::Suspend:
    case RemovalBlocker::Action::CancelSubscription:
        showSubscriptions();
        m_subscriptions->showSubscription(blocker.subscriptionId);
        break;
    case RemovalBlocker::Action::CancelOrder:
        cancelOrder(blocker);
        break;
    case RemovalBlocker::Action::Retry:
        m_session->refresh();
        break;
    case RemovalBlocker::Action::External:
    case RemovalBlocker::Action::None:
        break;
    }
}

void CustomerPage::cancelOrder(const RemovalBlocker &blocker)
{
    const Customer customer = m_session->customer();
    const EntitlementModel *entitlements = m_session->entitlementModel();
    const int row = entitlements->rowOfOrder(blocker.orderId);
    const Entitlement *entitlement = entitlements->entitlementAt(row);
    if (!entitlement)
        return;
    // Partner Center names the line item by its offer: product and SKU.
    const QString offerId = entitlement->skuId.isEmpty()
                                ? entitlement->productId
                                : entitlement->productId + QLatin1Char(':') + entitlement->skuId;
    const QString orderId = blocker.orderId;
    MessageBoxes::question(
        this, tr("Cancel software order"),
        tr("Cancel the order for %1? The purchase is refunded according to Microsoft's "
           "cancellation policy and cannot be restored.")
            .arg(blocker.itemName),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
        [this, customer, orderId, offerId](MessageBoxes::Button answer) {
            if (answer != QMessageBox::Yes)
                return;
            m_context.client->cancelOrder(
                customer.id, orderId, offerId, this, [this](const Result<Order> &result) {
                    if (!result.ok())
                        MessageBoxes::critical(this, tr("The order was not cancelled"),
                                               result.error().userMessage());
                    // Either way, show the server's state of things.
                    m_session->refresh();
                });
        },
        tr("Cancel order", "confirm cancelling a software order"));
}
