#pragma once

#include "core/job/jobitem.h"
#include "ui/appcontext.h"
#include "ui/detailspanel.h"

#include <QPointer>

#include <memory>

class CustomerState;
class QButtonGroup;
class QLabel;
class QPushButton;
class QRadioButton;
class SubscriptionStatusJob;
struct Subscription;
class SubscriptionStatus;

// The selected subscription, as the portal shows it: its details and a status choice
// (Active / Suspended, or Cancel subscription for new commerce inside its window) with Submit,
// which runs a SubscriptionStatusJob. Reads the subscription from the customer's state by id
// each time, so it always shows the server's state.
class SubscriptionDetailsPanel : public DetailsPanel
{
    Q_OBJECT

public:
    explicit SubscriptionDetailsPanel(const AppContext &context, QWidget *parent = nullptr);

    void setState(std::shared_ptr<CustomerState> state);
    void setSubscriptionId(const QString &id);
    QString subscriptionId() const { return m_id; }

    QRadioButton *activeChoice() const { return m_active; }
    QRadioButton *suspendedChoice() const { return m_suspended; }
    QRadioButton *cancelChoice() const { return m_cancel; }
    QPushButton *submitButton() const { return m_submit; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateFromState();
    void updateSubmit();
    void submit();
    void send(const Subscription &subscription, const SubscriptionStatus &target);
    bool isBusy() const;
    const Subscription *current() const;
    // A finished change's outcome, worded from what the server answered.
    void showResult(const OutcomeLabel::Scope &about, const JobItem &item);
    // Why the status cannot be changed at all, or empty.
    QString lockReason(const Subscription &subscription) const;

    AppContext m_context;
    std::shared_ptr<CustomerState> m_state;
    QPointer<SubscriptionStatusJob> m_job;
    QString m_id;
    QButtonGroup *m_choices;
    QRadioButton *m_active;
    QRadioButton *m_suspended;
    QRadioButton *m_cancel;
    // Under the cancel choice, wrapped: until when it is possible.
    QLabel *m_cancelUntil;
    QLabel *m_lockReason;
    QPushButton *m_submit;
};
