#include "offboardrun.h"

#include "core/job/autorenewjob.h"
#include "core/job/cancelorderjob.h"
#include "core/job/removerelationshipjob.h"
#include "core/job/subscriptionstatusjob.h"
#include "core/job/terminateadminrelationshipsjob.h"

using namespace Qt::Literals::StringLiterals;

OffboardRun::OffboardRun(std::shared_ptr<CustomerState> state, AuditLog *audit, QObject *parent)
    : QObject(parent)
    , m_state(std::move(state))
    , m_audit(audit)
{
}

void OffboardRun::start(const OffboardPlan &plan)
{
    m_customer = m_state->customer();
    m_plan = plan;
    m_index = -1;
    m_failed = false;
    m_removed = false;
    m_outcomes.clear();
    next();
}

void OffboardRun::report(const QString &what, bool done, const ApiError &error)
{
    Outcome outcome{what, done, error.isOutcomeUnknown(), error};
    m_outcomes.append(outcome);
    emit progressed(outcome);
}

void OffboardRun::next()
{
    ++m_index;
    if (m_stopped) {
        emit finished(false);
        return;
    }
    if (m_index >= m_plan.actions().size()) {
        bool complete = m_removed && !m_failed;
        emit finished(complete);
        return;
    }
    const OffboardPlan::Action &action = m_plan.actions().at(m_index);
    using Kind = OffboardPlan::ActionKind;
    // Nothing after the clearing is tried once something failed or still blocks.
    if ((m_failed || !m_plan.isComplete()) && action.kind == Kind::RemoveRelationship) {
        emit finished(false);
        return;
    }
    switch (action.kind) {
    case Kind::Suspend:
        return runSubscription(action, SubscriptionStatus::Value::Suspended);
    case Kind::Cancel:
        return runSubscription(action, SubscriptionStatus::Value::Deleted);
    case Kind::TurnOffAutoRenew:
        return runAutoRenew(action);
    case Kind::CancelOrder:
        return runCancelOrder(action);
    case Kind::RemoveRelationship:
        return runRemoval();
    case Kind::TerminateRelationship:
        return runTerminate(action);
    }
}

void OffboardRun::runJob(Job *job, const OffboardPlan::Action &action)
{
    job->setParent(this);
    job->setAutoDelete(true);
    connect(job, &Job::finished, this, [this, action](const JobResult &result) {
        const JobItem item = result.items.value(0);
        const bool removal = action.kind == OffboardPlan::ActionKind::RemoveRelationship;
        // Auto-renew off does not clear a blocker: its failure is reported, not fatal.
        if (action.kind != OffboardPlan::ActionKind::TurnOffAutoRenew)
            m_failed = m_failed || !item.succeeded();
        m_removed = m_removed || (removal && item.succeeded());
        report(action.describe(), item.succeeded(),
               item.succeeded()       ? ApiError()
               : item.error.isError() ? item.error
                                      : result.error);
        // The add-ons that changed with the action's subscription, as the job read them back
        // (and audited them).
        for (const JobItem &addOn : result.items) {
            if (!addOn.withBase.isEmpty())
                report(SubscriptionStatusJob::describeWithBase(addOn), true);
        }
        if (removal && !item.succeeded()) {
            emit finished(false);
            return;
        }
        next();
    });
    job->start();
}

void OffboardRun::runSubscription(const OffboardPlan::Action &action,
                                  const SubscriptionStatus &target)
{
    const Subscription *subscription = m_state->subscription(action.itemId);
    if (!subscription) {
        m_failed = true;
        report(action.describe(), false, ApiError(ApiError::Kind::Unexpected));
        return next();
    }
    runJob(new SubscriptionStatusJob(m_state, m_audit, {*subscription}, target), action);
}

void OffboardRun::runAutoRenew(const OffboardPlan::Action &action)
{
    const Subscription *subscription = m_state->subscription(action.itemId);
    if (!subscription)
        return next();
    runJob(new AutoRenewJob(m_state, m_audit, *subscription, false), action);
}

void OffboardRun::runCancelOrder(const OffboardPlan::Action &action)
{
    const Entitlement *purchase = m_state->purchase(action.itemId);
    if (!purchase)
        return next();
    runJob(new CancelOrderJob(m_state, m_audit, *purchase), action);
}

void OffboardRun::runRemoval()
{
    runJob(new RemoveRelationshipJob(m_state, m_audit), m_plan.actions().at(m_index));
}

void OffboardRun::runTerminate(const OffboardPlan::Action &action)
{
    const AdminRelationship *listed = m_state->adminRelationship(action.itemId);
    AdminRelationship relationship;
    if (listed) {
        relationship = *listed;
    } else {
        // Planned from a list the state does not hold: what the plan read is what is asked.
        relationship.id = action.itemId;
        relationship.displayName = action.itemName;
        relationship.status = u"active"_s;
    }
    runJob(new TerminateAdminRelationshipsJob(m_state, m_audit, {relationship}), action);
}
