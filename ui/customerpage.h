#pragma once

#include "core/domain/customer.h"
#include "core/workflow/removalblocker.h"
#include "ui/appcontext.h"

#include <QWidget>

class AccountPage;
class CustomerHeader;
class CustomerSession;
class PurchasesPage;
class RemovalFlow;
class RemovalReadiness;
class SubscriptionsPage;
class QTabWidget;

// One customer, as in the portal: header and breadcrumbs, then the Subscriptions, Purchases
// and Account sections as tabs. Owns the customer's session (the models) and the readiness bound to
// them; reused for every customer opened.
class CustomerPage : public QWidget
{
    Q_OBJECT

public:
    CustomerPage(const AppContext &context, QWidget *parent = nullptr);

    void open(const Customer &customer);
    void refresh();
    void showSubscriptions();
    void showPurchases();
    void showAccount();

    CustomerSession *session() const { return m_session; }
    RemovalReadiness *readiness() const { return m_readiness; }
    RemovalFlow *removalFlow() const { return m_flow; }
    CustomerHeader *header() const { return m_header; }
    SubscriptionsPage *subscriptionsPage() const { return m_subscriptions; }
    PurchasesPage *purchasesPage() const { return m_purchases; }
    AccountPage *accountPage() const { return m_account; }
    QTabWidget *tabs() const { return m_tabs; }

signals:
    void backRequested();
    void customerRemoved(const Customer &customer);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void onBlockerAction(const RemovalBlocker &blocker);

    AppContext m_context;
    CustomerSession *m_session;
    RemovalReadiness *m_readiness;
    CustomerHeader *m_header;
    QTabWidget *m_tabs;
    SubscriptionsPage *m_subscriptions;
    PurchasesPage *m_purchases;
    AccountPage *m_account;
    RemovalFlow *m_flow;
};
