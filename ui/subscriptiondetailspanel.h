#pragma once

#include "core/domain/apierror.h"
#include "ui/appcontext.h"

#include <QWidget>

class CustomerSession;
class DetailsForm;
class HeadingLabel;
class QBoxLayout;
class QButtonGroup;
class QGroupBox;
class QLabel;
class QPushButton;
class QRadioButton;
class SubscriptionStatusChange;
struct Subscription;

// The selected subscription, as the portal shows it: its details and a status choice
// (Active / Suspended, or Cancel subscription for new commerce inside its window) with Submit.
// Reads the subscription from the model by id each time, so it always shows the server's state.
class SubscriptionDetailsPanel : public QWidget
{
    Q_OBJECT

public:
    SubscriptionDetailsPanel(CustomerSession *session, const AppContext &context,
                             QWidget *parent = nullptr);

    void setSubscriptionId(const QString &id);
    QString subscriptionId() const { return m_id; }

    QRadioButton *activeChoice() const { return m_active; }
    QRadioButton *suspendedChoice() const { return m_suspended; }
    QRadioButton *cancelChoice() const { return m_cancel; }
    QPushButton *submitButton() const { return m_submit; }
    QString resultText() const;
    DetailsForm *form() const { return m_form; }

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslateUi();
    void updateFromModel();
    void updateSubmit();
    void submit();
    // The last submit's outcome, worded against the subscription as it is now.
    void showResult(const Subscription &current);
    // Why the status cannot be changed at all, or empty.
    QString lockReason(const Subscription &subscription) const;

    CustomerSession *m_session;
    AppContext m_context;
    SubscriptionStatusChange *m_change;
    QString m_id;
    HeadingLabel *m_name;
    QLabel *m_placeholder;
    QWidget *m_details;
    QBoxLayout *m_body;
    DetailsForm *m_form;
    QGroupBox *m_choiceBox;
    QButtonGroup *m_choices;
    QRadioButton *m_active;
    QRadioButton *m_suspended;
    QRadioButton *m_cancel;
    QLabel *m_lockReason;
    QPushButton *m_submit;
    QLabel *m_result;
    bool m_resultOk = false;
    ApiError m_resultError;
    QString m_resultName;
};
