#pragma once

#include <QString>

// An Azure subscription under a customer's Azure plan, as Partner Center lists it ("Get a list of
// Azure entitlements for a subscription"). While one is active the plan cannot be suspended
// (900115); it is disabled in the Azure portal.
struct AzureEntitlement
{
    QString id; // the Azure subscription id
    QString friendlyName;
    QString status;         // "active", "disabled", or anything new, kept raw
    QString subscriptionId; // the Azure plan it belongs to

    bool isActive() const
    {
        return status.compare(QLatin1StringView("active"), Qt::CaseInsensitive) == 0;
    }
};
