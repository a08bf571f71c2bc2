#include "subscriptionstatusjob.h"

#include "core/audit/auditaction.h"
#include "core/display/displaynames.h"

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

    QList<Subscription> addOns;
    for (const Subscription &s : state()->subscriptions()) {
        if (s.parentSubscriptionId == id)
            addOns.append(s);
    }
    const Change c = subscriptionStatusChange(subscription, m_target,
                                              {id, subscription.displayName(), actionFor(m_target),
                                               subscription.status.toWire(), m_target.toWire()});
    change(c, [this, addOns](const JobItem &item, bool readBack) {
        if (readBack) {
            reportAddOns(item, addOns);
            next();
            return;
        }
        reread(CustomerState::Part::Subscriptions, [this, item, addOns](const ApiError &error) {
            if (!error.isError())
                reportAddOns(item, addOns);
            next();
        });
    });
}

void SubscriptionStatusJob::reportAddOns(const JobItem &base, const QList<Subscription> &before)
{
    if (!base.succeeded())
        return;
    for (const Subscription &old : before) {
        const Subscription *now = state()->subscription(old.id);
        if (!now || now->status == old.status)
            continue;
        JobItem item{old.id, old.displayName(),
                     now->status == m_target
                         ? actionFor(m_target)
                         : AuditAction::name(AuditAction::ChangeSubscriptionStatus),
                     old.status.toWire(), now->status.toWire()};
        item.outcome = JobItem::Outcome::Succeeded;
        item.withBase = base.id;
        // Done already: should it be queued too, it is not sent again (and counted once).
        if (m_queue.removeIf([&](const Subscription &queued) { return queued.id == old.id; }) == 0)
            setTotal(total() + 1);
        reportItem(item);
    }
}

QString SubscriptionStatusJob::describeWithBase(const JobItem &item)
{
    return tr("%1 is now %2, with its base subscription.", "%1 an add-on, %2 its status")
        .arg(item.name,
             DisplayNames::subscriptionStatus(SubscriptionStatus::fromWire(item.newStatus))
                 .toLower());
}
