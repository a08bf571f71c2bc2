#include "azureplanlisting.h"

#include "core/api/answertally.h"

QList<Subscription> AzurePlanListing::plans(const QList<Subscription> &subscriptions)
{
    QList<Subscription> plans;
    for (const Subscription &s : subscriptions) {
        if (s.isAzurePlan() && s.status.countsAsActive())
            plans.append(s);
    }
    return plans;
}

QList<PendingCall *> AzurePlanListing::read(PartnerCenterClient *client, const QString &customerId,
                                            const QList<Subscription> &plans, QObject *context,
                                            PartnerCenterClient::Callback<Entitlements> done,
                                            const CallOptions &options)
{
    const auto tally = AnswerTally<Entitlements>::create(plans.size(), done);
    QList<PendingCall *> calls;
    for (const Subscription &plan : plans) {
        calls.append(client->listAzureEntitlements(
            customerId, plan.id, context,
            [tally, id = plan.id](const Result<QList<AzureEntitlement>> &result) {
                tally->answer(result,
                              [&id](Entitlements &read, const QList<AzureEntitlement> &azure) {
                                  read.insert(id, azure);
                              });
            },
            options));
    }
    return calls;
}
