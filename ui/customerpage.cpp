#include "customerpage.h"

#include "core/models/customersession.h"
#include "core/models/entitlementmodel.h"
#include "core/models/subscriptionmodel.h"
#include "core/workflow/removalreadiness.h"
#include "ui/accountpage.h"
#include "ui/customerheader.h"
#include "ui/purchasespage.h"
#include "ui/removalflow.h"
#include "ui/removalpanel.h"
#include "ui/subscriptionspage.h"

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
    , m_purchases(new PurchasesPage(m_session, context, this))
    , m_account(new AccountPage(m_session, m_readiness, context, this))
    , m_flow(new RemovalFlow(context, m_session->subscriptionModel(), m_session->entitlementModel(),
                             this))
{
    m_readiness->followSession(m_session);
    // A cancellation window reads as closed by the same clock that decides it.
    if (context.clock) {
        m_session->subscriptionModel()->setClock(context.clock);
        m_session->entitlementModel()->setClock(context.clock);
    }
    // The portal's order, with the purchases that can block the removal before the Account.
    m_tabs->addTab(m_subscriptions, QString());
    m_tabs->addTab(m_purchases, QString());
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

void CustomerPage::showPurchases()
{
    m_tabs->setCurrentWidget(m_purchases);
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
    const int purchases = m_tabs->indexOf(m_purchases);
    m_tabs->setTabText(purchases,
                       tr("Purchases", "customer page section: software and Azure reservations"));
    m_tabs->setTabToolTip(purchases, tr("Software purchases and Azure reservations"));
    m_tabs->setTabText(m_tabs->indexOf(m_account), tr("Account", "customer page section"));
    m_tabs->setAccessibleName(tr("Customer sections"));
    // Help → Keyboard shortcuts lists a page's own keys by what they say they do.
    const QList<QShortcut *> shortcuts = findChildren<QShortcut *>(Qt::FindDirectChildrenOnly);
    for (QShortcut *shortcut : shortcuts)
        shortcut->setWhatsThis(tr("Back to Customers"));
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
        // The same path as the Purchases section's own button, shown where it happens.
        showPurchases();
        m_purchases->cancelPurchase(blocker.orderId);
        break;
    case RemovalBlocker::Action::Retry:
        m_session->refresh();
        break;
    case RemovalBlocker::Action::External:
        // Cleared elsewhere (an Azure reservation): the Purchases section says where.
        if (!blocker.orderId.isEmpty()) {
            showPurchases();
            m_purchases->showPurchase(blocker.orderId);
        }
        break;
    case RemovalBlocker::Action::None:
        break;
    }
}
