#include "customerpage.h"

#include "core/customer/customerstate.h"
#include "core/customer/indirectproviders.h"
#include "ui/accountpage.h"
#include "ui/customerheader.h"
#include "ui/purchasespage.h"
#include "ui/removalpanel.h"
#include "ui/removerelationshipflow.h"
#include "ui/subscriptionspage.h"

#include <QEvent>
#include <QKeySequence>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

CustomerPage::CustomerPage(const AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_header(new CustomerHeader(this))
    , m_tabs(new QTabWidget(this))
    , m_subscriptions(new SubscriptionsPage(context, this))
    , m_purchases(new PurchasesPage(context, this))
    , m_account(new AccountPage(context, this))
    , m_flow(new RemoveRelationshipFlow(context, this))
    , m_providers(new IndirectProviders(context.client, this))
{ // The portal's order, with the purchases that can block the removal before the Account.
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
    // The next and previous section from anywhere on the page, not only from inside the tabs
    // (the breadcrumb has the focus when a customer opens).
    const auto step = [this](int by) {
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + by + m_tabs->count()) % m_tabs->count());
    };
    for (const auto &[key, by] :
         {std::pair{QKeySequence(Qt::CTRL | Qt::Key_Tab), 1},
          std::pair{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab), -1},
          std::pair{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab), -1}}) {
        auto *shortcut = new QShortcut(key, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [step, by = by] { step(by); });
    }
    connect(m_header, &CustomerHeader::backRequested, this, &CustomerPage::backRequested);
    connect(m_account, &AccountPage::removeRequested, this, &CustomerPage::beginRemoval);
    connect(m_account, &AccountPage::blockerActionRequested, this, &CustomerPage::onBlockerAction);
    connect(m_flow, &RemoveRelationshipFlow::busyTextChanged, m_account->removalPanel(),
            &RemovalPanel::setBusyText);
    connect(m_flow, &RemoveRelationshipFlow::removed, this, &CustomerPage::customerRemoved);
    m_account->removalPanel()->setIndirectProviders(m_providers);
    retranslateUi();
}

void CustomerPage::open(const Customer &customer)
{
    if (m_state)
        disconnect(m_state.get(), nullptr, this, nullptr);
    m_state = CustomerState::create(m_context.client, m_context.clock, customer);
    m_state->setGraph(m_context.graph);
    m_header->setCustomer(customer);
    connect(m_state.get(), &CustomerState::customerChanged, m_header, &CustomerHeader::setCustomer);
    m_subscriptions->setState(m_state);
    m_purchases->setState(m_state);
    m_account->setState(m_state);
    m_tabs->setCurrentWidget(m_subscriptions);
    m_state->refresh();
    m_providers->read();
}

void CustomerPage::refresh()
{
    if (m_state)
        m_state->refresh();
}

void CustomerPage::beginRemoval()
{
    m_flow->begin(m_state);
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
    case RemovalBlocker::Action::Suspend:
    case RemovalBlocker::Action::CancelSubscription:
    case RemovalBlocker::Action::TurnOffAutoRenew:
        showSubscriptions();
        m_subscriptions->showSubscription(blocker.subscriptionId, blocker.action);
        break;
    case RemovalBlocker::Action::CancelOrder:
        // The same path as the Purchases section's own button, shown where it happens.
        showPurchases();
        m_purchases->cancelPurchase(blocker.orderId);
        break;
    case RemovalBlocker::Action::Retry:
        refresh();
        break;
    case RemovalBlocker::Action::External:
        // Cleared in Azure: the subscription (an Azure plan) or the purchase it is about.
        if (!blocker.subscriptionId.isEmpty()) {
            showSubscriptions();
            m_subscriptions->showSubscription(blocker.subscriptionId, blocker.action);
        } else if (!blocker.orderId.isEmpty()) {
            showPurchases();
            m_purchases->showPurchase(blocker.orderId);
        }
        break;
    case RemovalBlocker::Action::None:
        break;
    }
}
