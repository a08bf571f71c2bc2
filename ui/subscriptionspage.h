#pragma once

#include "core/customer/removalblocker.h"
#include "ui/appcontext.h"
#include "ui/suspendalldialog.h"
#include "ui/tablepage.h"

#include <QPointer>

#include <memory>

class CustomerState;
class QLabel;
class QPushButton;
class SubscriptionDetailsPanel;
class SubscriptionModel;
class SubscriptionTableView;

// The customer's Subscriptions section: the table, the selected subscription's details with
// its status choice, and "Suspend all active…".
class SubscriptionsPage : public TablePage
{
    Q_OBJECT

public:
    explicit SubscriptionsPage(const AppContext &context, QWidget *parent = nullptr);

    void setState(std::shared_ptr<CustomerState> state);
    // Selects the subscription and puts the focus where the blocker's action is done: the
    // Suspended or Cancel choice, or the auto-renew switch (which asks to turn it off).
    bool showSubscription(const QString &subscriptionId,
                          RemovalBlocker::Action action = RemovalBlocker::Action::Suspend);

    SubscriptionTableView *tableView() const { return m_table; }
    SubscriptionDetailsPanel *detailsPanel() const { return m_details; }
    QPushButton *suspendAllButton() const { return m_suspendAll; }
    SuspendAllDialog *suspendAllDialog() const { return m_dialog; }
    // "3 subscriptions · 2 active"; empty while not loaded.
    QString summaryText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateState();
    void suspendAll();

    AppContext m_context;
    std::shared_ptr<CustomerState> m_state;
    SubscriptionModel *m_model;
    QPointer<SuspendAllDialog> m_dialog;
    QLabel *m_summary;
    QPushButton *m_suspendAll;
    SubscriptionTableView *m_table;
    SubscriptionDetailsPanel *m_details;
};
