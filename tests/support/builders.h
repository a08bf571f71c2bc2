#pragma once

#include "core/domain/entitlement.h"
#include "core/domain/subscription.h"
#include "sandbox/sandboxtypes.h"

// Subscriptions and purchases for tests, built once for both sides: what the sandbox stores
// (sandbox()) and what the app reads (domain(), through the sandbox's own JSON and the app's wire
// codec, so a hand-built object looks exactly like one that came over the wire).
class SubscriptionBuilder
{
public:
    // "Sub <id>" of offer "Offer <id>", one licence, monthly, with an order and a fresh ETag.
    explicit SubscriptionBuilder(const QString &id,
                                 const QString &status = QStringLiteral("active"));

    SubscriptionBuilder &named(const QString &friendlyName);
    SubscriptionBuilder &addOnOf(const QString &parentId);
    SubscriptionBuilder &quantity(int quantity);
    SubscriptionBuilder &commitmentEnd(const QDateTime &end);
    // New commerce: cancellable until `cancellableUntil`, its term ending at `termEnd`.
    SubscriptionBuilder &newCommerce(const QDateTime &cancellableUntil, const QDateTime &termEnd);

    SandboxSubscription sandbox() const { return m_s; }
    operator SandboxSubscription() const { return m_s; }
    Subscription domain() const;

private:
    SandboxSubscription m_s;
};

class PurchaseBuilder
{
public:
    // An active software purchase "Purchase <orderId>" of one unit.
    explicit PurchaseBuilder(const QString &orderId);

    PurchaseBuilder &reservation();
    PurchaseBuilder &type(const QString &wireType);
    PurchaseBuilder &named(const QString &friendlyName);
    PurchaseBuilder &product(const QString &productId, const QString &skuId = {});
    PurchaseBuilder &status(const QString &status);
    PurchaseBuilder &cancellableUntil(const QDateTime &until);
    PurchaseBuilder &expires(const QDateTime &expiry);

    SandboxEntitlement sandbox() const { return m_e; }
    operator SandboxEntitlement() const { return m_e; }
    Entitlement domain() const;
    // The order behind it, with its one line item, as the sandbox cancels it.
    SandboxOrder order() const;

private:
    SandboxEntitlement m_e;
};
