#pragma once

#include "core/customer/removalblocker.h"
#include "core/domain/entitlement.h"
#include "core/domain/subscription.h"

#include <QCoreApplication>
#include <QList>

// The removal rule, in one place: whether "Remove reseller relationship" may be offered for a
// customer's subscriptions and purchases, and if not, why. CustomerState applies it to what it
// holds (and again whenever a window closes); RemoveRelationshipJob to what it has just re-read.
class RemovalReadiness
{
    Q_DECLARE_TR_FUNCTIONS(RemovalReadiness)

public:
    static QList<RemovalBlocker> evaluate(const QList<Subscription> &subscriptions,
                                          const QList<Entitlement> &entitlements,
                                          const QDateTime &now);
    // The first moment after now at which evaluate() may answer differently (a window ends).
    static QDateTime nextChange(const QList<Subscription> &subscriptions,
                                const QList<Entitlement> &entitlements, const QDateTime &now);
    // Why the action is unavailable, translated; empty when nothing blocks it.
    static QString reason(const QList<RemovalBlocker> &blockers, int activeSubscriptions);
};
