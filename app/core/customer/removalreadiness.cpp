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
// An add-on goes with its base when the base is suspended or cancelled here (Partner Center
// changes the add-ons with it): it is named in the base's blocker instead of one of its own.
void foldAddOns(const QList<Subscription> &subscriptions, QList<RemovalBlocker> *blockers)
{
    QHash<QString, QString> parentOf;
    for (const Subscription &s : subscriptions) {
        if (s.isAddOn())
            parentOf.insert(s.id, s.parentSubscriptionId);
    }
    const auto baseOf = [blockers](const QString &id) -> RemovalBlocker * {
        for (RemovalBlocker &b : *blockers) {
            if (b.subscriptionId == id && b.takesAddOns())
                return &b;
        }
        return nullptr;
    };
    for (qsizetype i = 0; i < blockers->size();) {
        RemovalBlocker *base = baseOf(parentOf.value(blockers->at(i).subscriptionId));
        if (base && base != &(*blockers)[i]) {
            base->names.append(blockers->at(i).itemName);
            blockers->removeAt(i);
        } else {
            ++i;
        }
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
                                                 const QDateTime &now, const AzurePlans &azure,
                                                 const QString &tenantId)
{
    QList<RemovalBlocker> out;
    for (const Subscription &s : subscriptions) {
        if (s.isMarketplace()) {
            if (s.isNewCommerce() ? stillBilled(s) : s.status.countsAsActive())
                out.append(RemovalBlocker::marketplace(s.id, s.displayName()));
        } else if (s.isNewCommerce()) {
            // Suspending does not stop new commerce: only cancelling or the term end does.
            if (!stillBilled(s))
                continue;
            const bool cancellable = s.canCancelAt(now);
            // Partner Center refuses any change to a suspended subscription (800091).
            const bool renewing =
                s.autoRenewEnabled && s.status.value() == SubscriptionStatus::Value::Active;
            out.append(RemovalBlocker::newCommerce(
                s.id, s.displayName(), cancellable,
                cancellable ? s.cancellationAllowedUntilDate : s.commitmentEndDate, renewing));
        } else if (s.status.countsAsActive()) {
            QStringList inUse;
            for (const AzureEntitlement &e : azure.value(s.id)) {
                if (s.isAzurePlan() && e.isActive())
                    inUse.append(e.friendlyName.isEmpty() ? e.id : e.friendlyName);
            }
            out.append(inUse.isEmpty() ? RemovalBlocker::activeSubscription(s.id, s.displayName())
                                       : RemovalBlocker::azurePlanInUse(
                                             s.id, s.displayName(), inUse,
                                             RemovalBlocker::azurePortal(
                                                 tenantId, u"blade/Microsoft_Azure_Billing/"
                                                           u"SubscriptionsBlade"_s)));
        }
    }
    foldAddOns(subscriptions, &out);
    for (const Entitlement &e : entitlements) {
        if ((e.isSavingsPlan() || e.type == Entitlement::Type::ReservedInstance) &&
            e.isActiveAt(now)) {
            RemovalBlocker b =
                e.isSavingsPlan()
                    ? RemovalBlocker::savingsPlan(
                          e.orderId, e.displayName(),
                          RemovalBlocker::azurePortal(
                              tenantId, u"browse/Microsoft.BillingBenefits%2FsavingsPlanOrders"_s))
                    : RemovalBlocker::reservation(
                          e.orderId, e.displayName(),
                          RemovalBlocker::azurePortal(
                              tenantId,
                              u"blade/Microsoft_Azure_Reservations/ReservationsBrowseBlade"_s));
            // Until when Azure takes it back for a refund, where it says.
            b.deadline = e.cancellationAllowedUntilDate;
            out.append(b);
        } else if (e.type == Entitlement::Type::Software && e.canCancelAt(now)) {
            out.append(RemovalBlocker::softwarePurchase(e.orderId, e.displayName(),
                                                        e.cancellationAllowedUntilDate));
        }
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
