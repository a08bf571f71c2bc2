#pragma once

#include "core/domain/entitlement.h"
#include "core/domain/subscriptionstatus.h"

#include <QCoreApplication>
#include <QString>

// The words for Partner Center's values, translated, in one place: the tables, the details
// panels, the CLI and the jobs' messages all say "Suspended" or "Every three years" the same
// way. A value this app does not know is shown as "Unknown (raw value)", never dropped.
class DisplayNames
{
    Q_DECLARE_TR_FUNCTIONS(DisplayNames)

public:
    static QString subscriptionStatus(const SubscriptionStatus &status);
    static QString billingCycle(const QString &raw);
    // rawType is shown for a type this app does not know.
    static QString entitlementType(Entitlement::Type type, const QString &rawType = {});
    static QString purchaseStatus(const QString &raw);
    // A customer's relationshipToPartner ("reseller", "none", ...).
    static QString relationship(const QString &raw);
};
