#include "partnercenterclient.h"

#include "core/api/apipath.h"
#include "core/api/customerlisting.h"
#include "core/api/httpexchange.h"
#include "core/api/jsonfields.h"
#include "core/api/pendingcall.h"
#include "core/api/wirecodec.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

PartnerCenterClient::PartnerCenterClient(const QUrl &baseUrl, AccessTokenSource *tokens,
                                         Clock *clock, QObject *parent)
    : RestClient(baseUrl, tokens, clock, HttpEnvironment::Dialect::PartnerCenter, parent)
{
}

PendingCall *PartnerCenterClient::listCustomers(const CustomerQuery &query, QObject *context,
                                                PageCallback onPage, DoneCallback onDone,
                                                const CallOptions &options)
{
    ApiPath::Query parameters{{u"size"_s, QString::number(std::clamp(query.pageSize, 1, 500))}};
    if (query.field != CustomerQuery::Field::None) {
        const QJsonObject filter{{u"Field"_s, query.field == CustomerQuery::Field::Domain
                                                  ? u"Domain"_s
                                                  : u"CompanyName"_s},
                                 {u"Value"_s, query.value},
                                 {u"Operator"_s, u"starts_with"_s}};
        parameters.append(
            {u"filter"_s, QString::fromUtf8(QJsonDocument(filter).toJson(QJsonDocument::Compact))});
    }
    HttpRequest first = request("GET", ApiPath::of({u"customers"}, parameters), options);
    const auto listing = std::make_shared<CustomerListing>(baseUrl(), first.correlationId);
    listing->prepare(first);
    return start(std::move(first), context,
                 [this, listing, onPage, onDone](const HttpRequest &sent,
                                                 const HttpAnswer &answer) -> FollowUp {
                     if (answer.error.isError()) {
                         onDone(answer.error);
                         return {};
                     }
                     Result<CustomerListing::Page> page = listing->read(answer);
                     if (!page.ok()) {
                         onDone(unusable(page.error(), sent, answer));
                         return {};
                     }
                     // The page is handed over once the next one is asked for.
                     const bool last = !page.value().next;
                     return {std::move(page.value().next),
                             [onPage, onDone, last, customers = std::move(page.value().customers)] {
                                 onPage(customers);
                                 if (last)
                                     onDone({});
                             }};
                 });
}

namespace {
// The items of a collection answer, each decoded with decode.
template<typename T>
Result<QList<T>> collection(const HttpAnswer &answer,
                            Result<T> (*decode)(const QJsonObject &, const QString &))
{
    Result<CollectionPage> page = WireCodec::collection(answer.json);
    if (!page.ok())
        return page.error();
    return WireCodec::list<T>(page.value().items, u"items"_s, decode);
}
} // namespace

PendingCall *PartnerCenterClient::getCustomer(const QString &customerId, QObject *context,
                                              Callback<Customer> done, const CallOptions &options)
{
    return call<Customer>(request("GET", ApiPath::of({u"customers", customerId}), options), context,
                          std::move(done),
                          [](const HttpAnswer &a) { return WireCodec::customer(a.json); });
}

PendingCall *PartnerCenterClient::listSubscriptions(const QString &customerId, QObject *context,
                                                    Callback<QList<Subscription>> done,
                                                    const CallOptions &options)
{
    return call<QList<Subscription>>(
        request("GET", ApiPath::of({u"customers", customerId, u"subscriptions"}), options), context,
        std::move(done),
        [](const HttpAnswer &a) { return collection(a, &WireCodec::subscription); });
}

PendingCall *PartnerCenterClient::patchSubscription(const QString &customerId,
                                                    const Subscription &subscription,
                                                    QJsonObject body, QObject *context,
                                                    Callback<Subscription> done,
                                                    const CallOptions &options)
{
    HttpRequest r =
        request("PATCH", ApiPath::of({u"customers", customerId, u"subscriptions", subscription.id}),
                options);
    r.body = std::move(body);
    // Partner Center's documented PATCH: the change applies only to the version we read.
    if (!subscription.etag.isEmpty())
        r.extraHeaders.append({QByteArrayLiteral("If-Match"), subscription.etag.toUtf8()});
    return call<Subscription>(std::move(r), context, std::move(done),
                              [](const HttpAnswer &a) { return WireCodec::subscription(a.json); });
}

PendingCall *PartnerCenterClient::setSubscriptionStatus(
    const QString &customerId, const Subscription &subscription, const SubscriptionStatus &status,
    QObject *context, Callback<Subscription> done, const CallOptions &options)
{
    return patchSubscription(customerId, subscription,
                             WireCodec::subscriptionWithStatus(subscription, status), context,
                             std::move(done), options);
}

PendingCall *PartnerCenterClient::setAutoRenew(const QString &customerId,
                                               const Subscription &subscription, bool enabled,
                                               QObject *context, Callback<Subscription> done,
                                               const CallOptions &options)
{
    return patchSubscription(customerId, subscription,
                             WireCodec::subscriptionWithAutoRenew(subscription, enabled), context,
                             std::move(done), options);
}

PendingCall *PartnerCenterClient::listAzureEntitlements(const QString &customerId,
                                                        const QString &planId, QObject *context,
                                                        Callback<QList<AzureEntitlement>> done,
                                                        const CallOptions &options)
{
    const QString path =
        ApiPath::of({u"customers", customerId, u"subscriptions", planId, u"azureEntitlements"});
    return call<QList<AzureEntitlement>>(
        request("GET", path, options), context, std::move(done),
        [](const HttpAnswer &a) { return collection(a, &WireCodec::azureEntitlement); });
}

PendingCall *PartnerCenterClient::listEntitlements(const QString &customerId,
                                                   Entitlement::Type type, QObject *context,
                                                   Callback<QList<Entitlement>> done,
                                                   const CallOptions &options)
{
    const QString path = ApiPath::of(
        {u"customers", customerId, u"entitlements"},
        {{u"entitlementType"_s, Entitlement::typeToWire(type)}, {u"showExpiry"_s, u"true"_s}});
    return call<QList<Entitlement>>(
        request("GET", path, options), context, std::move(done),
        [](const HttpAnswer &a) { return collection(a, &WireCodec::entitlement); });
}

PendingCall *PartnerCenterClient::cancelOrder(const QString &customerId, const QString &orderId,
                                              const QString &offerId, QObject *context,
                                              Callback<Order> done, const CallOptions &options)
{
    HttpRequest r =
        request("PATCH", ApiPath::of({u"customers", customerId, u"orders", orderId}), options);
    r.body = WireCodec::cancelOrderBody(orderId, offerId);
    return call<Order>(std::move(r), context, std::move(done),
                       [](const HttpAnswer &a) { return WireCodec::order(a.json); });
}

PendingCall *PartnerCenterClient::removeRelationship(const QString &customerId, QObject *context,
                                                     Callback<Customer> done,
                                                     const CallOptions &options)
{
    HttpRequest r = request("PATCH", ApiPath::of({u"customers", customerId}), options);
    r.body = WireCodec::removeRelationshipBody();
    return call<Customer>(
        std::move(r), context, std::move(done), [](const HttpAnswer &a) -> Result<Customer> {
            // The answer may be partial; only the relationship matters here.
            Result<Customer> customer = WireCodec::customer(a.json);
            if (!customer.ok()) {
                Customer partial;
                JsonFields f(a.json, {});
                partial.relationshipToPartner = f.string("relationshipToPartner"_L1);
                customer = partial;
            }
            if (!customer.value().hasRelationship())
                return customer;
            return ApiError(ApiError::Kind::Unexpected,
                            tr("The answer says the relationship is \"%1\", "
                               "not \"none\".")
                                .arg(customer.value().relationshipToPartner.left(100)));
        });
}

PendingCall *PartnerCenterClient::listIndirectProviders(QObject *context,
                                                        Callback<QList<PartnerRelationship>> done,
                                                        const CallOptions &options)
{
    const QString path =
        ApiPath::of({u"relationships"}, {{u"relationship_type"_s, u"IsIndirectResellerOf"_s}});
    return call<QList<PartnerRelationship>>(
        request("GET", path, options), context, std::move(done),
        [](const HttpAnswer &a) { return collection(a, &WireCodec::partnerRelationship); });
}

PendingCall *PartnerCenterClient::getInvitationLink(QObject *context, Callback<QUrl> done,
                                                    const CallOptions &options)
{
    return call<QUrl>(request("GET", ApiPath::of({u"customers", u"relationshiprequests"}), options),
                      context, std::move(done), [](const HttpAnswer &a) -> Result<QUrl> {
                          JsonFields f(a.json, {});
                          const QUrl url(f.string("url"_L1));
                          if (!url.isValid() || url.scheme() != "https"_L1)
                              return WireCodec::malformed(u"url: not an https link"_s);
                          return url;
                      });
}
