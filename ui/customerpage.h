#pragma once

#include "core/customer/removalblocker.h"
#include "core/domain/customer.h"
#include "core/job/jobitem.h"
#include "ui/appcontext.h"

#include <QWidget>

#include <memory>

class AccountPage;
class CustomerHeader;
class CustomerState;
class IndirectProviders;
class PurchasesPage;
class RemoveRelationshipFlow;
class SubscriptionsPage;
class QTabWidget;

// One customer, as in the portal: header and breadcrumbs, then the Subscriptions, Purchases
// and Account sections as tabs. Every customer opened gets a CustomerState of its own, which
// the sections show and the jobs started from them report into; a job still running for the
// previous customer keeps that customer's state alive and never touches this one.
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
    // Remove reseller relationship for the customer shown: confirm, re-check, remove.
    void beginRemoval();

    // The customer shown; nullptr before the first is opened.
    CustomerState *state() const { return m_state.get(); }
    RemoveRelationshipFlow *removalFlow() const { return m_flow; }
    CustomerHeader *header() const { return m_header; }
    SubscriptionsPage *subscriptionsPage() const { return m_subscriptions; }
    PurchasesPage *purchasesPage() const { return m_purchases; }
    AccountPage *accountPage() const { return m_account; }
    QTabWidget *tabs() const { return m_tabs; }

signals:
    void backRequested();
    // With what became of the admin relationships (see RemoveRelationshipFlow::removed).
    void customerRemoved(const Customer &customer, const QList<JobItem> &terminations, int kept);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void onBlockerAction(const RemovalBlocker &blocker);

    AppContext m_context;
    std::shared_ptr<CustomerState> m_state;
    CustomerHeader *m_header;
    QTabWidget *m_tabs;
    SubscriptionsPage *m_subscriptions;
    PurchasesPage *m_purchases;
    AccountPage *m_account;
    RemoveRelationshipFlow *m_flow;
    // Read when the first customer is opened: the same for every customer of the connection.
    IndirectProviders *m_providers;
};
