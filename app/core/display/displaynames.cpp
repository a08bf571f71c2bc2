#include "displaynames.h"

using namespace Qt::Literals::StringLiterals;

QString DisplayNames::subscriptionStatus(const SubscriptionStatus &status)
{
    switch (status.value()) {
    case SubscriptionStatus::Value::None:
        return tr("None", "subscription status");
    case SubscriptionStatus::Value::Active:
        return tr("Active", "subscription status");
    case SubscriptionStatus::Value::Suspended:
        return tr("Suspended", "subscription status, as chosen in the status selector");
    case SubscriptionStatus::Value::Deleted:
        return tr("Cancelled", "subscription status (deleted on the wire)");
    case SubscriptionStatus::Value::Expired:
        return tr("Expired", "subscription status");
    case SubscriptionStatus::Value::Pending:
        return tr("Pending", "subscription status");
    case SubscriptionStatus::Value::Disabled:
        return tr("Disabled", "subscription status");
    case SubscriptionStatus::Value::Unknown:
        break;
    }
    return tr("Unknown (%1)", "subscription status the app does not know; %1 is the raw value")
        .arg(status.raw());
}

QString DisplayNames::billingCycle(const QString &raw)
{
    const QString cycle = raw.toLower();
    if (cycle == "monthly"_L1)
        return tr("Monthly", "billing cycle");
    if (cycle == "annual"_L1)
        return tr("Annual", "billing cycle");
    if (cycle == "triennial"_L1)
        return tr("Every three years", "billing cycle");
    if (cycle == "one_time"_L1)
        return tr("One time", "billing cycle");
    if (cycle.isEmpty() || cycle == "none"_L1 || cycle == "unknown"_L1)
        return tr("None", "billing cycle");
    return tr("Unknown (%1)", "billing cycle the app does not know; %1 is the raw value").arg(raw);
}

QString DisplayNames::entitlementType(Entitlement::Type type, const QString &rawType)
{
    switch (type) {
    case Entitlement::Type::Software:
        return tr("Software purchase");
    case Entitlement::Type::ReservedInstance:
        return tr("Azure reservation");
    case Entitlement::Type::Other:
        break;
    }
    if (!rawType.isEmpty())
        return tr("Unknown (%1)", "entitlement type the app does not know; %1 is the raw value")
            .arg(rawType);
    return tr("Other", "entitlement type");
}

QString DisplayNames::purchaseStatus(const QString &raw)
{
    const QString status = raw.toLower();
    if (status == "active"_L1)
        return tr("Active", "status of a purchase");
    if (status == "cancelled"_L1)
        return tr("Cancelled", "status of a purchase");
    if (status == "expired"_L1)
        return tr("Expired", "status of a purchase");
    if (status.isEmpty())
        return tr("Unknown", "status of a purchase");
    return tr("Unknown (%1)", "purchase status the app does not know; %1 is the raw value")
        .arg(raw);
}

QString DisplayNames::relationship(const QString &raw)
{
    const QString relationship = raw.toLower();
    if (relationship == "reseller"_L1)
        return tr("Reseller", "relationship to partner");
    if (relationship == "none"_L1)
        return tr("None", "relationship to partner");
    if (relationship == "advisor"_L1)
        return tr("Advisor", "relationship to partner");
    if (relationship.isEmpty())
        return tr("Unknown", "relationship to partner");
    return tr("Unknown (%1)", "relationship the app does not know; %1 is the raw value").arg(raw);
}
