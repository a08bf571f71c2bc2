#include "removalblocker.h"

#include "core/display/displayformat.h"

#include <QLocale>

namespace {
QString dateText(const QDateTime &when)
{
    return when.isValid()
               ? DisplayFormat::dateTime(when)
               : RemovalBlocker::tr("an unknown date", "in: wait for the term end on %1");
}
} // namespace

RemovalBlocker RemovalBlocker::activeSubscription(const QString &id, const QString &name)
{
    return {Kind::ActiveSubscription, Action::Suspend, id, {}, name, {}};
}

RemovalBlocker RemovalBlocker::newCommerce(const QString &id, const QString &name, bool cancellable,
                                           const QDateTime &deadline)
{
    return {Kind::NewCommerceNotCancelled,
            cancellable ? Action::CancelSubscription : Action::GoToSubscriptions,
            id,
            {},
            name,
            deadline};
}

RemovalBlocker RemovalBlocker::reservation(const QString &orderId, const QString &name)
{
    return {Kind::Reservation, Action::External, {}, orderId, name, {}};
}

RemovalBlocker RemovalBlocker::softwarePurchase(const QString &orderId, const QString &name,
                                                const QDateTime &deadline)
{
    return {Kind::SoftwarePurchaseCancellable, Action::CancelOrder, {}, orderId, name, deadline};
}

RemovalBlocker RemovalBlocker::notLoaded()
{
    return {Kind::NotLoaded, Action::None, {}, {}, {}, {}};
}

RemovalBlocker RemovalBlocker::loadFailed(Data data)
{
    return {Kind::LoadFailed, Action::Retry, {}, {}, {}, {}, data};
}

QString RemovalBlocker::title() const
{
    switch (kind) {
    case Kind::ActiveSubscription:
        return tr("Active subscription: %1").arg(itemName);
    case Kind::NewCommerceNotCancelled:
        return tr("New-commerce subscription not cancelled: %1").arg(itemName);
    case Kind::Reservation:
        return tr("Azure reservation: %1").arg(itemName);
    case Kind::SoftwarePurchaseCancellable:
        return tr("Software purchase still cancellable: %1").arg(itemName);
    case Kind::NotLoaded:
        return tr("Subscriptions not loaded yet");
    case Kind::LoadFailed:
        return data == Data::Purchases ? tr("Purchases could not be loaded")
                                       : tr("Subscriptions could not be loaded");
    }
    return {};
}

QString RemovalBlocker::explanation() const
{
    switch (kind) {
    case Kind::ActiveSubscription:
        return tr("Suspend this subscription.");
    case Kind::NewCommerceNotCancelled:
        if (action == Action::CancelSubscription)
            return tr("New-commerce subscriptions keep being billed while suspended. Cancel it "
                      "before %1.")
                .arg(dateText(deadline));
        return tr("The cancellation window has passed. Turn auto-renew off and wait for the term "
                  "end on %1.")
            .arg(dateText(deadline));
    case Kind::Reservation:
        return tr("Azure reservations are cancelled in the Azure portal or through Azure "
                  "support, not here.");
    case Kind::SoftwarePurchaseCancellable:
        return tr("Cancel the order before %1, or wait until then.").arg(dateText(deadline));
    case Kind::NotLoaded:
        return tr("Whether the relationship can be removed is known once the customer's "
                  "subscriptions are loaded.");
    case Kind::LoadFailed:
        if (data == Data::Purchases)
            return tr("Without the customer's software purchases and Azure reservations it is "
                      "not known whether the relationship can be removed. Try again.");
        return tr("Without the customer's subscriptions it is not known whether the "
                  "relationship can be removed. Try again.");
    }
    return {};
}
