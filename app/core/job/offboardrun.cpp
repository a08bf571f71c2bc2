#include "offboardrun.h"

#include "core/api/graphclient.h"
#include "core/api/partnercenterclient.h"
#include "core/audit/auditlog.h"
#include "core/display/displaynames.h"
#include "core/job/cancelorderjob.h"
#include "core/job/removerelationshipjob.h"
#include "core/job/subscriptionstatusjob.h"

using namespace Qt::Literals::StringLiterals;

OffboardRun::OffboardRun(std::shared_ptr<CustomerState> state, GraphClient *graph, AuditLog *audit,
                         QObject *parent)
    : QObject(parent)
    , m_state(std::move(state))
    , m_graph(graph)
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
    const QList<Subscription> before = m_state->subscriptions();
    connect(job, &Job::finished, this, [this, action, before](const JobResult &result) {
        const JobItem item = result.items.value(0);
        const bool removal = action.kind == OffboardPlan::ActionKind::RemoveRelationship;
        m_failed = m_failed || !item.succeeded();
        m_removed = m_removed || (removal && item.succeeded());
        report(action.describe(), item.succeeded(),
               item.succeeded()       ? ApiError()
               : item.error.isError() ? item.error
                                      : result.error);
        // The state holds what the server says now: name every other subscription that
        // changed with the action (add-ons follow their base), and audit it.
        for (const Subscription &old : before) {
            const Subscription *now = m_state->subscription(old.id);
            if (old.id == action.itemId || !now || now->status == old.status)
                continue;
            AuditLog::record(m_audit,
                             {u"suspendSubscription"_s, m_customer.id, m_customer.companyName(),
                              old.id, old.displayName(), old.status.toWire()},
                             AuditEntry::Outcome::Succeeded, now->status.toWire(), {}, {},
                             tr("Changed with its base subscription."));
            report(tr("\"%1\" is now %2 with its base subscription")
                       .arg(old.displayName(), DisplayNames::subscriptionStatus(now->status)),
                   true);
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
    const CallOptions options;
    const AuditSubject subject{
        u"turnOffAutoRenew"_s,       m_customer.id,
        m_customer.companyName(),    subscription->id,
        subscription->displayName(), subscription->autoRenewEnabled ? u"on"_s : u"off"_s};
    AuditLog::record(m_audit, subject, AuditEntry::Outcome::Attempted, u"off"_s,
                     options.correlationId);
    m_state->client()->setAutoRenew(
        m_customer.id, *subscription, false, this,
        [this, action, subject, options](const Result<Subscription> &result) {
            AuditLog::record(
                m_audit, subject,
                result.ok() ? AuditEntry::Outcome::Succeeded : AuditEntry::Outcome::Failed,
                u"off"_s, options.correlationId, result.ok() ? ApiError() : result.error());
            if (result.ok())
                m_state->applySubscription(result.value());
            // Auto-renew off does not clear the blocker: a failure here is reported, not fatal.
            report(action.describe(), result.ok(), result.ok() ? ApiError() : result.error());
            next();
        },
        options);
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

AuditSubject OffboardRun::terminationSubject(const OffboardPlan::Action &action) const
{
    return {u"terminateAdminRelationship"_s,
            m_customer.id,
            m_customer.companyName(),
            action.itemId,
            action.itemName,
            u"active"_s};
}

void OffboardRun::runTerminate(const OffboardPlan::Action &action)
{
    if (!m_graph) {
        m_failed = true;
        report(action.describe(), false, ApiError(ApiError::Kind::Unexpected));
        return next();
    }
    const CallOptions options;
    const AuditSubject subject = terminationSubject(action);
    AuditLog::record(m_audit, subject, AuditEntry::Outcome::Attempted, u"terminationRequested"_s,
                     options.correlationId);
    m_graph->terminateAdminRelationship(
        action.itemId, this,
        [this, action, subject, options](const Result<GraphCodec::RelationshipRequest> &result) {
            if (!result.ok() && result.error().isOutcomeUnknown())
                return readBackTermination(action, result.error());
            AuditLog::record(m_audit, subject,
                             result.ok() ? AuditEntry::Outcome::Succeeded
                                         : AuditEntry::Outcome::Failed,
                             u"terminationRequested"_s, options.correlationId,
                             result.ok() ? ApiError() : result.error());
            m_failed = m_failed || !result.ok();
            report(action.describe(), result.ok(), result.ok() ? ApiError() : result.error());
            next();
        },
        options);
}

void OffboardRun::readBackTermination(const OffboardPlan::Action &action, const ApiError &lost)
{
    // The answer was lost: the relationship's own status tells whether the request arrived.
    m_graph->getAdminRelationship(
        action.itemId, this, [this, action, lost](const Result<AdminRelationship> &read) {
            const bool terminated =
                read.ok() && (read.value().isEnding() || read.value().isEnded());
            AuditLog::record(
                m_audit, terminationSubject(action),
                terminated ? AuditEntry::Outcome::Succeeded : AuditEntry::Outcome::Failed,
                read.ok() ? read.value().status : QString(), {}, terminated ? ApiError() : lost,
                tr("Read back after the answer was lost."));
            m_failed = m_failed || !terminated;
            ApiError error = terminated ? ApiError() : lost;
            if (!terminated && read.ok())
                error.setOutcomeUnknown(false); // read back: it did not happen
            report(action.describe(), terminated, error);
            next();
        });
}
