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

    Change c;
    c.item = {id, subscription.displayName(), actionFor(m_target), subscription.status.toWire(),
              m_target.toWire()};
    c.send = [this, subscription](Change::Sent sent) {
        return client()->setSubscriptionStatus(
            state()->customerId(), subscription, m_target, this,
            [this, sent](const Result<Subscription> &result) {
                if (result.ok())
                    state()->applySubscription(result.value());
                sent(result.error(), result.ok() ? result.value().status.toWire() : QString());
            },
            callOptions());
    };
    c.readBack = CustomerState::Part::Subscriptions;
    c.applied = [this, id](const ApiError &readError) {
        const Subscription *now = state()->subscription(id);
        return !readError.isError() && now && now->status.value() == m_target.value();
    };
    change(c, [this](const JobItem &, bool readBack) {
        if (readBack) {
            next();
            return;
        }
        reread(CustomerState::Part::Subscriptions, [this](const ApiError &) { next(); });
    });
}
