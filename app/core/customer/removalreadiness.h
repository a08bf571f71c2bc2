#pragma once

#include "core/customer/removalblocker.h"
#include "core/domain/azureentitlement.h"
#include "core/domain/entitlement.h"
#include "core/domain/subscription.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

// The removal rule, in one place: whether "Remove reseller relationship" may be offered for a
// customer's subscriptions and purchases, and if not, why and what clears each blocker.
// CustomerState applies it to what it holds (and again whenever a window closes);
// RemoveRelationshipJob to what it has just re-read; OffboardPlan turns its blockers into the
// actions it takes and what stays.
class RemovalReadiness
{
    Q_DECLARE_TR_FUNCTIONS(RemovalReadiness)

public:
    using AzurePlans = QHash<QString, QList<AzureEntitlement>>; // by Azure plan subscription id

    // An add-on whose base is suspended or cancelled here is named in its base's blocker. An
    // Azure plan whose Azure subscriptions were read (azure) and are active cannot be suspended;
    // the portal links open in the customer's tenant.
    static QList<RemovalBlocker> evaluate(const QList<Subscription> &subscriptions,
                                          const QList<Entitlement> &entitlements,
                                          const QDateTime &now, const AzurePlans &azure = {},
                                          const QString &tenantId = {});
    // The first moment after now at which evaluate() may answer differently (a window ends).
    static QDateTime nextChange(const QList<Subscription> &subscriptions,
                                const QList<Entitlement> &entitlements, const QDateTime &now);
    // Why the action is unavailable, translated; empty when nothing blocks it.
    static QString reason(const QList<RemovalBlocker> &blockers, int activeSubscriptions);
};
