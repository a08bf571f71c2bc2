#pragma once

#include "core/api/collectionpage.h"
#include "core/api/customerpage.h"
#include "core/domain/customer.h"
#include "core/domain/entitlement.h"
#include "core/domain/order.h"
#include "core/domain/result.h"
#include "core/domain/subscription.h"

#include <QJsonObject>

// Turns Partner Center JSON into domain values and back (DESIGN §3). Decoding never throws
// and never invents: a wrong type or a missing identifier is a Malformed error naming the
// field, an unknown enum value is kept raw.
class WireCodec
{
public:
    static Result<CollectionPage> collection(const QByteArray &body);
    static Result<QJsonObject> object(const QByteArray &body);

    static Result<Customer> customer(const QJsonObject &json, const QString &path = {});
    // A page of GET /v1/customers: read in one pass when it has the usual shape
    // (CustomerPageReader), else through collection() and customer(), alike.
    static Result<CustomerPage> customerPage(const QByteArray &body);
    static Result<Subscription> subscription(const QJsonObject &json, const QString &path = {});
    static Result<Entitlement> entitlement(const QJsonObject &json, const QString &path = {});
    static Result<Order> order(const QJsonObject &json, const QString &path = {});

    template<typename T>
    static Result<QList<T>> list(const QJsonArray &items, const QString &name,
                                 Result<T> (*decode)(const QJsonObject &, const QString &))
    {
        QList<T> out;
        out.reserve(items.size());
        for (qsizetype i = 0; i < items.size(); ++i) {
            // The item's path is only spelled out for a message.
            const auto path = [&] { return name + u'[' + QString::number(i) + u']'; };
            const QJsonValue item = items.at(i);
            if (!item.isObject())
                return malformed(path() + QLatin1StringView(": expected an object"));
            Result<T> one = decode(item.toObject(), QString());
            if (!one.ok())
                return decode(item.toObject(), path()).error();
            out.append(std::move(one.value()));
        }
        return out;
    }

    // The documented error body {code, description}, the throttle body {statusCode, message},
    // or whatever text came: always an error with the HTTP status set.
    static ApiError error(int httpStatus, const QByteArray &body);

    // The full subscription as received, with only its status changed.
    static QJsonObject subscriptionWithStatus(const Subscription &subscription,
                                              const SubscriptionStatus &status);
    static QJsonObject removeRelationshipBody();
    static QJsonObject cancelOrderBody(const QString &orderId, const QString &offerId);

    static ApiError malformed(const QString &what);
};
