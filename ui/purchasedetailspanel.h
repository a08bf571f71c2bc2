#pragma once

#include "core/domain/apierror.h"
#include "core/domain/entitlement.h"
#include "ui/appcontext.h"
#include "ui/urlopener.h"

#include <QWidget>

class DetailsForm;
class EntitlementModel;
class HeadingLabel;
class QBoxLayout;
class QGroupBox;
class QLabel;
class QPushButton;

// The selected software purchase or Azure reservation: its details and what can be done about
// it. A software purchase inside its window can be cancelled here; a reservation is cancelled
// in the Azure portal, and the panel says so and opens it. Reads the purchase from the model by
// its order each time, so it always shows the server's state.
class PurchaseDetailsPanel : public QWidget
{
    Q_OBJECT

public:
    PurchaseDetailsPanel(EntitlementModel *model, const AppContext &context,
                         QWidget *parent = nullptr);

    void setOrderId(const QString &orderId);
    QString orderId() const { return m_orderId; }
    // While a cancellation runs the button waits; then the outcome is shown under it.
    void setBusy(bool busy);
    void showResult(bool ok, const QString &name, const ApiError &error);
    void setUrlOpener(UrlOpener::Function opener) { m_openUrl = std::move(opener); }

    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *portalButton() const { return m_portal; }
    QString explanationText() const;
    QString resultText() const;

    // Where Azure reservations are managed.
    static QUrl reservationsPortalUrl();

signals:
    void cancelRequested(const QString &orderId);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslateUi();
    void updateFromModel();
    void updateResult();
    QString explanation(const Entitlement &entitlement) const;

    EntitlementModel *m_model;
    AppContext m_context;
    UrlOpener::Function m_openUrl;
    QString m_orderId;
    HeadingLabel *m_name;
    QLabel *m_placeholder;
    QWidget *m_details;
    QBoxLayout *m_body;
    DetailsForm *m_form;
    QGroupBox *m_actionBox;
    QLabel *m_explanation;
    QPushButton *m_cancel;
    QPushButton *m_portal;
    QLabel *m_result;
    bool m_busy = false;
    // The last cancellation's outcome, kept to word it again after a language switch.
    bool m_hasResult = false;
    bool m_resultOk = false;
    QString m_resultName;
    ApiError m_resultError;
};
