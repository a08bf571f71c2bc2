#include "sandboxgraph.h"
#include "sandbox/sandboxgraphjson.h"
#include "sandbox/sandboxjson.h"
#include "sandbox/sandboxmessages.h"
#include "sandbox/sandboxpaging.h"
#include "sandbox/sandboxstore.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;
using Msg = SandboxMessages::Message;

namespace {
constexpr int defaultTop = 100;
constexpr int maxTop = 300; // Graph documents $top up to 300 for this collection
constexpr qsizetype tenantIdLength = 36;

// An OData system query option: "$top" arrives as "$top" or percent-encoded as "%24top".
QString option(const RecordedRequest &request, const QString &name)
{
    const auto items = request.query.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (QUrl::fromPercentEncoding(key.toUtf8()).compare(u"$"_s + name, Qt::CaseInsensitive) ==
            0)
            return value;
    }
    return {};
}

QString text(const RecordedRequest &request, Msg message, const QStringList &args = {})
{
    return SandboxMessages::text(message, request.locale(), args);
}
} // namespace

SandboxGraph::SandboxGraph(SandboxStore &store)
    : m_store(store)
{
}

bool SandboxGraph::isGraphPath(const QString &path)
{
    return path == u"/v1.0" || path.startsWith(u"/v1.0/");
}

SandboxReply SandboxGraph::error(const RecordedRequest &request, int status, const QString &code,
                                 const QString &message, const QDateTime &now)
{
    QJsonObject inner{{u"date"_s, SandboxJson::dateToString(now)}};
    const QByteArray clientRequestId = request.header(QByteArrayLiteral("client-request-id"));
    if (!clientRequestId.isEmpty()) {
        inner.insert(u"request-id"_s, QString::fromLatin1(clientRequestId));
        inner.insert(u"client-request-id"_s, QString::fromLatin1(clientRequestId));
    }
    return SandboxReply::json(status, {{u"error"_s, QJsonObject{{u"code"_s, code},
                                                                {u"message"_s, message},
                                                                {u"innerError"_s, inner}}}});
}

SandboxReply SandboxGraph::graphShaped(const SandboxReply &reply, const RecordedRequest &request,
                                       const QDateTime &now)
{
    if (reply.status < 400)
        return reply;
    const QJsonObject body = QJsonDocument::fromJson(reply.body).object();
    if (body.isEmpty() || body.value(u"error"_s).isObject())
        return reply;
    QString code = body.value(u"code"_s).toVariant().toString();
    if (code.isEmpty())
        code = reply.status == 429 ? u"TooManyRequests"_s : u"UnknownError"_s;
    QString message = body.value(u"description"_s).toString();
    if (message.isEmpty())
        message = body.value(u"message"_s).toString();
    SandboxReply graph = error(request, reply.status, code, message, now);
    graph.headers = reply.headers;
    return graph;
}

SandboxReply SandboxGraph::handle(const RecordedRequest &request, const SandboxUser &user,
                                  const QDateTime &now, const QString &origin, bool *changed)
{
    const QStringList parts = request.path.split(u'/', Qt::SkipEmptyParts);
    const QByteArray &method = request.method;
    const auto notFound = [&] {
        return error(request, 404, u"ResourceNotFound"_s,
                     text(request, Msg::PathNotFound, {request.path}), now);
    };
    const auto notAllowed = [&] {
        return error(
            request, 405, u"MethodNotAllowed"_s,
            text(request, Msg::MethodNotAllowed, {QString::fromLatin1(method), request.path}), now);
    };
    if (parts.size() < 3 || parts.size() > 6 || parts.at(1) != u"tenantRelationships" ||
        parts.at(2) != u"delegatedAdminRelationships")
        return notFound();
    if (parts.size() == 3)
        return method == "GET" ? list(request, now, origin) : notAllowed();

    // Graph's ids end with the customer's tenant id, which finds the customer.
    const QString &id = parts.at(3);
    SandboxCustomer *customer =
        id.size() > tenantIdLength ? m_store.customerByTenant(id.right(tenantIdLength)) : nullptr;
    int index = -1;
    for (int i = 0; customer && i < customer->adminRelationships.size(); ++i) {
        if (customer->adminRelationships.at(i).id == id)
            index = i;
    }
    if (index < 0) {
        return error(request, 404, u"ResourceNotFound"_s,
                     text(request, Msg::RelationshipNotFound, {id}), now);
    }
    const SandboxAdminRelationship &relationship = customer->adminRelationships.at(index);
    if (parts.size() == 4) {
        return method == "GET" ? SandboxReply::json(200, SandboxGraphJson::relationshipToWire(
                                                             relationship, *customer, now))
                               : notAllowed();
    }
    if (parts.at(4) != u"requests")
        return notFound();
    if (parts.size() == 5 && method == "POST") {
        if (!user.canChangeSubscriptions()) {
            return error(request, 403, u"Authorization_RequestDenied"_s,
                         text(request, Msg::RoleLacksRights), now);
        }
        return terminate(*customer, index, request, now, changed);
    }
    if (method != "GET")
        return notAllowed();
    const bool requested = !relationship.terminationRequestId.isEmpty();
    const QJsonObject one = SandboxGraphJson::terminateRequestToWire(relationship, now);
    if (parts.size() == 5)
        return SandboxReply::json(200, {{u"value"_s, requested ? QJsonArray{one} : QJsonArray()}});
    if (!requested || parts.at(5) != relationship.terminationRequestId)
        return notFound();
    return SandboxReply::json(200, one);
}

SandboxReply SandboxGraph::list(const RecordedRequest &request, const QDateTime &now,
                                const QString &origin)
{
    const QString filter = option(request, u"filter"_s);
    const QString topText = option(request, u"top"_s);
    int top = defaultTop;
    if (!topText.isEmpty()) {
        bool ok = false;
        top = topText.toInt(&ok);
        if (!ok || top < 1 || top > maxTop) {
            return error(request, 400, u"BadRequest"_s,
                         text(request, Msg::InvalidParameter, {u"$top"_s, topText}), now);
        }
    }
    QList<const SandboxCustomer *> customers;
    if (!filter.isEmpty()) {
        static const QRegularExpression clause(u"^\\s*customer/tenantId\\s+eq\\s+'([^']*)'\\s*$"_s,
                                               QRegularExpression::CaseInsensitiveOption);
        const auto match = clause.match(filter);
        if (!match.hasMatch())
            return error(request, 400, u"BadRequest"_s, text(request, Msg::InvalidGraphFilter),
                         now);
        if (const SandboxCustomer *c = m_store.customerByTenant(match.captured(1)))
            customers.append(c);
    } else {
        customers = m_store.allCustomers();
    }
    int offset = 0;
    const QString skipToken = option(request, u"skiptoken"_s);
    if (!skipToken.isEmpty()) {
        offset = SandboxPaging::offset(skipToken.toLatin1(), filter);
        if (offset < 0)
            return error(request, 400, u"BadRequest"_s,
                         text(request, Msg::InvalidContinuationToken), now);
    }
    QJsonArray value;
    int position = 0;
    bool more = false;
    for (const SandboxCustomer *c : std::as_const(customers)) {
        for (const SandboxAdminRelationship &r : c->adminRelationships) {
            if (position++ < offset)
                continue;
            if (value.size() == top) {
                more = true;
                break;
            }
            value.append(SandboxGraphJson::relationshipToWire(r, *c, now));
        }
        if (more)
            break;
    }
    QJsonObject page{
        {u"@odata.context"_s,
         origin + u"/v1.0/$metadata#tenantRelationships/delegatedAdminRelationships"_s},
        {u"value"_s, value}};
    if (more) {
        QString query;
        if (!filter.isEmpty())
            query = u"$filter="_s + QString::fromLatin1(QUrl::toPercentEncoding(filter)) + u'&';
        query += u"$top=%1&$skiptoken=%2"_s.arg(top).arg(
            SandboxPaging::token(offset + int(value.size()), filter));
        page.insert(u"@odata.nextLink"_s,
                    origin + u"/v1.0/tenantRelationships/delegatedAdminRelationships?"_s + query);
    }
    return SandboxReply::json(200, page);
}

SandboxReply SandboxGraph::terminate(SandboxCustomer &customer, int index,
                                     const RecordedRequest &request, const QDateTime &now,
                                     bool *changed)
{
    QJsonParseError parseError;
    const QJsonObject body = QJsonDocument::fromJson(request.body, &parseError).object();
    if (parseError.error != QJsonParseError::NoError || body.isEmpty()) {
        return error(request, 400, u"BadRequest"_s,
                     text(request, Msg::InvalidJson, {parseError.errorString()}), now);
    }
    const QString action = SandboxJson::string(body, u"action");
    if (action != u"terminate") {
        return error(request, 400, u"BadRequest"_s, text(request, Msg::InvalidAction, {action}),
                     now);
    }
    SandboxAdminRelationship &r = customer.adminRelationships[index];
    const QString status = SandboxGraphJson::statusAt(r, now);
    if (status != u"active") {
        return error(request, 400, u"BadRequest"_s,
                     text(request, Msg::RelationshipNotActive, {status}), now);
    }
    r.terminationRequestedDateTime = now;
    r.terminationRequestId = SandboxStore::newGuid();
    *changed = true;
    SandboxReply reply = SandboxReply::json(201, SandboxGraphJson::terminateRequestToWire(r, now));
    reply.headers.append(
        {QByteArrayLiteral("Location"),
         (u"/v1.0/tenantRelationships/delegatedAdminRelationships/%1/requests/%2"_s.arg(
              r.id, r.terminationRequestId))
             .toUtf8()});
    return reply;
}
