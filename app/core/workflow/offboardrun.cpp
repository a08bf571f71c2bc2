#include "offboardrun.h"

#include "core/api/graphclient.h"
#include "core/api/partnercenterclient.h"
#include "core/audit/auditlog.h"
#include "core/models/entitlementmodel.h"
#include "core/models/subscriptionmodel.h"
#include "core/workflow/cancelorderworkflow.h"
#include "core/workflow/removerelationshipworkflow.h"
#include "core/workflow/subscriptionstatuschange.h"

using namespace Qt::Literals::StringLiterals;

namespace {
std::optional<Subscription> find(const QList<Subscription> &list, const QString &id)
{
    for (const Subscription &s : list) {
        if (s.id == id)
            return s;
    }
    return std::nullopt;
}
} // namespace

OffboardRun::OffboardRun(PartnerCenterClient *client, GraphClient *graph, Clock *clock,
                         AuditLog *audit, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_graph(graph)
    , m_clock(clock)
    , m_audit(audit)
    , m_subscriptions(new SubscriptionModel(this))
    , m_entitlements(new EntitlementModel(this))
{
}

void OffboardRun::start(const Customer &customer, const OffboardPlan &plan,
                        const QList<Subscription> &subscriptions,
                        const QList<Entitlement> &entitlements)
{
    m_customer = customer;
    m_plan = plan;
    m_subscriptions->setCustomerId(customer.id);
    m_subscriptions->setSubscriptions(subscriptions);
    m_entitlements->setEntitlements(entitlements);
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

void OffboardRun::runSubscription(const OffboardPlan::Action &action,
                                  const SubscriptionStatus &target)
{
    const QList<Subscription> before = m_subscriptions->subscriptions();
    const std::optional<Subscription> subscription = find(before, action.itemId);
    if (!subscription) {
        m_failed = true;
        report(action.describe(), false, ApiError(ApiError::Kind::Unexpected));
        return next();
    }
    auto *change = new SubscriptionStatusChange(m_client, m_subscriptions, m_audit, this);
    connect(change, &SubscriptionStatusChange::finished, this,
            [this, change, action, before](bool ok, const Subscription &, const ApiError &error) {
                change->deleteLater();
                m_failed = m_failed || !ok;
                report(action.describe(), ok, error);
                // The model holds what the server says now: name every other subscription
                // that changed with it (add-ons follow their base), and audit it.
                for (const Subscription &old : before) {
                    const std::optional<Subscription> now =
                        find(m_subscriptions->subscriptions(), old.id);
                    if (old.id == action.itemId || !now || now->status == old.status)
                        continue;
                    AuditLog::record(m_audit,
                                     {u"suspendSubscription"_s, m_customer.id,
                                      m_customer.companyName(), old.id, old.displayName(),
                                      old.status.toWire()},
                                     AuditEntry::Outcome::Succeeded, now->status.toWire(), {}, {},
                                     tr("Changed with its base subscription."));
                    report(tr("\"%1\" is now %2 with its base subscription")
                               .arg(old.displayName(), now->status.displayName()),
                           true);
                }
                next();
            });
    change->start(m_customer.id, m_customer.companyName(), *subscription, target);
}

void OffboardRun::runAutoRenew(const OffboardPlan::Action &action)
{
    const std::optional<Subscription> subscription =
        find(m_subscriptions->subscriptions(), action.itemId);
    if (!subscription)
        return next();
    const CallOptions options;
    const AuditSubject subject{
        u"turnOffAutoRenew"_s,       m_customer.id,
        m_customer.companyName(),    subscription->id,
        subscription->displayName(), subscription->autoRenewEnabled ? u"on"_s : u"off"_s};
    AuditLog::record(m_audit, subject, AuditEntry::Outcome::Attempted, u"off"_s,
                     options.correlationId);
    m_client->setAutoRenew(
        m_customer.id, *subscription, false, this,
        [this, action, subject, options](const Result<Subscription> &result) {
            AuditLog::record(
                m_audit, subject,
                result.ok() ? AuditEntry::Outcome::Succeeded : AuditEntry::Outcome::Failed,
                u"off"_s, options.correlationId, result.ok() ? ApiError() : result.error());
            if (result.ok())
                m_subscriptions->updateSubscription(result.value());
            // Auto-renew off does not clear the blocker: a failure here is reported, not fatal.
            report(action.describe(), result.ok(), result.ok() ? ApiError() : result.error());
            next();
        },
        options);
}

void OffboardRun::runCancelOrder(const OffboardPlan::Action &action)
{
    const QList<Entitlement> rows = m_entitlements->entitlements();
    const auto found = std::find_if(rows.cbegin(), rows.cend(), [&](const Entitlement &e) {
        return e.orderId == action.itemId;
    });
    if (found == rows.cend())
        return next();
    auto *cancel = new CancelOrderWorkflow(m_client, m_entitlements, m_audit, this);
    cancel->setClock(m_clock);
    connect(cancel, &CancelOrderWorkflow::finished, this,
            [this, cancel, action](bool ok, const ApiError &error) {
                cancel->deleteLater();
                m_failed = m_failed || !ok;
                report(action.describe(), ok, error);
                next();
            });
    cancel->start(m_customer.id, m_customer.companyName(), *found);
}

void OffboardRun::runRemoval()
{
    const QString what = m_plan.actions().at(m_index).describe();
    auto *removal =
        new RemoveRelationshipWorkflow(m_client, m_clock, nullptr, nullptr, m_audit, this);
    connect(removal, &RemoveRelationshipWorkflow::succeeded, this, [this, removal, what] {
        removal->deleteLater();
        m_removed = true;
        report(what, true);
        next();
    });
    connect(removal, &RemoveRelationshipWorkflow::refused, this,
            [this, removal, what](const QList<RemovalBlocker> &blockers) {
                removal->deleteLater();
                QStringList titles;
                for (const RemovalBlocker &b : blockers)
                    titles.append(b.title());
                report(what, false, ApiError(ApiError::Kind::Refused, titles.join(u"; "_s)));
                emit finished(false);
            });
    connect(removal, &RemoveRelationshipWorkflow::failed, this,
            [this, removal, what](const ApiError &error) {
                removal->deleteLater();
                report(what, false, error);
                emit finished(false);
            });
    removal->start(m_customer);
}

void OffboardRun::runTerminate(const OffboardPlan::Action &action)
{
    if (!m_graph) {
        m_failed = true;
        report(action.describe(), false, ApiError(ApiError::Kind::Unexpected));
        return next();
    }
    const CallOptions options;
    const AuditSubject subject{u"terminateAdminRelationship"_s,
                               m_customer.id,
                               m_customer.companyName(),
                               action.itemId,
                               action.itemName,
                               u"active"_s};
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
            const AuditSubject subject{u"terminateAdminRelationship"_s,
                                       m_customer.id,
                                       m_customer.companyName(),
                                       action.itemId,
                                       action.itemName,
                                       u"active"_s};
            AuditLog::record(
                m_audit, subject,
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
