#pragma once

#include "core/domain/entitlement.h"
#include "core/domain/subscription.h"

// Hand-built subscriptions and purchases for model and readiness tests.
inline Subscription makeSubscription(const QString &id, const QString &status,
                                     const QString &name = {})
{
    Subscription s;
    s.id = id;
    s.offerId = QStringLiteral("offer-") + id;
    s.offerName = QStringLiteral("Offer ") + id;
    s.friendlyName = name.isEmpty() ? QStringLiteral("Sub ") + id : name;
    s.quantity = 10;
    s.billingCycle = QStringLiteral("monthly");
    s.status = SubscriptionStatus::fromWire(status);
    return s;
}

inline Subscription makeNce(const QString &id, const QString &status,
                            const QDateTime &cancellableUntil, const QDateTime &termEnd)
{
    Subscription s = makeSubscription(id, status);
    s.offerId = QStringLiteral("CFQ7TTC0LH18:0001:CFQ7TTC0LH18");
    s.productTypeId = QStringLiteral("OnlineServicesNCE");
    s.cancellationAllowedUntilDate = cancellableUntil;
    s.commitmentEndDate = termEnd;
    return s;
}

inline Entitlement makeEntitlement(Entitlement::Type type, const QString &orderId,
                                   const QDateTime &cancellableUntil = {},
                                   const QString &status = QStringLiteral("active"))
{
    Entitlement e;
    e.type = type;
    e.rawType = Entitlement::typeToWire(type);
    e.productId = QStringLiteral("DG7GMGF0") + orderId;
    e.friendlyName = QStringLiteral("Purchase ") + orderId;
    e.orderId = orderId;
    e.quantity = 1;
    e.cancellationAllowedUntilDate = cancellableUntil;
    e.status = status;
    return e;
}
