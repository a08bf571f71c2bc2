#pragma once

#include "ui/appcontext.h"
#include "ui/tablepage.h"

#include <QPointer>

#include <memory>

class CancelOrderJob;
class CustomerState;
class EntitlementModel;
class EntitlementTableView;
class PurchaseDetailsPanel;
class QLabel;
struct JobResult;

// The customer's Software purchases and Azure reservations: the table, the selected purchase's
// details, and cancelling a software purchase inside its window (asked first, then a
// CancelOrderJob, which reads the purchases again so the table shows the server's state).
class PurchasesPage : public TablePage
{
    Q_OBJECT

public:
    explicit PurchasesPage(const AppContext &context, QWidget *parent = nullptr);

    void setState(std::shared_ptr<CustomerState> state);
    // Selects the purchase and puts the focus on what can be done about it.
    bool showPurchase(const QString &orderId);
    // Selects the purchase and asks whether to cancel its order (a blocker's action).
    void cancelPurchase(const QString &orderId);
    bool isCancelling() const;

    EntitlementTableView *tableView() const { return m_table; }
    PurchaseDetailsPanel *detailsPanel() const { return m_details; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateState();
    void onCancelFinished(const JobResult &result);

    AppContext m_context;
    std::shared_ptr<CustomerState> m_state;
    EntitlementModel *m_model;
    QPointer<CancelOrderJob> m_job;
    QLabel *m_summary;
    EntitlementTableView *m_table;
    PurchaseDetailsPanel *m_details;
};
