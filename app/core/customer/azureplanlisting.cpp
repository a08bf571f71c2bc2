#include "azureplanlisting.h"

#include <memory>

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
    struct Answers
    {
        Entitlements read;
        ApiError error;
        qsizetype pending = 0;
    };
    const auto answers = std::make_shared<Answers>();
    answers->pending = plans.size();
    QList<PendingCall *> calls;
    for (const Subscription &plan : plans) {
        calls.append(client->listAzureEntitlements(
            customerId, plan.id, context,
            [answers, done, id = plan.id](const Result<QList<AzureEntitlement>> &result) {
                if (result.ok())
                    answers->read.insert(id, result.value());
                else if (!answers->error.isError())
                    answers->error = result.error();
                if (--answers->pending > 0)
                    return;
                if (answers->error.isError())
                    done(answers->error);
                else
                    done(answers->read);
            },
            options));
    }
    return calls;
}
