#pragma once

#include "sandbox/sandboxreply.h"
#include "sandbox/sandboxtypes.h"

// Partner Center's status rules for subscriptions and what blocks removing a reseller
// relationship, in one place so the server and the tests agree.
class SandboxRules
{
public:
    // Localized descriptions of what still blocks the removal; empty when it may proceed.
    static QStringList removalBlockers(const SandboxCustomer &customer, const QDateTime &now,
                                       const QString &locale);

    // Applies a PATCH body (the full subscription with `status` changed) to `subscription`,
    // which belongs to `customer`. `ifMatch` is the request's If-Match header (may be empty).
    // Sets *changed when the store changed; every change gives the subscription a new ETag.
    static SandboxReply patchSubscription(SandboxCustomer &customer,
                                          SandboxSubscription &subscription,
                                          const QJsonObject &body, const QByteArray &ifMatch,
                                          const QDateTime &now, const QString &locale,
                                          bool *changed);
};
