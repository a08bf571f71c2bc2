#pragma once

#include "core/job/jobresult.h"
#include "ui/appcontext.h"
#include "ui/detailspanel.h"

#include <QPointer>

#include <functional>
#include <memory>

class CustomerState;
class Job;
class QButtonGroup;
class QCheckBox;
class QLabel;
class QPushButton;
class QRadioButton;
struct Subscription;
class SubscriptionStatus;

// The selected subscription, as the portal shows it: its details and a status choice
// (Active / Suspended, or Cancel subscription for new commerce inside its window and for
// marketplace subscriptions) with Submit, which runs a SubscriptionStatusJob; an add-on names
// its base and a base its add-ons, each a link to it, and a base says before the click that
// suspending it suspends its active add-ons too (the result names each); for new commerce
// an auto-renew switch, which runs an AutoRenewJob (turning it off asked first). Reads the
// subscription from the customer's state by id each time, so it always shows the server's state.
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
    QCheckBox *autoRenewSwitch() const { return m_autoRenew; }
    // Under the Suspended choice: the add-ons that follow a base; hidden when none would.
    QLabel *addOnsNote() const { return m_addOnsNote; }
    // The rows naming the base subscription and the add-ons, as links.
    QLabel *baseLinks() const;
    QLabel *addOnLinks() const;
    // Asks to turn the shown subscription's auto-renew off, as unticking the switch does.
    void turnAutoRenewOff();

signals:
    // A link to another subscription of the customer (a base or an add-on) was followed.
    void subscriptionRequested(const QString &id);
    // A change is about to be sent: the action's controls are disabled until it ends.
    void changeStarted();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateFromState();
    void updateSubmit();
    void submit();
    void send(const Subscription &subscription, const SubscriptionStatus &target);
    void autoRenewClicked(bool on);
    void sendAutoRenew(const Subscription &subscription, bool on);
    // Runs the job; its item's outcome is shown, worded by succeeded when it succeeded, with
    // every add-on that changed with it.
    void run(Job *job, std::function<QString(const JobItem &)> succeeded);
    bool isBusy() const;
    const Subscription *current() const;
    // A finished change's outcome, worded from what the server answered.
    void showResult(const OutcomeLabel::Scope &about, const JobResult &result,
                    const std::function<QString(const JobItem &)> &succeeded);
    // Why the status cannot be changed at all, or empty.
    QString lockReason(const Subscription &subscription) const;

    AppContext m_context;
    std::shared_ptr<CustomerState> m_state;
    QPointer<Job> m_job;
    QString m_id;
    QButtonGroup *m_choices;
    QRadioButton *m_active;
    QRadioButton *m_suspended;
    QRadioButton *m_cancel;
    // Under the cancel choice, wrapped: until when it is possible.
    QLabel *m_cancelUntil;
    QLabel *m_addOnsNote;
    QLabel *m_lockReason;
    QPushButton *m_submit;
    QCheckBox *m_autoRenew;
};
