#include "subscription.h"

using namespace Qt::Literals::StringLiterals;

bool Subscription::isNewCommerce() const
{
    if (productTypeId.compare("OnlineServicesNCE"_L1, Qt::CaseInsensitive) == 0)
        return true;
    // New-commerce offer ids have the form PRODUCT:SKU:AVAILABILITY.
    return offerId.count(u':') == 2;
}

bool Subscription::isAzurePlan() const
{
    return productTypeId.compare("Azure"_L1, Qt::CaseInsensitive) == 0;
}

bool Subscription::isMarketplace() const
{
    return productTypeId.compare("SaaS"_L1, Qt::CaseInsensitive) == 0;
}

QDateTime Subscription::cancellationWindowEnd() const
{
    return isNewCommerce() && status.isChangeable() ? cancellationAllowedUntilDate : QDateTime();
}

bool Subscription::canCancelAt(const QDateTime &now) const
{
    return isNewCommerce() && status.isChangeable() && cancellationAllowedUntilDate.isValid() &&
           now <= cancellationAllowedUntilDate;
}
