#include "wirecodec.h"

#include "core/api/jsonfields.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace {
Address address(JsonFields &parent, QLatin1StringView key)
{
    JsonFields f(parent.object(key), parent.childPath(key));
    Address a;
    a.addressLine1 = f.string("addressLine1"_L1);
    a.addressLine2 = f.string("addressLine2"_L1);
    a.city = f.string("city"_L1);
    a.state = f.string("state"_L1);
    a.postalCode = f.string("postalCode"_L1);
    a.country = f.string("country"_L1);
    a.phoneNumber = f.string("phoneNumber"_L1);
    parent.addProblems(f.problems());
    return a;
}

QString pathOr(const QString &path, QLatin1StringView fallback)
{
    return path.isEmpty() ? QString(fallback) : path;
}

template<typename T> Result<T> finish(const JsonFields &f, T value)
{
    return WireCodec::unlessProblems(f.problems(), std::move(value));
}
} // namespace

ApiError WireCodec::malformed(const QString &what)
{
    return ApiError(ApiError::Kind::Malformed, what);
}

Result<QJsonObject> WireCodec::object(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return malformed(u"invalid JSON at offset %1: %2"_s.arg(parseError.offset)
                             .arg(parseError.errorString()));
    if (!doc.isObject())
        return malformed(u"expected a JSON object"_s);
    return doc.object();
}

Result<CollectionPage> WireCodec::collection(const QByteArray &body)
{
    const Result<QJsonObject> root = object(body);
    if (!root.ok())
        return root.error();
    return collection(root.value());
}

Result<CollectionPage> WireCodec::collection(const QJsonObject &root)
{
    JsonFields f(root, {});
    CollectionPage page;
    if (!f.value("items"_L1).isArray())
        return malformed(u"items: expected an array"_s);
    page.items = f.array("items"_L1);
    JsonFields links(f.object("links"_L1), u"links"_s);
    JsonFields next(links.object("next"_L1), u"links.next"_s);
    page.nextUri = next.string("uri"_L1);
    const QJsonArray headers = next.array("headers"_L1);
    for (qsizetype i = 0; i < headers.size(); ++i) {
        JsonFields h(headers.at(i).toObject(), u"links.next.headers[%1]"_s.arg(i));
        const QString key = h.string("key"_L1);
        if (key.isEmpty())
            continue;
        page.nextHeaders.append({key.toLatin1(), h.string("value"_L1).toUtf8()});
        f.addProblems(h.problems());
    }
    f.addProblems(links.problems());
    f.addProblems(next.problems());
    return finish(f, page);
}

Result<Customer> WireCodec::customer(const QJsonObject &json, const QString &path)
{
    JsonFields f(json, pathOr(path, "customer"_L1));
    Customer c;
    c.id = f.requiredString("id"_L1);
    c.commerceId = f.string("commerceId"_L1);
    {
        JsonFields p(f.object("companyProfile"_L1), f.childPath("companyProfile"_L1));
        c.companyProfile.tenantId = p.string("tenantId"_L1);
        c.companyProfile.domain = p.string("domain"_L1);
        c.companyProfile.companyName = p.string("companyName"_L1);
        c.companyProfile.email = p.string("email"_L1);
        c.companyProfile.address = address(p, "address"_L1);
        f.addProblems(p.problems());
    }
    {
        JsonFields b(f.object("billingProfile"_L1), f.childPath("billingProfile"_L1));
        c.billingProfile.id = b.string("id"_L1);
        c.billingProfile.firstName = b.string("firstName"_L1);
        c.billingProfile.lastName = b.string("lastName"_L1);
        c.billingProfile.email = b.string("email"_L1);
        c.billingProfile.culture = b.string("culture"_L1);
        c.billingProfile.language = b.string("language"_L1);
        c.billingProfile.companyName = b.string("companyName"_L1);
        c.billingProfile.defaultAddress = address(b, "defaultAddress"_L1);
        f.addProblems(b.problems());
    }
    c.relationshipToPartner = f.string("relationshipToPartner"_L1);
    c.allowDelegatedAccess = f.boolean("allowDelegatedAccess"_L1);
    const QJsonArray domains = f.array("customDomains"_L1);
    for (const QJsonValue &d : domains) {
        if (d.isString())
            c.customDomains << d.toString();
    }
    return finish(f, c);
}

Result<Subscription> WireCodec::subscription(const QJsonObject &json, const QString &path)
{
    JsonFields f(json, pathOr(path, "subscription"_L1));
    Subscription s;
    s.wire = json;
    s.id = f.requiredString("id"_L1);
    s.offerId = f.string("offerId"_L1);
    s.offerName = f.string("offerName"_L1);
    s.friendlyName = f.string("friendlyName"_L1);
    s.quantity = f.integer("quantity"_L1);
    s.unitType = f.string("unitType"_L1);
    s.parentSubscriptionId = f.string("parentSubscriptionId"_L1);
    s.creationDate = f.dateTime("creationDate"_L1);
    s.effectiveStartDate = f.dateTime("effectiveStartDate"_L1);
    s.commitmentEndDate = f.dateTime("commitmentEndDate"_L1);
    s.status = SubscriptionStatus::fromWire(f.string("status"_L1));
    s.autoRenewEnabled = f.boolean("autoRenewEnabled"_L1);
    s.billingType = f.string("billingType"_L1);
    s.billingCycle = f.string("billingCycle"_L1);
    s.isTrial = f.boolean("isTrial"_L1);
    s.termDuration = f.string("termDuration"_L1);
    s.cancellationAllowedUntilDate = f.dateTime("cancellationAllowedUntilDate"_L1);
    s.orderId = f.string("orderId"_L1);
    {
        JsonFields p(f.object("productType"_L1), f.childPath("productType"_L1));
        s.productTypeId = p.string("id"_L1);
        f.addProblems(p.problems());
    }
    {
        JsonFields a(f.object("attributes"_L1), f.childPath("attributes"_L1));
        s.etag = a.string("etag"_L1);
        f.addProblems(a.problems());
    }
    return finish(f, s);
}

Result<Entitlement> WireCodec::entitlement(const QJsonObject &json, const QString &path)
{
    JsonFields f(json, pathOr(path, "entitlement"_L1));
    Entitlement e;
    e.rawType = f.string("entitlementType"_L1);
    e.type = Entitlement::typeFromWire(e.rawType);
    e.productId = f.string("productId"_L1);
    e.skuId = f.string("skuId"_L1);
    e.friendlyName = f.string("friendlyName"_L1);
    e.quantity = f.integer("quantity"_L1);
    {
        JsonFields o(f.object("referenceOrder"_L1), f.childPath("referenceOrder"_L1));
        e.orderId = o.string("id"_L1);
        f.addProblems(o.problems());
    }
    e.expiryDate = f.dateTime("expiryDate"_L1);
    e.cancellationAllowedUntilDate = f.dateTime("cancellationAllowedUntilDate"_L1);
    e.fulfillmentState = f.string("fulfillmentState"_L1);
    e.status = f.string("status"_L1);
    return finish(f, e);
}

Result<Order> WireCodec::order(const QJsonObject &json, const QString &path)
{
    JsonFields f(json, pathOr(path, "order"_L1));
    Order o;
    o.id = f.requiredString("id"_L1);
    o.status = f.string("status"_L1);
    o.creationDate = f.dateTime("creationDate"_L1);
    const QJsonArray items = f.array("lineItems"_L1);
    for (qsizetype i = 0; i < items.size(); ++i) {
        JsonFields li(items.at(i).toObject(),
                      f.childPath("lineItems"_L1) + u'[' + QString::number(i) + u']');
        o.lineItems.append({int(li.integer("lineItemNumber"_L1)), li.string("offerId"_L1)});
        f.addProblems(li.problems());
    }
    return finish(f, o);
}

Result<AzureEntitlement> WireCodec::azureEntitlement(const QJsonObject &json, const QString &path)
{
    JsonFields f(json, pathOr(path, "azureEntitlement"_L1));
    AzureEntitlement e;
    e.id = f.requiredString("id"_L1);
    e.friendlyName = f.string("friendlyName"_L1);
    e.status = f.string("status"_L1);
    e.subscriptionId = f.string("subscriptionId"_L1);
    return finish(f, e);
}

Result<PartnerRelationship> WireCodec::partnerRelationship(const QJsonObject &json,
                                                           const QString &path)
{
    JsonFields f(json, pathOr(path, "partnerRelationship"_L1));
    PartnerRelationship r;
    r.id = f.requiredString("id"_L1);
    r.name = f.string("name"_L1);
    r.relationshipType = f.string("relationshipType"_L1);
    r.state = f.string("state"_L1);
    r.mpnId = f.string("mpnId"_L1);
    return finish(f, r);
}

ApiError WireCodec::error(int httpStatus, const QByteArray &body)
{
    ApiError e = ApiError::http(httpStatus, {}, {});
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (doc.isObject() && doc.object().value("error"_L1).isObject()) {
        // Microsoft Graph: {"error": {"code": "...", "message": "...", "innerError": {...}}}
        JsonFields f(doc.object().value("error"_L1).toObject(), u"error"_s);
        e.setCode(f.string("code"_L1));
        e.setDescription(f.string("message"_L1));
    } else if (doc.isObject()) {
        JsonFields f(doc.object(), {});
        e.setCode(f.string("code"_L1));
        QString description = f.string("description"_L1);
        if (description.isEmpty())
            description = f.string("message"_L1); // the throttle body
        if (description.isEmpty())
            description = f.string("error_description"_L1);
        e.setDescription(description);
    } else if (!body.trimmed().isEmpty()) {
        // An HTML error page from a proxy says more than nothing, but only its start.
        e.setDescription(QString::fromUtf8(body.left(300)).simplified());
    }
    if (httpStatus == 429) {
        ApiError throttled(ApiError::Kind::Throttled, e.description());
        throttled.setHttpStatus(429);
        throttled.setCode(e.code());
        return throttled;
    }
    return e;
}

namespace {
// The full subscription as received, with one field replaced under whatever case the server
// used for it.
QJsonObject withField(const Subscription &subscription, QLatin1StringView key,
                      const QJsonValue &value)
{
    QJsonObject body = subscription.wire;
    for (auto it = body.begin(); it != body.end();) {
        if (it.key().compare(key, Qt::CaseInsensitive) == 0)
            it = body.erase(it);
        else
            ++it;
    }
    body.insert(key, value);
    return body;
}
} // namespace

QJsonObject WireCodec::subscriptionWithStatus(const Subscription &subscription,
                                              const SubscriptionStatus &status)
{
    return withField(subscription, "status"_L1, status.toWire());
}

QJsonObject WireCodec::subscriptionWithAutoRenew(const Subscription &subscription, bool enabled)
{
    return withField(subscription, "autoRenewEnabled"_L1, enabled);
}

QJsonObject WireCodec::removeRelationshipBody()
{
    return QJsonObject{{u"relationshipToPartner"_s, u"none"_s},
                       {u"attributes"_s, QJsonObject{{u"objectType"_s, u"Customer"_s}}}};
}

QJsonObject WireCodec::cancelOrderBody(const QString &orderId, const QString &offerId)
{
    return QJsonObject{{u"id"_s, orderId},
                       {u"status"_s, u"cancelled"_s},
                       {u"lineItems"_s, QJsonArray{QJsonObject{{u"lineItemNumber"_s, 0},
                                                               {u"offerId"_s, offerId}}}}};
}
