#include "subscriptionstatusjob.h"

#include "core/audit/auditaction.h"
#include "core/display/displaynames.h"

#include <algorithm>

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
    // Bases first: an add-on listed with its base may have followed it by its turn.
    std::stable_partition(m_queue.begin(), m_queue.end(), [this](const Subscription &s) {
        return !s.isAddOn() || !isQueued(s.parentSubscriptionId);
    });
    setTotal(int(m_queue.size()));
    next();
}

bool SubscriptionStatusJob::isQueued(const QString &id) const
{
    return std::any_of(m_queue.cbegin(), m_queue.cend(),
                       [&id](const Subscription &s) { return s.id == id; });
}

void SubscriptionStatusJob::cancelled()
{
    // The change in flight reports itself, and then the add-ons that followed it (next() says
    // the rest were not started); the others are not started.
    QList<Subscription> rest;
    for (const Subscription &s : std::exchange(m_queue, {})) {
        if (!m_sending.isEmpty() && s.parentSubscriptionId == m_sending)
            m_queue.append(s);
        else
            rest.append(s);
    }
    reportUnsent(rest);
}

void SubscriptionStatusJob::reportUnsent(const QList<Subscription> &subscriptions)
{
    for (const Subscription &s : subscriptions)
        reportNotStarted(
            {s.id, s.displayName(), actionFor(m_target), s.status.toWire(), m_target.toWire()});
}

void SubscriptionStatusJob::next()
{
    m_sending.clear();
    if (isCancelled())
        reportUnsent(std::exchange(m_queue, {}));
    if (m_queue.isEmpty()) {
        finish();
        return;
    }
    // Sent as given: the whole subscription goes back with only its status changed.
    const Subscription subscription = m_queue.takeFirst();
    const QString id = subscription.id;
    m_sending = id;

    const QList<Subscription> addOns = state()->addOnsFollowing(subscription, m_target);
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
        // Only what the base's change explains: one that could follow it, now at the base's new
        // status, and not reported by this job already.
        const Subscription *now = state()->subscription(old.id);
        if (!now || now->status.value() != m_target.value() || isReported(old.id))
            continue;
        JobItem item{old.id, old.displayName(), actionFor(m_target), old.status.toWire(),
                     now->status.toWire()};
        item.outcome = JobItem::Outcome::Succeeded;
        item.withBase = base.id;
        // Done already: should it be queued too, it is not sent again (and counted once).
        if (m_queue.removeIf([&](const Subscription &queued) { return queued.id == old.id; }) == 0)
            setTotal(total() + 1);
        reportItem(item);
    }
}

bool SubscriptionStatusJob::isReported(const QString &id) const
{
    return std::any_of(result().items.cbegin(), result().items.cend(),
                       [&id](const JobItem &item) { return item.id == id; });
}

QString SubscriptionStatusJob::describeWithBase(const JobItem &item)
{
    return tr("%1 is now %2, with its base subscription.", "%1 an add-on, %2 its status")
        .arg(item.name,
             DisplayNames::subscriptionStatus(SubscriptionStatus::fromWire(item.newStatus))
                 .toLower());
}
