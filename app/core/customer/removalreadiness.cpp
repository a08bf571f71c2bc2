#include "removalreadiness.h"

using namespace Qt::Literals::StringLiterals;

namespace {
bool stillBilled(const Subscription &s)
{
    // Cancelled (deleted), expired and disabled subscriptions are over; anything else,
    // including suspended and statuses we do not know, may still be billed.
    switch (s.status.value()) {
    case SubscriptionStatus::Value::Deleted:
    case SubscriptionStatus::Value::Expired:
    case SubscriptionStatus::Value::Disabled:
    case SubscriptionStatus::Value::None:
        return false;
    default:
        return true;
    }
}
} // namespace

QString RemovalReadiness::reason(const QList<RemovalBlocker> &blockers, int activeSubscriptions)
{
    if (blockers.isEmpty())
        return {};
    const RemovalBlocker::Kind first = blockers.constFirst().kind;
    if (first == RemovalBlocker::Kind::NotLoaded || first == RemovalBlocker::Kind::LoadFailed)
        return blockers.constFirst().explanation();
    if (activeSubscriptions > 0) {
        // The portal's own note, then how many are left.
        return tr("If any subscriptions are still active, the Remove reseller relationship "
                  "action is unavailable.") +
               u'\n' + tr("%Ln active subscription(s)", "", activeSubscriptions);
    }
    return tr("%Ln item(s) still block the removal.", "", int(blockers.size()));
}

QList<RemovalBlocker> RemovalReadiness::evaluate(const QList<Subscription> &subscriptions,
                                                 const QList<Entitlement> &entitlements,
                                                 const QDateTime &now)
{
    QList<RemovalBlocker> out;
    for (const Subscription &s : subscriptions) {
        if (s.isNewCommerce()) {
            // Suspending does not stop new commerce: only cancelling or the term end does.
            if (!stillBilled(s))
                continue;
            const bool cancellable = s.canCancelAt(now);
            out.append(RemovalBlocker::newCommerce(s.id, s.displayName(), cancellable,
                                                   cancellable ? s.cancellationAllowedUntilDate
                                                               : s.commitmentEndDate));
        } else if (s.status.countsAsActive()) {
            out.append(RemovalBlocker::activeSubscription(s.id, s.displayName()));
        }
    }
    for (const Entitlement &e : entitlements) {
        if (e.type == Entitlement::Type::ReservedInstance && e.isActiveAt(now))
            out.append(RemovalBlocker::reservation(e.orderId, e.displayName()));
        else if (e.type == Entitlement::Type::Software && e.canCancelAt(now))
            out.append(RemovalBlocker::softwarePurchase(e.orderId, e.displayName(),
                                                        e.cancellationAllowedUntilDate));
        // Software past its window is informational only: it no longer blocks.
    }
    return out;
}

QDateTime RemovalReadiness::nextChange(const QList<Subscription> &subscriptions,
                                       const QList<Entitlement> &entitlements, const QDateTime &now)
{
    QDateTime next;
    const auto consider = [&](const QDateTime &when) {
        if (when.isValid() && when > now && (!next.isValid() || when < next))
            next = when;
    };
    for (const Subscription &s : subscriptions) {
        if (s.isNewCommerce())
            consider(s.cancellationAllowedUntilDate);
    }
    for (const Entitlement &e : entitlements) {
        consider(e.cancellationAllowedUntilDate);
        consider(e.expiryDate);
    }
    return next;
}
