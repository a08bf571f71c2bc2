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

using namespace Qt::Literals::StringLiterals;

QUrl RemovalBlocker::azurePortal(const QString &tenantId, const QString &blade)
{
    // The portal opens in the customer's directory when it is named after the @.
    return QUrl(u"https://portal.azure.com/#@%1/%2"_s.arg(tenantId, blade));
}

bool RemovalBlocker::takesAddOns() const
{
    return action == Action::Suspend || action == Action::CancelSubscription;
}

RemovalBlocker RemovalBlocker::activeSubscription(const QString &id, const QString &name)
{
    return {Kind::ActiveSubscription, Action::Suspend, id, {}, name, {}};
}

RemovalBlocker RemovalBlocker::newCommerce(const QString &id, const QString &name, bool cancellable,
                                           const QDateTime &deadline, bool renewing)
{
    return {Kind::NewCommerceNotCancelled,
            cancellable ? Action::CancelSubscription
            : renewing  ? Action::TurnOffAutoRenew
                        : Action::GoToSubscriptions,
            id,
            {},
            name,
            deadline};
}

RemovalBlocker RemovalBlocker::marketplace(const QString &id, const QString &name)
{
    return {Kind::Marketplace, Action::CancelSubscription, id, {}, name, {}};
}

RemovalBlocker RemovalBlocker::azurePlanInUse(const QString &id, const QString &name,
                                              const QStringList &activeAzureSubscriptions,
                                              const QUrl &link)
{
    RemovalBlocker b{Kind::AzurePlanInUse, Action::External, id, {}, name, {}};
    b.names = activeAzureSubscriptions;
    b.link = link;
    return b;
}

RemovalBlocker RemovalBlocker::reservation(const QString &orderId, const QString &name,
                                           const QUrl &link)
{
    RemovalBlocker b{Kind::Reservation, Action::External, {}, orderId, name, {}};
    b.link = link;
    return b;
}

RemovalBlocker RemovalBlocker::savingsPlan(const QString &orderId, const QString &name,
                                           const QUrl &link)
{
    RemovalBlocker b{Kind::SavingsPlan, Action::External, {}, orderId, name, {}};
    b.link = link;
    return b;
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
    case Kind::SavingsPlan:
        return tr("Azure savings plan: %1").arg(itemName);
    case Kind::Marketplace:
        return tr("Marketplace subscription: %1").arg(itemName);
    case Kind::AzurePlanInUse:
        return tr("Azure plan with active Azure subscriptions: %1").arg(itemName);
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
        if (!names.isEmpty())
            return tr("Suspend this subscription. Its add-ons follow it: %1.")
                .arg(names.join(u", "_s));
        return tr("Suspend this subscription.");
    case Kind::NewCommerceNotCancelled:
        if (action == Action::CancelSubscription)
            return tr("New-commerce subscriptions keep being billed while suspended. Cancel it "
                      "before %1.")
                .arg(dateText(deadline));
        if (action == Action::TurnOffAutoRenew)
            return tr("The cancellation window has passed. Turn auto-renew off here; the "
                      "subscription stays, and is billed, until its term ends on %1.")
                .arg(dateText(deadline));
        return tr("The cancellation window has passed and auto-renew is off. The subscription "
                  "stays, and is billed, until its term ends on %1.")
            .arg(dateText(deadline));
    case Kind::Marketplace:
        return tr("Cancel this marketplace (SaaS) subscription.");
    case Kind::AzurePlanInUse:
        return tr("%Ln Azure subscription(s) under this plan are active: %1. Disable them in the "
                  "Azure portal; until then Partner Center refuses to suspend the plan (error "
                  "900115).",
                  "", int(names.size()))
            .arg(names.join(u", "_s));
    case Kind::Reservation:
        return tr("Azure reservations are cancelled in the Azure portal or through Azure "
                  "support, not here.");
    case Kind::SavingsPlan:
        return tr("Azure savings plans are cancelled in the Azure portal, not here.");
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
