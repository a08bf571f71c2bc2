#include "purchaseslisting.h"

#include <memory>

QList<PendingCall *> PurchasesListing::read(PartnerCenterClient *client, const QString &customerId,
                                            QObject *context,
                                            PartnerCenterClient::Callback<QList<Entitlement>> done,
                                            const CallOptions &options)
{
    struct Answers
    {
        QList<Entitlement> software;
        QList<Entitlement> reservations;
        ApiError error;
        int pending = 2;
    };
    const auto answers = std::make_shared<Answers>();
    const auto into = [answers, done](QList<Entitlement> *list) {
        return [answers, done, list](const Result<QList<Entitlement>> &result) {
            if (result.ok())
                *list = result.value();
            else if (!answers->error.isError())
                answers->error = result.error();
            if (--answers->pending > 0)
                return;
            if (answers->error.isError())
                done(answers->error);
            else
                done(answers->software + answers->reservations);
        };
    };
    return {client->listEntitlements(customerId, Entitlement::Type::Software, context,
                                     into(&answers->software), options),
            client->listEntitlements(customerId, Entitlement::Type::ReservedInstance, context,
                                     into(&answers->reservations), options)};
}
