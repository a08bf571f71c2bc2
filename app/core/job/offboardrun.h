#pragma once

#include "core/api/restclient.h"
#include "core/customer/customerstate.h"
#include "core/customer/offboardplan.h"
#include "core/domain/customer.h"

#include <QObject>
#include <QPointer>

#include <memory>

class AuditLog;
class Job;

// Carries out an OffboardPlan, one action after the other, with the jobs the pages use (each
// audited, each reading the server's truth back into the customer's state): what can be cleared
// here is cleared; the relationship is removed only when the plan has no blocker left (the removal
// re-reads and refuses on its own too); the admin relationships are terminated after it. A failure
// before the removal stops the run. Every result — including subscriptions the server changed along
// (add-ons following their base) — is reported with its correlation id.
class OffboardRun : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        QString what; // the action, or the subscription that changed along
        bool done = false;
        bool unknown = false; // the answer was lost and reading back did not tell
        ApiError error;
    };

    // state holds what the plan was made from; its Graph client terminates the admin
    // relationships.
    OffboardRun(std::shared_ptr<CustomerState> state, AuditLog *audit, QObject *parent = nullptr);

    void start(const OffboardPlan &plan);
    // Starts no further action: the one in flight finishes, then finished(false).
    void stop() { m_stopped = true; }
    const QList<Outcome> &outcomes() const { return m_outcomes; }
    bool removed() const { return m_removed; }

signals:
    void progressed(const OffboardRun::Outcome &outcome);
    // complete: removed, and every admin relationship of the plan terminated.
    void finished(bool complete);

private:
    void next();
    void report(const QString &what, bool done, const ApiError &error = {});
    // Runs a job for the action, reports its one item, and goes on.
    void runJob(Job *job, const OffboardPlan::Action &action);
    void runSubscription(const OffboardPlan::Action &action, const SubscriptionStatus &target);
    void runAutoRenew(const OffboardPlan::Action &action);
    void runCancelOrder(const OffboardPlan::Action &action);
    void runRemoval();
    void runTerminate(const OffboardPlan::Action &action);

    std::shared_ptr<CustomerState> m_state;
    AuditLog *m_audit;
    Customer m_customer;
    OffboardPlan m_plan;
    int m_index = -1;
    bool m_failed = false;
    bool m_removed = false;
    bool m_stopped = false;
    QList<Outcome> m_outcomes;
};
