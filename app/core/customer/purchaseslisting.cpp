#include "purchaseslisting.h"

#include "core/api/answertally.h"

#include <utility>

QList<PendingCall *> PurchasesListing::read(PartnerCenterClient *client, const QString &customerId,
                                            QObject *context,
                                            PartnerCenterClient::Callback<QList<Entitlement>> done,
                                            const CallOptions &options)
{
    // Software first, then reservations, whichever request answers first.
    using Both = std::pair<QList<Entitlement>, QList<Entitlement>>;
    const auto tally = AnswerTally<Both>::create(2, [done](const Result<Both> &both) {
        if (both.ok())
            done(both.value().first + both.value().second);
        else
            done(both.error());
    });
    const auto into = [tally](QList<Entitlement> Both::*list) {
        return [tally, list](const Result<QList<Entitlement>> &result) {
            tally->answer(
                result, [list](Both &both, const QList<Entitlement> &read) { both.*list = read; });
        };
    };
    return {client->listEntitlements(customerId, Entitlement::Type::Software, context,
                                     into(&Both::first), options),
            client->listEntitlements(customerId, Entitlement::Type::ReservedInstance, context,
                                     into(&Both::second), options)};
}
