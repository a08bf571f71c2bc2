#pragma once

#include "core/api/collectionpage.h"
#include "core/domain/azureentitlement.h"
#include "core/domain/customer.h"
#include "core/domain/entitlement.h"
#include "core/domain/order.h"
#include "core/domain/partnerrelationship.h"
#include "core/domain/result.h"
#include "core/domain/subscription.h"

#include <QJsonObject>

// Turns Partner Center JSON (the documented shapes, which app/sandbox serves too) into domain
// values and back. Decoding never throws and never invents: a wrong type or a missing
// identifier is a Malformed error naming the field, an unknown enum value is kept raw.
class WireCodec
{
public:
    static Result<CollectionPage> collection(const QByteArray &body);
    static Result<CollectionPage> collection(const QJsonObject &root);
    static Result<QJsonObject> object(const QByteArray &body);

    static Result<Customer> customer(const QJsonObject &json, const QString &path = {});
    static Result<Subscription> subscription(const QJsonObject &json, const QString &path = {});
    static Result<Entitlement> entitlement(const QJsonObject &json, const QString &path = {});
    static Result<Order> order(const QJsonObject &json, const QString &path = {});
    static Result<PartnerRelationship> partnerRelationship(const QJsonObject &json,
                                                           const QString &path = {});
    static Result<AzureEntitlement> azureEntitlement(const QJsonObject &json,
                                                     const QString &path = {});

    template<typename T>
    static Result<QList<T>> list(const QJsonArray &items, const QString &name,
                                 Result<T> (*decode)(const QJsonObject &, const QString &))
    {
        QList<T> out;
        out.reserve(items.size());
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString path = name + u'[' + QString::number(i) + u']';
            if (!items.at(i).isObject())
                return malformed(path + QLatin1StringView(": expected an object"));
            Result<T> one = decode(items.at(i).toObject(), path);
            if (!one.ok())
                return one.error();
            out.append(std::move(one.value()));
        }
        return out;
    }

    // The documented error body {code, description}, the throttle body {statusCode, message},
    // Microsoft Graph's {"error": {code, message}}, or whatever text came: always an error with
    // the HTTP status set.
    static ApiError error(int httpStatus, const QByteArray &body);

    // The full subscription as received, with only its status changed.
    static QJsonObject subscriptionWithStatus(const Subscription &subscription,
                                              const SubscriptionStatus &status);
    // The same with only autoRenewEnabled changed.
    static QJsonObject subscriptionWithAutoRenew(const Subscription &subscription, bool enabled);
    static QJsonObject removeRelationshipBody();
    static QJsonObject cancelOrderBody(const QString &orderId, const QString &offerId);

    static ApiError malformed(const QString &what);
    // value, or a Malformed error listing the decoding problems met on the way.
    template<typename T> static Result<T> unlessProblems(const QStringList &problems, T value)
    {
        if (!problems.isEmpty())
            return malformed(problems.join(QStringLiteral("; ")));
        return value;
    }
};
