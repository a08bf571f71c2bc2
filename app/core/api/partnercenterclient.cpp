#include "partnercenterclient.h"

#include "core/api/apipath.h"
#include "core/api/customerlisting.h"
#include "core/api/httpexchange.h"
#include "core/api/jsonfields.h"
#include "core/api/pendingcall.h"
#include "core/api/wirecodec.h"

#include <QHostAddress>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

PartnerCenterClient::PartnerCenterClient(const QUrl &baseUrl, AccessTokenSource *tokens,
                                         Clock *clock, QObject *parent)
    : QObject(parent)
    , m_baseUrl(baseUrl)
    , m_environment{&m_network, tokens, clock, RetryPolicy(), u"en-US"_s}
{
    // Partner Center closes idle connections; HTTP/2 multiplexing is of no use to it.
    m_network.setAutoDeleteReplies(false);
}

PartnerCenterClient::~PartnerCenterClient() = default;

bool PartnerCenterClient::isAllowedEndpoint(const QUrl &url, QString *why)
{
    if (!url.isValid() || url.host().isEmpty()) {
        if (why)
            *why = tr("The address %1 is not a valid URL.").arg(url.toDisplayString());
        return false;
    }
    if (url.scheme() == "https"_L1)
        return true;
    if (url.scheme() == "http"_L1) {
        const QHostAddress address(url.host());
        if (url.host() == "localhost"_L1 || address.isLoopback())
            return true;
        if (why)
            *why = tr("Plain http:// is only allowed to this computer (loopback). Use https:// "
                      "for %1.")
                       .arg(url.host());
        return false;
    }
    if (why)
        *why = tr("Only https:// addresses are supported, not %1.").arg(url.scheme());
    return false;
}

HttpRequest PartnerCenterClient::request(QByteArray method, const QString &path,
                                         const CallOptions &options) const
{
    HttpRequest r;
    r.method = std::move(method);
    QUrl url = m_baseUrl;
    const QString basePath = url.path().endsWith(u'/') ? url.path().chopped(1) : url.path();
    const qsizetype query = path.indexOf(u'?');
    url.setPath(basePath + (query < 0 ? path : path.left(query)));
    if (query >= 0)
        url.setQuery(path.mid(query + 1), QUrl::StrictMode);
    r.url = url;
    r.correlationId = options.correlationId;
    return r;
}

PendingCall *PartnerCenterClient::start(HttpRequest request, QObject *context, Step step)
{
    auto *call = new PendingCall(this);
    run(call, std::move(request), context, std::move(step));
    return call;
}

void PartnerCenterClient::run(PendingCall *call, HttpRequest request, QPointer<QObject> context,
                              Step step, bool followUp)
{
    QPointer<PendingCall> pending(call);
    auto done = [this, pending, context, step, sent = request](const HttpAnswer &answer) {
        FollowUp follow;
        if (context && pending)
            follow = step(sent, answer);
        if (!pending)
            return;
        if (follow.next)
            run(pending, std::move(*follow.next), context, step, true);
        if (follow.then && context)
            follow.then();
        if (!follow.next && pending)
            pending->markFinished();
    };
    auto starting = std::make_shared<bool>(followUp);
    auto *exchange = new HttpExchange(
        m_environment, std::move(request),
        [this, starting, done = std::move(done)](const HttpAnswer &answer) {
            // Answered while start() still runs (a refused token): the page before is not
            // handed over yet, so this answer waits for the event loop like any other.
            if (*starting) {
                QMetaObject::invokeMethod(
                    this, [done, answer] { done(answer); }, Qt::QueuedConnection);
                return;
            }
            done(answer);
        },
        this);
    connect(exchange, &HttpExchange::throttled, this, &PartnerCenterClient::throttled);
    connect(exchange, &HttpExchange::failed, this, &PartnerCenterClient::callFailed);
    QPointer<HttpExchange> running(exchange);
    call->setCanceller([running] {
        if (running)
            running->cancel();
    });
    if (followUp) {
        exchange->start();
        *starting = false;
        return;
    }
    // Always answer asynchronously, even for a refused endpoint: the caller gets the
    // PendingCall before any callback runs.
    QMetaObject::invokeMethod(exchange, &HttpExchange::start, Qt::QueuedConnection);
}

ApiError PartnerCenterClient::unusable(ApiError error, const HttpRequest &sent,
                                       const HttpAnswer &answer)
{
    error.setCorrelationId(sent.correlationId.toString(QUuid::WithoutBraces));
    error.setRequestId(answer.requestId);
    if (error.httpStatus() == 0)
        error.setHttpStatus(answer.status);
    // The change was made, but what it made cannot be read from this answer.
    error.setOutcomeUnknown(sent.isChange() && error.kind() == ApiError::Kind::Malformed);
    emit callFailed(error);
    return error;
}

template<typename T>
PendingCall *PartnerCenterClient::call(HttpRequest request, QObject *context, Callback<T> done,
                                       Decode<T> decode)
{
    return start(
        std::move(request), context,
        [this, done, decode](const HttpRequest &sent, const HttpAnswer &answer) -> FollowUp {
            if (answer.error.isError()) {
                done(answer.error);
                return {};
            }
            Result<T> result = decode(answer);
            done(result.ok() ? result : Result<T>(unusable(result.error(), sent, answer)));
            return {};
        });
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
    const auto listing = std::make_shared<CustomerListing>(m_baseUrl, first.correlationId);
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

PendingCall *PartnerCenterClient::setSubscriptionStatus(
    const QString &customerId, const Subscription &subscription, const SubscriptionStatus &status,
    QObject *context, Callback<Subscription> done, const CallOptions &options)
{
    HttpRequest r =
        request("PATCH", ApiPath::of({u"customers", customerId, u"subscriptions", subscription.id}),
                options);
    r.body = WireCodec::subscriptionWithStatus(subscription, status);
    // Partner Center's documented PATCH: the change applies only to the version we read.
    if (!subscription.etag.isEmpty())
        r.extraHeaders.append({QByteArrayLiteral("If-Match"), subscription.etag.toUtf8()});
    return call<Subscription>(std::move(r), context, std::move(done),
                              [](const HttpAnswer &a) { return WireCodec::subscription(a.json); });
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
