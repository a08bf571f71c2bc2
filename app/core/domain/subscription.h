#pragma once

#include "core/domain/subscriptionstatus.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// A customer's subscription as Partner Center's REST API describes it.
struct Subscription
{
    QString id;
    QString offerId;
    QString offerName;
    QString friendlyName;
    qint64 quantity = 0;
    QString unitType;
    QString parentSubscriptionId; // set for add-ons
    QDateTime creationDate;
    QDateTime effectiveStartDate;
    QDateTime commitmentEndDate;
    SubscriptionStatus status;
    bool autoRenewEnabled = false;
    QString billingType;
    QString billingCycle;
    bool isTrial = false;
    QString termDuration;
    QDateTime cancellationAllowedUntilDate;
    QString orderId;
    QString productTypeId;
    QString etag;
    // The object exactly as received: a PATCH sends the full subscription back with only the
    // status changed, so fields this app does not model survive the round trip.
    QJsonObject wire;

    QString displayName() const { return friendlyName.isEmpty() ? offerName : friendlyName; }
    bool isAddOn() const { return !parentSubscriptionId.isEmpty(); }
    // New commerce keeps billing while suspended; it must be cancelled instead.
    bool isNewCommerce() const;
    bool isAzurePlan() const;
    // A marketplace (SaaS) subscription: cancelled, at any time.
    bool isMarketplace() const;
    bool canCancelAt(const QDateTime &now) const;
    // The end of the cancellation window as worth showing: new commerce that can still change
    // (a cancelled or expired one has no window left to speak of); invalid otherwise.
    QDateTime cancellationWindowEnd() const;
};
