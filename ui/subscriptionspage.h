#pragma once

#include "ui/appcontext.h"
#include "ui/suspendalldialog.h"

#include <QPointer>
#include <QWidget>

class CustomerSession;
class QLabel;
class QPushButton;
class QStackedWidget;
class StatePanel;
class SubscriptionDetailsPanel;
class SubscriptionTableView;
class SuspendAllWorkflow;

// The customer's Subscriptions section: the table, the selected subscription's details with
// its status choice, and "Suspend all active…".
class SubscriptionsPage : public QWidget
{
    Q_OBJECT

public:
    SubscriptionsPage(CustomerSession *session, const AppContext &context,
                      QWidget *parent = nullptr);

    // Selects the subscription and puts the focus on its status choice (from a blocker).
    void showSubscription(const QString &subscriptionId);

    SubscriptionTableView *tableView() const { return m_table; }
    SubscriptionDetailsPanel *detailsPanel() const { return m_details; }
    QPushButton *suspendAllButton() const { return m_suspendAll; }
    SuspendAllDialog *suspendAllDialog() const { return m_dialog; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateState();
    void suspendAll();

    CustomerSession *m_session;
    AppContext m_context;
    SuspendAllWorkflow *m_workflow;
    QPointer<SuspendAllDialog> m_dialog;
    QLabel *m_summary;
    QPushButton *m_suspendAll;
    QPushButton *m_refresh;
    QStackedWidget *m_stack;
    QWidget *m_content;
    SubscriptionTableView *m_table;
    SubscriptionDetailsPanel *m_details;
    StatePanel *m_state;
};
