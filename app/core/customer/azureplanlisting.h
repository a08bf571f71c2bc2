#pragma once

#include "core/api/partnercenterclient.h"
#include "core/domain/azureentitlement.h"
#include "core/domain/subscription.h"

#include <QHash>
#include <QList>

class PendingCall;

// The Azure subscriptions under each active Azure plan of a customer ("Get a list of Azure
// entitlements for a subscription"), one request a plan, answered together: while one is active
// its plan cannot be suspended (900115), and the admin disables it in the Azure portal.
namespace AzurePlanListing {
using Entitlements = QHash<QString, QList<AzureEntitlement>>; // by Azure plan subscription id

// The active Azure plans among the subscriptions.
QList<Subscription> plans(const QList<Subscription> &subscriptions);
// The calls, so that the caller can cancel them; done runs once, after all have answered (it is
// not called at all when there is no plan: the caller answers that itself).
QList<PendingCall *> read(PartnerCenterClient *client, const QString &customerId,
                          const QList<Subscription> &plans, QObject *context,
                          PartnerCenterClient::Callback<Entitlements> done,
                          const CallOptions &options);
} // namespace AzurePlanListing
