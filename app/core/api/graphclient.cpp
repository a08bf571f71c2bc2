#include "graphclient.h"

#include "core/api/apipath.h"
#include "core/api/nextlink.h"
#include "core/api/pendingcall.h"

using namespace Qt::Literals::StringLiterals;

GraphClient::GraphClient(const QUrl &baseUrl, AccessTokenSource *tokens, Clock *clock,
                         QObject *parent)
    : RestClient(baseUrl, tokens, clock, HttpEnvironment::Dialect::Graph, parent)
{
}

PendingCall *GraphClient::listAdminRelationships(const QString &customerTenantId, QObject *context,
                                                 Callback<QList<AdminRelationship>> done,
                                                 const CallOptions &options)
{
    // OData string literals double their quotes; a tenant id has none, but input is input.
    QString literal = customerTenantId;
    literal.replace(u'\'', u"''"_s);
    const QString path =
        ApiPath::graph({u"tenantRelationships", u"delegatedAdminRelationships"},
                       {{u"$filter"_s, u"customer/tenantId eq '%1'"_s.arg(literal)},
                        {u"$top"_s, QString::number(m_pageSize)}});
    auto collected = std::make_shared<QList<AdminRelationship>>();
    return start(
        request("GET", path, options), context,
        [this, collected, done](const HttpRequest &sent, const HttpAnswer &answer) -> FollowUp {
            if (answer.error.isError()) {
                done(answer.error);
                return {};
            }
            Result<GraphCodec::Page> page = GraphCodec::page(answer.json);
            Result<QList<AdminRelationship>> items =
                page.ok() ? GraphCodec::adminRelationships(page.value().value)
                          : Result<QList<AdminRelationship>>(page.error());
            if (!items.ok()) {
                done(unusable(items.error(), sent, answer));
                return {};
            }
            collected->append(items.value());
            const QString nextLink = page.value().nextLink;
            if (nextLink.isEmpty()) {
                done(*collected);
                return {};
            }
            const std::optional<QUrl> next = NextLink::resolve(baseUrl(), nextLink);
            if (!next) {
                done(unusable(NextLink::refused(nextLink), sent, answer));
                return {};
            }
            HttpRequest follow;
            follow.url = *next;
            follow.correlationId = sent.correlationId;
            return {std::move(follow), {}};
        });
}

PendingCall *GraphClient::getAdminRelationship(const QString &relationshipId, QObject *context,
                                               Callback<AdminRelationship> done,
                                               const CallOptions &options)
{
    const QString path =
        ApiPath::graph({u"tenantRelationships", u"delegatedAdminRelationships", relationshipId});
    return call<AdminRelationship>(
        request("GET", path, options), context, std::move(done),
        [](const HttpAnswer &a) { return GraphCodec::adminRelationship(a.json); });
}

PendingCall *GraphClient::terminateAdminRelationship(const QString &relationshipId,
                                                     QObject *context,
                                                     Callback<GraphCodec::RelationshipRequest> done,
                                                     const CallOptions &options)
{
    HttpRequest r = request("POST",
                            ApiPath::graph({u"tenantRelationships", u"delegatedAdminRelationships",
                                            relationshipId, u"requests"}),
                            options);
    r.body = GraphCodec::terminateBody();
    return call<GraphCodec::RelationshipRequest>(
        std::move(r), context, std::move(done),
        [](const HttpAnswer &a) { return GraphCodec::relationshipRequest(a.json); });
}
