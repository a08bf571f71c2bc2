#include "sandbox/sandboxgraphjson.h"
#include "sandbox/sandboxserver.h"
#include "sandboxtestclient.h"

#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;

// The sandbox's Microsoft Graph subset (/v1.0 delegatedAdminRelationships) and the Partner
// Center additions of issue 9 (Azure entitlements, auto-renew, marketplace, savings plans,
// indirect resellers), on the demo data, over real loopback HTTP.
class tst_SandboxGraph : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void listsFilteredByTenantWithPaging();
    void unfilteredListCoversEveryCustomer();
    void badQueriesAnswerInGraphsShape();
    void getAndTerminateWithStatusProgression();
    void terminateNeedsAnActiveRelationshipAndTheRight();
    void authenticationAndFaultsInGraphsShape();
    void languagesFromAcceptLanguage();
    void relationshipsOutliveTheResellerRelationship();
    void relationshipsSurviveTheStateFile();
    void generatedCustomersHaveZeroToThreeRelationships();
    void demoCoversEveryNewCase();
    void azureEntitlementsOfAnAzurePlan();
    void autoRenewSwitchedWithIfMatch();
    void marketplaceSubscriptionCancelled();
    void indirectResellerCannotRemove();

private:
    QString customerByDomain(const QString &domainPrefix) const;
    QString graphList(const QString &tenantId, int top = 0) const;

    QDateTime m_now = QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
    SandboxServer *server = nullptr;
    SandboxTestClient *client = nullptr;
};

void tst_SandboxGraph::init()
{
    server = new SandboxServer;
    server->setClock([this] { return m_now; });
    QString error;
    QVERIFY2(server->loadDemo(&error), qPrintable(error));
    QVERIFY(server->start() != 0);
    client = new SandboxTestClient;
    client->base = server->baseUrl();
    client->token = server->issueAccessToken().toLatin1();
}

void tst_SandboxGraph::cleanup()
{
    delete client;
    delete server;
}

QString tst_SandboxGraph::customerByDomain(const QString &domainPrefix) const
{
    for (const SandboxCustomer *c : server->store().allCustomers()) {
        if (c->domain.startsWith(domainPrefix))
            return c->id;
    }
    return {};
}

QString tst_SandboxGraph::graphList(const QString &tenantId, int top) const
{
    QString path =
        u"/v1.0/tenantRelationships/delegatedAdminRelationships?%24filter="_s +
        QString::fromLatin1(QUrl::toPercentEncoding(u"customer/tenantId eq '%1'"_s.arg(tenantId)));
    if (top > 0)
        path += u"&%24top="_s + QString::number(top);
    return path;
}

void tst_SandboxGraph::listsFilteredByTenantWithPaging()
{
    const QString relecloud = customerByDomain(u"relecloud"_s);
    QVERIFY(!relecloud.isEmpty());
    QString next = graphList(relecloud, 4);
    QSet<QString> ids;
    int pages = 0;
    while (!next.isEmpty()) {
        const TestReply page = client->get(next);
        QCOMPARE(page.status, 200);
        ++pages;
        const QJsonArray value = page.json.value("value").toArray();
        QVERIFY(value.size() <= 4);
        for (const QJsonValue &v : value) {
            const QJsonObject r = v.toObject();
            QCOMPARE(r.value("customer").toObject().value("tenantId").toString(), relecloud);
            QVERIFY(r.value("id").toString().endsWith(relecloud));
            QVERIFY(!r.value("accessDetails").toObject().value("unifiedRoles").toArray().isEmpty());
            QCOMPARE(r.value("@odata.type").toString(),
                     u"#microsoft.graph.delegatedAdminRelationship"_s);
            ids.insert(r.value("id").toString());
        }
        next = page.json.value("@odata.nextLink").toString();
        if (!next.isEmpty()) // absolute, on the same server
            QVERIFY(next.startsWith(server->baseUrl().toString() + u"/v1.0/"_s));
    }
    QCOMPARE(pages, 2);
    QCOMPARE(ids.size(), 6);
}

void tst_SandboxGraph::unfilteredListCoversEveryCustomer()
{
    int expected = 0;
    for (const SandboxCustomer *c : server->store().allCustomers())
        expected += int(c->adminRelationships.size());
    QVERIFY(expected >= 15);
    QString next = u"/v1.0/tenantRelationships/delegatedAdminRelationships?%24top=7"_s;
    QSet<QString> ids;
    while (!next.isEmpty()) {
        const TestReply page = client->get(next);
        QCOMPARE(page.status, 200);
        for (const QJsonValue &v : page.json.value("value").toArray())
            ids.insert(v.toObject().value("id").toString());
        next = page.json.value("@odata.nextLink").toString();
    }
    QCOMPARE(ids.size(), expected);
}

void tst_SandboxGraph::badQueriesAnswerInGraphsShape()
{
    const auto check = [](const TestReply &reply, int status, const QString &code) {
        QCOMPARE(reply.status, status);
        const QJsonObject error = reply.json.value("error").toObject();
        QCOMPARE(error.value("code").toString(), code);
        QVERIFY(!error.value("message").toString().isEmpty());
        QVERIFY(error.value("innerError").toObject().contains("date"));
    };
    const QString base = u"/v1.0/tenantRelationships/delegatedAdminRelationships"_s;
    check(client->get(base + u"?%24filter=displayName%20eq%20'x'"_s), 400, u"BadRequest"_s);
    check(client->get(base + u"?%24top=301"_s), 400, u"BadRequest"_s);
    check(client->get(base + u"?%24top=abc"_s), 400, u"BadRequest"_s);
    check(client->get(base + u"?%24skiptoken=garbage"_s), 400, u"BadRequest"_s);
    check(client->get(base + u"/nope"_s), 404, u"ResourceNotFound"_s);
    check(client->get(u"/v1.0/users"_s), 404, u"ResourceNotFound"_s);
    check(client->call("DELETE", base), 405, u"MethodNotAllowed"_s);
}

void tst_SandboxGraph::getAndTerminateWithStatusProgression()
{
    const QString contoso = customerByDomain(u"contoso-cz"_s);
    const TestReply listed = client->get(graphList(contoso));
    QString id;
    for (const QJsonValue &v : listed.json.value("value").toArray()) {
        if (v.toObject().value("status") == u"active"_s && id.isEmpty())
            id = v.toObject().value("id").toString();
    }
    QVERIFY(!id.isEmpty());
    const QString path = u"/v1.0/tenantRelationships/delegatedAdminRelationships/"_s + id;
    QCOMPARE(client->get(path).json.value("status").toString(), u"active"_s);

    const TestReply created =
        client->call("POST", path + u"/requests"_s, R"({"action":"terminate"})",
                     {{"client-request-id", "5a1b2c3d"}});
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json.value("action").toString(), u"terminate"_s);
    QCOMPARE(created.json.value("status").toString(), u"created"_s);
    const QString requestId = created.json.value("id").toString();
    QVERIFY(created.headers.value("location").endsWith(requestId.toLatin1()));
    QCOMPARE(created.headers.value("client-request-id"), "5a1b2c3d");

    QCOMPARE(client->get(path).json.value("status").toString(), u"terminationRequested"_s);
    m_now = m_now.addSecs(90);
    QCOMPARE(client->get(path).json.value("status").toString(), u"terminating"_s);
    QCOMPARE(client->get(path + u"/requests"_s).json.value("value").toArray().size(), 1);
    m_now = m_now.addSecs(600);
    const TestReply ended = client->get(path);
    QCOMPARE(ended.json.value("status").toString(), u"terminated"_s);
    QCOMPARE(QDateTime::fromString(ended.json.value("endDateTime").toString(), Qt::ISODate),
             m_now.addSecs(-690 + 300));
    QCOMPARE(client->get(path + u"/requests/"_s + requestId).json.value("status").toString(),
             u"succeeded"_s);
}

void tst_SandboxGraph::terminateNeedsAnActiveRelationshipAndTheRight()
{
    const QString fabrikam = customerByDomain(u"fabrikam-azure"_s);
    const QJsonArray value = client->get(graphList(fabrikam)).json.value("value").toArray();
    QCOMPARE(value.size(), 1);
    QCOMPARE(value.first().toObject().value("status").toString(), u"terminated"_s);
    const QString ended = value.first().toObject().value("id").toString();
    const QString base = u"/v1.0/tenantRelationships/delegatedAdminRelationships/"_s;
    TestReply refused =
        client->call("POST", base + ended + u"/requests"_s, R"({"action":"terminate"})");
    QCOMPARE(refused.status, 400);
    QVERIFY(refused.json.value("error").toObject().value("message").toString().contains(
        u"terminated"_s));

    const QString lodz = customerByDomain(u"przedsiebiorstwo"_s);
    const QString active = client->get(graphList(lodz))
                               .json.value("value")
                               .toArray()
                               .first()
                               .toObject()
                               .value("id")
                               .toString();
    TestReply wrongAction =
        client->call("POST", base + active + u"/requests"_s, R"({"action":"lockForApproval"})");
    QCOMPARE(wrongAction.status, 400);
    client->token = server->issueAccessToken(u"helpdesk"_s).toLatin1();
    TestReply forbidden =
        client->call("POST", base + active + u"/requests"_s, R"({"action":"terminate"})");
    QCOMPARE(forbidden.status, 403);
    QCOMPARE(forbidden.json.value("error").toObject().value("code").toString(),
             u"Authorization_RequestDenied"_s);
    QCOMPARE(client->get(base + active).json.value("status").toString(), u"active"_s);
}

void tst_SandboxGraph::authenticationAndFaultsInGraphsShape()
{
    const QString path = graphList(customerByDomain(u"contoso-cz"_s));
    client->token = "forged";
    TestReply unauthorized = client->get(path);
    QCOMPARE(unauthorized.status, 401);
    QCOMPARE(unauthorized.json.value("error").toObject().value("code").toString(),
             u"Unauthorized"_s);
    QVERIFY(unauthorized.headers.contains("www-authenticate"));

    client->token = server->issueAccessToken().toLatin1();
    FaultOptions faults;
    faults.retryAfterSeconds = 3;
    server->setFaults(faults);
    server->failNext(SandboxServer::Fault::Throttle, 1, u"delegatedAdminRelationships"_s);
    TestReply throttled = client->get(path);
    QCOMPARE(throttled.status, 429);
    QCOMPARE(throttled.headers.value("retry-after"), "3");
    QCOMPARE(throttled.json.value("error").toObject().value("code").toString(),
             u"TooManyRequests"_s);
    server->failNext(SandboxServer::Fault::ServerError, 1, u"delegatedAdminRelationships"_s);
    QCOMPARE(client->get(path).json.value("error").toObject().value("code").toString(),
             u"InternalServerError"_s);
    const int before = server->requestCount();
    QCOMPARE(client->get(path).status, 200);
    QCOMPARE(server->requestCount(), before + 1); // counted like /v1
}

void tst_SandboxGraph::languagesFromAcceptLanguage()
{
    const QString path = u"/v1.0/tenantRelationships/delegatedAdminRelationships/x-"_s +
                         customerByDomain(u"contoso-cz"_s);
    const auto message = [&](const QByteArray &language) {
        return client->call("GET", path, {}, {{"Accept-Language", language}})
            .json.value("error")
            .toObject()
            .value("message")
            .toString();
    };
    QVERIFY(message("pl-PL,pl;q=0.9").contains(u"relacji administratora"_s));
    QVERIFY(message("cs").contains(u"Vztah správce"_s));
    QVERIFY(message("de-DE").contains(u"Administratorbeziehung"_s));
    QVERIFY(message("en-US").contains(u"admin relationship"_s));
}

void tst_SandboxGraph::relationshipsOutliveTheResellerRelationship()
{
    const QString fourth = customerByDomain(u"fourth-coffee"_s);
    const TestReply removed =
        client->patch(u"/v1/customers/"_s + fourth,
                      {{u"relationshipToPartner"_s, u"none"_s},
                       {u"attributes"_s, QJsonObject{{u"objectType"_s, u"Customer"_s}}}});
    QCOMPARE(removed.status, 200);
    const QJsonArray value = client->get(graphList(fourth)).json.value("value").toArray();
    QCOMPARE(value.size(), 1);
    QCOMPARE(value.first().toObject().value("status").toString(), u"active"_s);
}

void tst_SandboxGraph::relationshipsSurviveTheStateFile()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"state.json"_s);
    server->setStateFile(file);
    const QString lodz = customerByDomain(u"przedsiebiorstwo"_s);
    const QString id = server->store().customer(lodz)->adminRelationships.first().id;
    QCOMPARE(
        client
            ->call("POST",
                   u"/v1.0/tenantRelationships/delegatedAdminRelationships/%1/requests"_s.arg(id),
                   R"({"action":"terminate"})")
            .status,
        201);
    SandboxServer reloaded;
    reloaded.setClock([this] { return m_now.addSecs(3600); });
    QString error;
    QVERIFY2(reloaded.loadState(file, &error), qPrintable(error));
    const SandboxCustomer *c = reloaded.store().customer(lodz);
    QCOMPARE(c->adminRelationships.size(), 1);
    QCOMPARE(SandboxGraphJson::statusAt(c->adminRelationships.first(), reloaded.now()),
             u"terminated"_s);
    QCOMPARE(c->adminRelationships.first().roleDefinitionIds,
             server->store().customer(lodz)->adminRelationships.first().roleDefinitionIds);
    // Azure entitlements of the Azure plan too.
    const QString northwind = customerByDomain(u"northwind-cloud"_s);
    QCOMPARE(reloaded.store().customer(northwind)->subscriptions.first().azureEntitlements.size(),
             4);
}

void tst_SandboxGraph::generatedCustomersHaveZeroToThreeRelationships()
{
    server->generate(400, 7);
    QMap<int, int> perCustomer;
    QSet<QString> statuses;
    for (const SandboxCustomer *c : server->store().allCustomers()) {
        ++perCustomer[int(c->adminRelationships.size())];
        for (const SandboxAdminRelationship &r : c->adminRelationships) {
            QVERIFY(r.id.endsWith(u'-' + c->tenantId));
            QVERIFY(!r.roleDefinitionIds.isEmpty());
            QVERIFY(r.displayName.size() <= 50);
            statuses.insert(SandboxGraphJson::statusAt(r, m_now));
        }
    }
    QCOMPARE(perCustomer.keys(), QList<int>({0, 1, 2, 3}));
    for (const QString &status : {u"active"_s, u"expired"_s, u"terminated"_s, u"approvalPending"_s})
        QVERIFY2(statuses.contains(status), qPrintable(status));
    // The same seed makes the same customers.
    SandboxServer again;
    again.setClock([this] { return m_now; });
    again.generate(400, 7);
    const SandboxCustomer *first = server->store().allCustomers().first();
    QCOMPARE(again.store().customer(first->id)->adminRelationships.size(),
             first->adminRelationships.size());
}

void tst_SandboxGraph::demoCoversEveryNewCase()
{
    bool addOn = false, marketplace = false, savingsPlan = false, azureActive = false,
         dapOnly = false, indirect = false;
    for (const SandboxCustomer *c : server->store().allCustomers()) {
        for (const SandboxSubscription &s : c->subscriptions) {
            addOn |= s.isAddOn() && s.status == u"active";
            marketplace |= s.isMarketplace() && s.status == u"active";
            azureActive |= s.isAzurePlan() && s.activeAzureSubscriptions() > 0;
        }
        for (const SandboxEntitlement &e : c->entitlements)
            savingsPlan |= e.entitlementType == u"savingsPlan" && e.status == u"active";
        dapOnly |= c->allowDelegatedAccess && c->adminRelationships.isEmpty() &&
                   c->domain.startsWith(u"humongous");
    }
    for (const SandboxUser &u : server->store().users())
        indirect |= u.indirectReseller;
    QVERIFY(addOn);
    QVERIFY(marketplace);
    QVERIFY(savingsPlan);
    QVERIFY(azureActive);
    QVERIFY(dapOnly);
    QVERIFY(indirect);
}

void tst_SandboxGraph::azureEntitlementsOfAnAzurePlan()
{
    const QString northwind = customerByDomain(u"northwind-cloud"_s);
    const SandboxSubscription &plan = server->store().customer(northwind)->subscriptions.first();
    QVERIFY(plan.isAzurePlan());
    const QString path =
        u"/v1/customers/%1/subscriptions/%2/azureEntitlements"_s.arg(northwind, plan.id);
    const TestReply listed = client->get(path);
    QCOMPARE(listed.status, 200);
    const QJsonArray items = listed.json.value("items").toArray();
    QCOMPARE(items.size(), 4);
    int active = 0;
    for (const QJsonValue &v : items) {
        QCOMPARE(v.toObject().value("subscriptionId").toString(), plan.id);
        QVERIFY(!v.toObject().value("friendlyName").toString().isEmpty());
        active += v.toObject().value("status") == u"active"_s ? 1 : 0;
    }
    QCOMPARE(active, 3);
    QCOMPARE(client->get(path.toLower()).status, 200); // the docs spell it both ways
    const QString other = server->store().customer(northwind)->subscriptions.at(1).id;
    QCOMPARE(
        client->get(u"/v1/customers/%1/subscriptions/%2/azureEntitlements"_s.arg(northwind, other))
            .status,
        400);
    QCOMPARE(client->call("PATCH", path, "{}").status, 405);
}

void tst_SandboxGraph::autoRenewSwitchedWithIfMatch()
{
    const QString northwind = customerByDomain(u"northwind-cloud"_s);
    SandboxSubscription &nce = server->store().customer(northwind)->subscriptions[1];
    QVERIFY(nce.isNce() && nce.autoRenewEnabled);
    const QString path = u"/v1/customers/%1/subscriptions/%2"_s.arg(northwind, nce.id);
    QJsonObject body = client->get(path).json;
    body.insert(u"autoRenewEnabled"_s, false);
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    const TestReply stale = client->call("PATCH", path, json, {{"If-Match", "\"stale\""}});
    QCOMPARE(stale.status, 400);
    QCOMPARE(stale.code().toInt(), 2055);
    const TestReply done = client->call("PATCH", path, json, {{"If-Match", nce.etag.toLatin1()}});
    QCOMPARE(done.status, 200);
    QCOMPARE(done.json.value("AutoRenewEnabled").toBool(true), false);
    QCOMPARE(server->store().customer(northwind)->subscriptions.at(1).status, u"active"_s);
    QVERIFY(!server->store().customer(northwind)->subscriptions.at(1).autoRenewEnabled);
}

void tst_SandboxGraph::marketplaceSubscriptionCancelled()
{
    const QString lucerne = customerByDomain(u"lucerne"_s);
    const SandboxSubscription &saas = server->store().customer(lucerne)->subscriptions.first();
    QVERIFY(saas.isMarketplace());
    const QString path = u"/v1/customers/%1/subscriptions/%2"_s.arg(lucerne, saas.id);
    QJsonObject body = client->get(path).json;
    body.insert(u"status"_s, u"deleted"_s);
    QCOMPARE(client->patch(path, body).status, 200);
    QCOMPARE(server->store().customer(lucerne)->subscriptions.first().status, u"deleted"_s);
}

void tst_SandboxGraph::indirectResellerCannotRemove()
{
    const QString fourth = customerByDomain(u"fourth-coffee"_s);
    client->token = server->issueAccessToken(u"reseller"_s).toLatin1();
    const TestReply refused =
        client->patch(u"/v1/customers/"_s + fourth,
                      {{u"relationshipToPartner"_s, u"none"_s},
                       {u"attributes"_s, QJsonObject{{u"objectType"_s, u"Customer"_s}}}});
    QCOMPARE(refused.status, 403);
    QVERIFY(refused.description().contains(u"indirect provider"_s));
    QVERIFY(server->store().customer(fourth)->isListed());

    // Who its indirect provider is, as "Retrieve a list of indirect resellers" answers a
    // reseller; the demo partner itself has none, and an unknown type is refused.
    const QString providers = u"/v1/relationships?relationship_type=IsIndirectResellerOf"_s;
    const TestReply listed = client->get(providers);
    QCOMPARE(listed.status, 200);
    const QJsonArray items = listed.json.value(u"items"_s).toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().toObject().value(u"name"_s).toString(),
             u"Contoso Distribution CEE s.r.o."_s);
    QCOMPARE(items.first().toObject().value(u"relationshipType"_s).toString(),
             u"is_indirect_reseller_of"_s);
    QCOMPARE(client->get(u"/v1/relationships?relationship_type=Nonsense"_s).status, 400);

    // A savings plan blocks the removal like a reservation.
    client->token = server->issueAccessToken().toLatin1();
    QCOMPARE(client->get(providers).json.value(u"items"_s).toArray().size(), 0);
    const TestReply blocked =
        client->patch(u"/v1/customers/"_s + customerByDomain(u"vanarsdel"_s),
                      {{u"relationshipToPartner"_s, u"none"_s},
                       {u"attributes"_s, QJsonObject{{u"objectType"_s, u"Customer"_s}}}});
    QCOMPARE(blocked.status, 409);
    QVERIFY(blocked.description().contains(u"savings plan"_s));
}

QTEST_GUILESS_MAIN(tst_SandboxGraph)
#include "tst_sandboxgraph.moc"
