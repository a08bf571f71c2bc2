#pragma once

#include "core/domain/entitlement.h"
#include "core/job/jobitem.h"
#include "ui/appcontext.h"
#include "ui/detailspanel.h"
#include "ui/urlopener.h"

class CustomerState;
class QLabel;
class QPushButton;

// The selected software purchase or Azure reservation: its details and what can be done about
// it. A software purchase inside its window can be cancelled here; a reservation is cancelled
// in the Azure portal, and the panel says so and opens it. Reads the purchase from the
// customer's state by its order each time, so it always shows the server's state.
class PurchaseDetailsPanel : public DetailsPanel
{
    Q_OBJECT

public:
    explicit PurchaseDetailsPanel(const AppContext &context, QWidget *parent = nullptr);

    void setState(CustomerState *state);
    void setOrderId(const QString &orderId);
    QString orderId() const { return m_orderId; }
    // While a cancellation runs the button waits; then the outcome is shown under it, if the
    // panel still shows that customer's order.
    void setBusy(bool busy);
    void showResult(const CustomerState *state, const JobItem &item);
    void setUrlOpener(UrlOpener::Function opener) { m_openUrl = std::move(opener); }

    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *portalButton() const { return m_portal; }
    QString explanationText() const;

    // Where Azure reservations are managed.
    static QUrl reservationsPortalUrl();

signals:
    void cancelRequested(const QString &orderId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateFromState();
    QString explanation(const Entitlement &entitlement) const;

    AppContext m_context;
    CustomerState *m_state = nullptr;
    UrlOpener::Function m_openUrl;
    QString m_orderId;
    QLabel *m_explanation;
    QPushButton *m_cancel;
    QPushButton *m_portal;
    bool m_busy = false;
};
