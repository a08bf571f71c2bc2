#pragma once

#include "core/domain/apierror.h"
#include "ui/appcontext.h"

#include <QWidget>

class CancelOrderWorkflow;
class CustomerSession;
class EntitlementTableView;
class PurchaseDetailsPanel;
class QLabel;
class QPushButton;
class QStackedWidget;
class StatePanel;

// The customer's Software purchases and Azure reservations: the table, the selected purchase's
// details, and cancelling a software purchase inside its window (asked first, then core's
// CancelOrderWorkflow, which re-reads the purchases so the table shows the server's state).
class PurchasesPage : public QWidget
{
    Q_OBJECT

public:
    PurchasesPage(CustomerSession *session, const AppContext &context, QWidget *parent = nullptr);

    // Selects the purchase and puts the focus on what can be done about it.
    bool showPurchase(const QString &orderId);
    // Selects the purchase and asks whether to cancel its order (a blocker's action).
    void cancelPurchase(const QString &orderId);

    EntitlementTableView *tableView() const { return m_table; }
    PurchaseDetailsPanel *detailsPanel() const { return m_details; }
    CancelOrderWorkflow *workflow() const { return m_workflow; }
    StatePanel *statePanel() const { return m_state; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateState();
    void onCancelFinished(bool ok, const ApiError &error);

    CustomerSession *m_session;
    AppContext m_context;
    CancelOrderWorkflow *m_workflow;
    QLabel *m_summary;
    QPushButton *m_refresh;
    QStackedWidget *m_stack;
    QWidget *m_content;
    EntitlementTableView *m_table;
    PurchaseDetailsPanel *m_details;
    StatePanel *m_state;
    // The purchase being cancelled, for the result's wording.
    QString m_cancellingName;
    QString m_cancellingOrderId;
};
