#include "sandboxapi.h"
#include "sandbox/sandboxjson.h"
#include "sandbox/sandboxmessages.h"
#include "sandbox/sandboxpaging.h"
#include "sandbox/sandboxrules.h"
#include "sandbox/sandboxstore.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;
using Msg = SandboxMessages::Message;

namespace {

constexpr int defaultPageSize = 200;
constexpr int maxPageSize = 500;

SandboxReply fail(const RecordedRequest &request, int status, const QJsonValue &code, Msg message,
                  const QStringList &args = {})
{
    return SandboxReply::error(status, code,
                               SandboxMessages::text(message, request.locale(), args));
}

// Parses a JSON object body; on failure fills *reply with a 400 error body.
bool parseBody(const RecordedRequest &request, QJsonObject *object, SandboxReply *reply)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        const QString reason = parseError.error != QJsonParseError::NoError
                                   ? parseError.errorString()
                                   : u"expected an object"_s;
        *reply = fail(request, 400, u"InvalidJson"_s, Msg::InvalidJson, {reason});
        return false;
    }
    *object = document.object();
    return true;
}

QJsonObject collection(const QJsonArray &items, const QString &self)
{
    return {{u"totalCount"_s, items.size()},
            {u"items"_s, items},
            {u"links"_s, QJsonObject{{u"self"_s, QJsonObject{{u"uri"_s, self},
                                                             {u"method"_s, u"GET"_s},
                                                             {u"headers"_s, QJsonArray()}}}}},
            {u"attributes"_s, QJsonObject{{u"objectType"_s, u"Collection"_s}}}};
}

} // namespace

SandboxApi::SandboxApi(SandboxStore &store)
    : m_store(store)
{
}

SandboxReply SandboxApi::handle(const RecordedRequest &request, const SandboxUser &user,
                                const QDateTime &now, bool *changed)
{
    const QStringList parts = request.path.split(u'/', Qt::SkipEmptyParts);
    const QByteArray &method = request.method;
    const auto notAllowed = [&] {
        return fail(request, 405, u"MethodNotAllowed"_s, Msg::MethodNotAllowed,
                    {QString::fromLatin1(method), request.path});
    };
    if (parts.size() == 2 && parts.at(0) == u"v1" && parts.at(1) == u"relationships")
        return method == "GET" ? partnerRelationships(request, user) : notAllowed();
    if (parts.size() < 2 || parts.at(0) != u"v1" || parts.at(1) != u"customers")
        return fail(request, 404, u"NotFound"_s, Msg::PathNotFound, {request.path});
    if (parts.size() == 2)
        return method == "GET" ? listCustomers(request) : notAllowed();
    if (parts.at(2).compare(u"relationshiprequests", Qt::CaseInsensitive) == 0) {
        if (parts.size() != 3)
            return fail(request, 404, u"NotFound"_s, Msg::PathNotFound, {request.path});
        return method == "GET" ? relationshipRequest() : notAllowed();
    }
    const bool azureEntitlements =
        parts.size() == 6 && parts.at(3) == u"subscriptions" &&
        parts.at(5).compare(u"azureEntitlements", Qt::CaseInsensitive) == 0;
    if ((parts.size() > 5 && !azureEntitlements) ||
        (parts.size() >= 4 && parts.at(3) != u"subscriptions" && parts.at(3) != u"entitlements" &&
         parts.at(3) != u"orders") ||
        (parts.size() == 5 && parts.at(3) == u"entitlements"))
        return fail(request, 404, u"NotFound"_s, Msg::PathNotFound, {request.path});

    SandboxCustomer *customer = m_store.customer(parts.at(2));
    if (!customer)
        return fail(request, 404, 600, Msg::CustomerNotFound, {parts.at(2)});
    if (!customer->isListed())
        return fail(request, 404, 20002, Msg::NoRelationship, {parts.at(2)});

    if (parts.size() == 3) {
        if (method == "GET")
            return SandboxReply::json(200, SandboxJson::customerToWire(*customer));
        if (method == "PATCH")
            return removeRelationship(*customer, request, user, now, changed);
        return notAllowed();
    }
    const QString &collectionName = parts.at(3);
    if (parts.size() == 4) {
        if (method != "GET")
            return notAllowed();
        if (collectionName == u"subscriptions")
            return listSubscriptions(*customer, request);
        if (collectionName == u"entitlements")
            return listEntitlements(*customer, request);
        QJsonArray orders;
        for (const SandboxOrder &order : std::as_const(customer->orders))
            orders.append(SandboxJson::orderToJson(order));
        return SandboxReply::json(200, collection(orders, request.pathAndQuery));
    }
    const QString &itemId = parts.at(4);
    if (collectionName == u"orders") {
        if (method == "PATCH") {
            if (!user.canChangeSubscriptions())
                return fail(request, 403, 900150, Msg::RoleLacksRights);
            return cancelOrder(*customer, itemId, request, now, changed);
        }
        for (const SandboxOrder &order : std::as_const(customer->orders)) {
            if (order.id == itemId && method == "GET")
                return SandboxReply::json(200, SandboxJson::orderToJson(order));
        }
        return method == "GET" ? fail(request, 404, u"NotFound"_s, Msg::OrderNotFound, {itemId})
                               : notAllowed();
    }
    SandboxSubscription *subscription = m_store.subscription(customer->id, itemId);
    if (method != "GET" && (method != "PATCH" || azureEntitlements))
        return notAllowed();
    if (!subscription)
        return fail(request, 404, 800002, Msg::SubscriptionNotFound, {itemId});
    if (azureEntitlements)
        return listAzureEntitlements(*subscription, request);
    if (method == "GET") {
        return SandboxReply::json(
            200, SandboxJson::subscriptionToJson(*subscription, SandboxJson::Form::Wire));
    }
    if (!user.canChangeSubscriptions())
        return fail(request, 403, 900150, Msg::RoleLacksRights);
    QJsonObject body;
    SandboxReply error;
    if (!parseBody(request, &body, &error))
        return error;
    return SandboxRules::patchSubscription(*customer, *subscription, body,
                                           request.header(QByteArrayLiteral("if-match")), now,
                                           request.locale(), changed);
}

SandboxReply SandboxApi::listCustomers(const RecordedRequest &request)
{
    int size = defaultPageSize;
    const QString sizeText = request.query.queryItemValue(u"size"_s, QUrl::FullyDecoded);
    if (!sizeText.isEmpty()) {
        bool ok = false;
        const qlonglong requested = sizeText.toLongLong(&ok);
        if (!ok)
            return fail(request, 400, u"InvalidParameter"_s, Msg::InvalidParameter,
                        {u"size"_s, sizeText});
        size = int(std::clamp<qlonglong>(requested, 1, maxPageSize)); // huge sizes are clamped
    }
    const QString filter = request.query.queryItemValue(u"filter"_s, QUrl::FullyDecoded);
    QString field, value;
    if (!filter.isEmpty()) {
        const QJsonObject f = QJsonDocument::fromJson(filter.toUtf8()).object();
        field = SandboxJson::string(f, u"Field").toLower();
        value = SandboxJson::string(f, u"Value");
        const QString op = SandboxJson::string(f, u"Operator");
        if ((field != u"companyname" && field != u"domain") ||
            op.compare(u"starts_with", Qt::CaseInsensitive) != 0)
            return fail(request, 400, u"InvalidFilter"_s, Msg::InvalidFilter);
    }
    int offset = 0;
    const QByteArray token = request.header(QByteArrayLiteral("ms-continuationtoken"));
    if (!token.trimmed().isEmpty()) {
        offset = SandboxPaging::offset(token, filter);
        if (offset < 0)
            return fail(request, 400, u"InvalidContinuationToken"_s, Msg::InvalidContinuationToken);
    }

    QJsonArray items;
    bool more = false;
    const int count = m_store.listedCount();
    if (field.isEmpty()) {
        for (int i = offset; i < count && items.size() < size; ++i)
            items.append(SandboxJson::customerToListItem(m_store.listedAt(i)));
        more = qint64(offset) + size < count;
    } else if (field == u"companyname") {
        const QString prefix = value.toCaseFolded();
        const qint64 start = qint64(m_store.listedLowerBound(prefix)) + offset;
        qint64 i = start;
        for (; i < count && m_store.listedKey(int(i)).startsWith(prefix) && items.size() < size;
             ++i)
            items.append(SandboxJson::customerToListItem(m_store.listedAt(int(i))));
        more = i < count && m_store.listedKey(int(i)).startsWith(prefix);
    } else {
        int matched = 0;
        for (int i = 0; i < count; ++i) {
            const SandboxCustomer &c = m_store.listedAt(i);
            if (!c.domain.startsWith(value, Qt::CaseInsensitive))
                continue;
            if (items.size() == size) {
                more = true;
                break;
            }
            if (matched++ >= offset)
                items.append(SandboxJson::customerToListItem(c));
        }
    }
    QJsonObject page = collection(items, request.pathAndQuery);
    if (more) {
        QString uri = u"/v1/customers?size=%1"_s.arg(size);
        if (!filter.isEmpty())
            uri += u"&filter="_s + QString::fromLatin1(QUrl::toPercentEncoding(filter));
        QJsonObject links = page.value(u"links"_s).toObject();
        const QJsonObject header{
            {u"key"_s, u"MS-ContinuationToken"_s},
            {u"value"_s, SandboxPaging::token(offset + int(items.size()), filter)}};
        links.insert(u"next"_s, QJsonObject{{u"uri"_s, uri},
                                            {u"method"_s, u"GET"_s},
                                            {u"headers"_s, QJsonArray{header}}});
        page.insert(u"links"_s, links);
    }
    return SandboxReply::json(200, page);
}

SandboxReply SandboxApi::removeRelationship(SandboxCustomer &customer,
                                            const RecordedRequest &request, const SandboxUser &user,
                                            const QDateTime &now, bool *changed)
{
    if (user.indirectReseller)
        return fail(request, 403, u"Forbidden"_s, Msg::IndirectResellerCannotRemove);
    if (!user.canRemoveRelationship())
        return fail(request, 403, 900150, Msg::RoleLacksRights);
    QJsonObject body;
    SandboxReply error;
    if (!parseBody(request, &body, &error))
        return error;
    if (SandboxJson::string(body, u"relationshipToPartner").compare(u"none", Qt::CaseInsensitive) !=
        0)
        return fail(request, 400, u"InvalidRequest"_s, Msg::InvalidRelationship);
    const QStringList blockers = SandboxRules::removalBlockers(customer, now, request.locale());
    if (!blockers.isEmpty())
        return fail(request, 409, 3000, Msg::RemovalBlocked, {blockers.join(u"; "_s)});
    m_store.setRelationship(customer.id, u"none"_s);
    *changed = true;
    return SandboxReply::json(200,
                              SandboxJson::toPascalCase(SandboxJson::customerToWire(customer)));
}

SandboxReply SandboxApi::listSubscriptions(const SandboxCustomer &customer,
                                           const RecordedRequest &request) const
{
    QJsonArray items;
    for (const SandboxSubscription &s : customer.subscriptions)
        items.append(SandboxJson::subscriptionToJson(s, SandboxJson::Form::Wire));
    return SandboxReply::json(200, collection(items, request.pathAndQuery));
}

SandboxReply SandboxApi::listEntitlements(const SandboxCustomer &customer,
                                          const RecordedRequest &request) const
{
    const QString type = request.query.queryItemValue(u"entitlementType"_s, QUrl::FullyDecoded);
    QJsonArray items;
    for (const SandboxEntitlement &e : customer.entitlements) {
        if (type.isEmpty() || e.entitlementType.compare(type, Qt::CaseInsensitive) == 0)
            items.append(SandboxJson::entitlementToJson(e, SandboxJson::Form::Wire));
    }
    return SandboxReply::json(200, collection(items, request.pathAndQuery));
}

SandboxReply SandboxApi::listAzureEntitlements(const SandboxSubscription &plan,
                                               const RecordedRequest &request) const
{
    if (!plan.isAzurePlan())
        return fail(request, 400, u"InvalidRequest"_s, Msg::NotAzurePlan, {plan.id});
    QJsonArray items;
    for (const SandboxAzureEntitlement &e : plan.azureEntitlements)
        items.append(QJsonObject{{u"id"_s, e.id},
                                 {u"friendlyName"_s, e.friendlyName},
                                 {u"status"_s, e.status},
                                 {u"subscriptionId"_s, plan.id}});
    return SandboxReply::json(200, collection(items, request.pathAndQuery));
}

SandboxReply SandboxApi::cancelOrder(SandboxCustomer &customer, const QString &orderId,
                                     const RecordedRequest &request, const QDateTime &now,
                                     bool *changed)
{
    QJsonObject body;
    SandboxReply error;
    if (!parseBody(request, &body, &error))
        return error;
    if (SandboxJson::string(body, u"status").compare(u"cancelled", Qt::CaseInsensitive) != 0)
        return fail(request, 400, u"InvalidRequest"_s, Msg::OrderStatusRequired);
    SandboxOrder *order = nullptr;
    for (SandboxOrder &candidate : customer.orders) {
        if (candidate.id == orderId)
            order = &candidate;
    }
    if (!order)
        return fail(request, 404, u"NotFound"_s, Msg::OrderNotFound, {orderId});
    if (order->status.compare(u"cancelled", Qt::CaseInsensitive) == 0)
        return fail(request, 400, u"InvalidOrderState"_s, Msg::OrderAlreadyFinal,
                    {order->id, order->status});
    // The order can be cancelled while any of its entitlements is inside its window.
    QDateTime window;
    for (const SandboxEntitlement &e : std::as_const(customer.entitlements)) {
        if (e.orderId == orderId && e.cancellationAllowedUntilDate.isValid() &&
            (!window.isValid() || e.cancellationAllowedUntilDate > window))
            window = e.cancellationAllowedUntilDate;
    }
    if (!window.isValid() || now > window) {
        return fail(request, 400, 900117, Msg::OrderWindowPassed,
                    {window.isValid() ? window.toString(u"yyyy-MM-dd"_s) : u"-"_s});
    }
    order->status = u"cancelled"_s;
    for (SandboxEntitlement &e : customer.entitlements) {
        if (e.orderId == orderId) {
            e.status = u"cancelled"_s;
            e.fulfillmentState = u"cancelled"_s;
        }
    }
    *changed = true;
    return SandboxReply::json(200, SandboxJson::orderToJson(*order));
}

SandboxReply SandboxApi::partnerRelationships(const RecordedRequest &request,
                                              const SandboxUser &user) const
{
    // "Retrieve a list of indirect resellers": a reseller asks for its indirect providers
    // (IsIndirectResellerOf), a provider for its indirect resellers (the demo partner has none).
    const QString type = request.query.queryItemValue(u"relationship_type"_s, QUrl::FullyDecoded);
    const bool providers = type.compare(u"IsIndirectResellerOf", Qt::CaseInsensitive) == 0;
    if (!providers && type.compare(u"IsIndirectCloudSolutionProviderOf", Qt::CaseInsensitive) != 0)
        return fail(request, 400, u"InvalidParameter"_s, Msg::InvalidParameter,
                    {u"relationship_type"_s, type});
    QJsonArray items;
    if (providers && user.indirectReseller) {
        items.append(QJsonObject{
            {u"id"_s, u"9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a"_s},
            {u"name"_s, u"Contoso Distribution CEE s.r.o."_s},
            {u"relationshipType"_s, u"is_indirect_reseller_of"_s},
            {u"state"_s, u"active"_s},
            {u"mpnId"_s, u"4812345"_s},
            {u"location"_s, u"CZ"_s},
            {u"attributes"_s, QJsonObject{{u"objectType"_s, u"PartnerRelationship"_s}}}});
    }
    return SandboxReply::json(200, collection(items, request.pathAndQuery));
}

SandboxReply SandboxApi::relationshipRequest() const
{
    const QString url = u"https://admin.microsoft.com/Adminportal/Home?invType="
                        u"ResellerRelationship&partnerId=%1&msppId=0&DAP=false#/BillingAccounts/"
                        u"partner-invitation"_s.arg(m_store.partnerId());
    return SandboxReply::json(
        200, {{u"url"_s, url},
              {u"attributes"_s, QJsonObject{{u"objectType"_s, u"CustomerRelationshipRequest"_s}}}});
}
