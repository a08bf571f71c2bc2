#include "partnercenterclient.h"

#include "core/api/accesstokensource.h"
#include "core/api/clock.h"
#include "core/api/httpexchange.h"
#include "core/api/jsonfields.h"
#include "core/api/pendingcall.h"
#include "core/api/wirecodec.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

PartnerCenterClient::PartnerCenterClient(const QUrl &baseUrl, AccessTokenSource *tokens,
                                         Clock *clock, QObject *parent)
    : QObject(parent)
    , m_baseUrl(baseUrl)
    , m_tokens(tokens)
    , m_clock(clock)
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

std::optional<QUrl> PartnerCenterClient::resolveNext(const QString &uri) const
{
    QUrl next(uri);
    if (next.isRelative()) {
        // "/v1/customers?size=…" is relative to the service root, not to the base path.
        const QString basePath =
            m_baseUrl.path().endsWith(u'/') ? m_baseUrl.path().chopped(1) : m_baseUrl.path();
        if (uri.startsWith(u'/') && !uri.startsWith(basePath + u'/'))
            next = m_baseUrl.resolved(QUrl(basePath + uri));
        else
            next = m_baseUrl.resolved(next);
    }
    // Checked after resolving too: a scheme-relative "//other.host/…" is relative as well.
    if (next.scheme() == m_baseUrl.scheme() && next.host() == m_baseUrl.host() &&
        next.port(m_baseUrl.port()) == m_baseUrl.port())
        return next;
    return std::nullopt;
}

PendingCall *PartnerCenterClient::start(HttpRequest request, QObject *context, RawCallback done)
{
    auto *call = new PendingCall(this);
    run(call, std::move(request), context, std::move(done));
    return call;
}

void PartnerCenterClient::run(PendingCall *call, HttpRequest request, QObject *context,
                              RawCallback done, bool startNow)
{
    QPointer<QObject> guard(context);
    QPointer<PendingCall> pending(call);
    auto deliver = [guard, pending, done = std::move(done)](int status, const QByteArray &body,
                                                            const ApiError &error) {
        if (guard && pending)
            done(status, body, error);
        // Paging hands the call to the next exchange; anything else ends it here.
        if (pending && !pending->property("continued").toBool())
            pending->markFinished();
        if (pending)
            pending->setProperty("continued", false);
    };
    auto starting = std::make_shared<bool>(startNow);
    auto *exchange = new HttpExchange(
        this, std::move(request),
        [this, starting, deliver = std::move(deliver)](int status, const QByteArray &body,
                                                       const ApiError &error) {
            // An answer given while start() still runs (no token) waits for the event loop
            // like any other: whoever started it is still busy.
            if (*starting) {
                QMetaObject::invokeMethod(
                    this, [deliver, status, body, error] { deliver(status, body, error); },
                    Qt::QueuedConnection);
                return;
            }
            deliver(status, body, error);
        });
    QPointer<HttpExchange> running(exchange);
    call->setCanceller([running] {
        if (running)
            running->cancel();
    });
    if (startNow) {
        exchange->start();
        *starting = false;
        return;
    }
    // Always answer asynchronously, even for a refused endpoint: the caller gets the
    // PendingCall before any callback runs.
    QMetaObject::invokeMethod(exchange, &HttpExchange::start, Qt::QueuedConnection);
}

PendingCall *PartnerCenterClient::listCustomers(const CustomerQuery &query, QObject *context,
                                                PageCallback onPage, DoneCallback onDone,
                                                const CallOptions &options)
{
    QString path = u"/v1/customers?size=%1"_s.arg(std::clamp(query.pageSize, 1, 500));
    if (query.field != CustomerQuery::Field::None) {
        const QJsonObject filter{{u"Field"_s, query.field == CustomerQuery::Field::Domain
                                                  ? u"Domain"_s
                                                  : u"CompanyName"_s},
                                 {u"Value"_s, query.value},
                                 {u"Operator"_s, u"starts_with"_s}};
        path += u"&filter="_s + QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(
                                    QJsonDocument(filter).toJson(QJsonDocument::Compact))));
    }
    auto *call = new PendingCall(this);
    fetchPage(call, request("GET", path, options), context, std::move(onPage), std::move(onDone));
    return call;
}

void PartnerCenterClient::fetchPage(PendingCall *call, HttpRequest req, QObject *context,
                                    PageCallback onPage, DoneCallback onDone, bool startNow)
{
    const QUuid correlationId = req.correlationId;
    run(
        call, std::move(req), context,
        [this, call, context, correlationId, onPage, onDone](int, const QByteArray &body,
                                                             const ApiError &error) {
            if (error.isError()) {
                onDone(error);
                return;
            }
            // A page the client cannot use is still a failed call: tagged and announced.
            const auto fail = [this, &onDone, &correlationId](ApiError error) {
                error.setCorrelationId(correlationId.toString(QUuid::WithoutBraces));
                emit callFailed(error);
                onDone(error);
            };
            const Result<CustomerPage> page = WireCodec::customerPage(body);
            if (!page.ok()) {
                fail(page.error());
                return;
            }
            // The next page is asked for before this one is handed over: the server produces
            // it while the caller takes this one in.
            const std::optional<QUrl> next =
                page.value().hasNext() ? resolveNext(page.value().nextUri) : std::nullopt;
            if (next) {
                HttpRequest nextRequest;
                nextRequest.url = *next;
                nextRequest.correlationId = correlationId;
                nextRequest.extraHeaders = page.value().nextHeaders;
                call->setProperty("continued", true);
                fetchPage(call, std::move(nextRequest), context, onPage, onDone, true);
            }
            onPage(page.value().customers);
            if (!page.value().hasNext())
                onDone({});
            else if (!next)
                fail(WireCodec::malformed(
                    tr("The next page is on another server (%1); it was not requested.")
                        .arg(page.value().nextUri.left(200))));
        },
        startNow);
}

namespace {
// Decodes a 2xx body with decode, or passes the error on.
template<typename T, typename Decode>
Result<T> decodeBody(const QByteArray &body, const ApiError &error, Decode decode)
{
    if (error.isError())
        return error;
    Result<QJsonObject> object = WireCodec::object(body);
    if (!object.ok())
        return object.error();
    return decode(object.value());
}

template<typename T>
Result<QList<T>> decodeCollection(const QByteArray &body, const ApiError &error,
                                  Result<T> (*decode)(const QJsonObject &, const QString &))
{
    if (error.isError())
        return error;
    Result<CollectionPage> page = WireCodec::collection(body);
    if (!page.ok())
        return page.error();
    return WireCodec::list<T>(page.value().items, u"items"_s, decode);
}

// A decoding failure is still the server's fault: tag it with the call's ids.
template<typename T> Result<T> tagged(Result<T> result, const QUuid &correlationId)
{
    if (!result.ok() && result.error().correlationId().isEmpty()) {
        ApiError error = result.error();
        error.setCorrelationId(correlationId.toString(QUuid::WithoutBraces));
        return error;
    }
    return result;
}
} // namespace

PendingCall *PartnerCenterClient::getCustomer(const QString &customerId, QObject *context,
                                              Callback<Customer> done, const CallOptions &options)
{
    const QString path =
        u"/v1/customers/"_s + QString::fromLatin1(QUrl::toPercentEncoding(customerId));
    return start(request("GET", path, options), context,
                 [done, options](int, const QByteArray &body, const ApiError &error) {
                     done(tagged(decodeBody<Customer>(
                                     body, error,
                                     [](const QJsonObject &o) { return WireCodec::customer(o); }),
                                 options.correlationId));
                 });
}

PendingCall *PartnerCenterClient::listSubscriptions(const QString &customerId, QObject *context,
                                                    Callback<QList<Subscription>> done,
                                                    const CallOptions &options)
{
    const QString path = u"/v1/customers/%1/subscriptions"_s.arg(
        QString::fromLatin1(QUrl::toPercentEncoding(customerId)));
    return start(
        request("GET", path, options), context,
        [done, options](int, const QByteArray &body, const ApiError &error) {
            done(tagged(decodeCollection<Subscription>(body, error, &WireCodec::subscription),
                        options.correlationId));
        });
}

PendingCall *PartnerCenterClient::setSubscriptionStatus(
    const QString &customerId, const Subscription &subscription, const SubscriptionStatus &status,
    QObject *context, Callback<Subscription> done, const CallOptions &options)
{
    const QString path = u"/v1/customers/%1/subscriptions/%2"_s.arg(
        QString::fromLatin1(QUrl::toPercentEncoding(customerId)),
        QString::fromLatin1(QUrl::toPercentEncoding(subscription.id)));
    HttpRequest r = request("PATCH", path, options);
    r.body = WireCodec::subscriptionWithStatus(subscription, status);
    return start(std::move(r), context,
                 [done, options](int, const QByteArray &body, const ApiError &error) {
                     done(tagged(decodeBody<Subscription>(body, error,
                                                          [](const QJsonObject &o) {
                                                              return WireCodec::subscription(o);
                                                          }),
                                 options.correlationId));
                 });
}

PendingCall *PartnerCenterClient::listEntitlements(const QString &customerId,
                                                   Entitlement::Type type, QObject *context,
                                                   Callback<QList<Entitlement>> done,
                                                   const CallOptions &options)
{
    const QString path = u"/v1/customers/%1/entitlements?entitlementType=%2&showExpiry=true"_s.arg(
        QString::fromLatin1(QUrl::toPercentEncoding(customerId)), Entitlement::typeToWire(type));
    return start(request("GET", path, options), context,
                 [done, options](int, const QByteArray &body, const ApiError &error) {
                     done(
                         tagged(decodeCollection<Entitlement>(body, error, &WireCodec::entitlement),
                                options.correlationId));
                 });
}

PendingCall *PartnerCenterClient::cancelOrder(const QString &customerId, const QString &orderId,
                                              const QString &offerId, QObject *context,
                                              Callback<Order> done, const CallOptions &options)
{
    const QString path = u"/v1/customers/%1/orders/%2"_s.arg(
        QString::fromLatin1(QUrl::toPercentEncoding(customerId)),
        QString::fromLatin1(QUrl::toPercentEncoding(orderId)));
    HttpRequest r = request("PATCH", path, options);
    r.body = WireCodec::cancelOrderBody(orderId, offerId);
    return start(
        std::move(r), context, [done, options](int, const QByteArray &body, const ApiError &error) {
            done(tagged(decodeBody<Order>(body, error,
                                          [](const QJsonObject &o) { return WireCodec::order(o); }),
                        options.correlationId));
        });
}

PendingCall *PartnerCenterClient::removeRelationship(const QString &customerId, QObject *context,
                                                     Callback<Customer> done,
                                                     const CallOptions &options)
{
    const QString path =
        u"/v1/customers/"_s + QString::fromLatin1(QUrl::toPercentEncoding(customerId));
    HttpRequest r = request("PATCH", path, options);
    r.body = WireCodec::removeRelationshipBody();
    return start(
        std::move(r), context,
        [done, options](int status, const QByteArray &body, const ApiError &error) {
            Result<Customer> result = decodeBody<Customer>(body, error, [](const QJsonObject &o) {
                // The answer may be partial; only the relationship matters here.
                Result<Customer> c = WireCodec::customer(o);
                if (c.ok())
                    return c;
                Customer partial;
                JsonFields f(o, {});
                partial.relationshipToPartner = f.string("relationshipToPartner"_L1);
                return Result<Customer>(partial);
            });
            if (result.ok() && result.value().hasRelationship()) {
                ApiError unconfirmed(ApiError::Kind::Unexpected,
                                     tr("The answer says the relationship is \"%1\", not \"none\".")
                                         .arg(result.value().relationshipToPartner.left(100)));
                unconfirmed.setHttpStatus(status);
                result = unconfirmed;
            }
            done(tagged(std::move(result), options.correlationId));
        });
}

PendingCall *PartnerCenterClient::getInvitationLink(QObject *context, Callback<QUrl> done,
                                                    const CallOptions &options)
{
    return start(request("GET", u"/v1/customers/relationshiprequests"_s, options), context,
                 [done, options](int, const QByteArray &body, const ApiError &error) {
                     done(tagged(decodeBody<QUrl>(body, error,
                                                  [](const QJsonObject &o) -> Result<QUrl> {
                                                      JsonFields f(o, {});
                                                      const QUrl url(f.string("url"_L1));
                                                      if (!url.isValid() ||
                                                          url.scheme() != "https"_L1)
                                                          return WireCodec::malformed(
                                                              u"url: not an https link"_s);
                                                      return url;
                                                  }),
                                 options.correlationId));
                 });
}
