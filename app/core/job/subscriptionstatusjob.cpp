#include "subscriptionstatusjob.h"

#include "core/audit/auditaction.h"

using namespace Qt::Literals::StringLiterals;

namespace {
QString actionFor(const SubscriptionStatus &target)
{
    switch (target.value()) {
    case SubscriptionStatus::Value::Suspended:
        return AuditAction::name(AuditAction::SuspendSubscription);
    case SubscriptionStatus::Value::Active:
        return AuditAction::name(AuditAction::ReactivateSubscription);
    case SubscriptionStatus::Value::Deleted:
        return AuditAction::name(AuditAction::CancelSubscription);
    default:
        return AuditAction::name(AuditAction::ChangeSubscriptionStatus);
    }
}
} // namespace

SubscriptionStatusJob::SubscriptionStatusJob(std::shared_ptr<CustomerState> state, AuditLog *audit,
                                             const QList<Subscription> &subscriptions,
                                             const SubscriptionStatus &target, QObject *parent)
    : Job(std::move(state), audit, parent)
    , m_queue(subscriptions)
    , m_target(target)
{
}

void SubscriptionStatusJob::run()
{
    setTotal(int(m_queue.size()));
    next();
}

void SubscriptionStatusJob::cancelled()
{
    // The change in flight reports itself; the rest are not started.
    const QList<Subscription> rest = std::exchange(m_queue, {});
    for (const Subscription &s : rest)
        reportNotStarted(
            {s.id, s.displayName(), actionFor(m_target), s.status.toWire(), m_target.toWire()});
}

void SubscriptionStatusJob::next()
{
    if (m_queue.isEmpty() || isCancelled()) {
        finish();
        return;
    }
    // Sent as given: the whole subscription goes back with only its status changed.
    const Subscription subscription = m_queue.takeFirst();
    const QString id = subscription.id;

    const Change c = subscriptionStatusChange(subscription, m_target,
                                              {id, subscription.displayName(), actionFor(m_target),
                                               subscription.status.toWire(), m_target.toWire()});
    change(c, [this](const JobItem &, bool readBack) {
        if (readBack) {
            next();
            return;
        }
        reread(CustomerState::Part::Subscriptions, [this](const ApiError &) { next(); });
    });
}
