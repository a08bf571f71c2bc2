#include "core/api/graphclient.h"
#include "core/api/pendingcall.h"
#include "core/api/statictokensource.h"
#include "faultcases.h"
#include "fixedreplyserver.h"
#include "manualclock.h"
#include "sandbox/sandboxgraphjson.h"
#include "sandbox/sandboxserver.h"

#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

// The Microsoft Graph client against the sandbox's /v1.0 subset over real loopback HTTP: the
// same transport rules as Partner Center's (retries, Retry-After, lost answers), Graph's own
// conventions (client-request-id, Accept-Language, {"error":{…}}), @odata.nextLink paging and
// the terminate path on the sandbox's clock.
class tst_GraphClient : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void listsOneCustomersRelationshipsAcrossPages();
    void rolesAreNamed();
    void headersAreGraphs();
    void terminateMovesThroughTheStatusesOnTheClock();
    void terminateRefusedWhenNotActive();
    void missingPermissionIsExplained();
    void graphErrorShapeAndLanguage();
    void throttlingHonoursRetryAfter();
    void throttlingGivesUpWithGraphsError();
    void everyFaultOnARead_data();
    void everyFaultOnARead();
    void everyFaultOnATerminate_data();
    void everyFaultOnATerminate();
    void nextLinkOnAnotherHostIsNotFollowed();
    void malformedRelationshipIsAnError();

private:
    template<typename Done> bool waitFor(Done done, int timeoutMs = 10000)
    {
        return m_clock->runUntil(done, timeoutMs);
    }
    // A customer with `count` active relationships (ids end with its tenant id, as Graph's do).
    SandboxCustomer &addCustomer(const QString &tenantId, int count);
    Result<QList<AdminRelationship>> list(const QString &tenantId);
    Result<AdminRelationship> get(const QString &id);
    Result<GraphCodec::RelationshipRequest> terminate(const QString &id);
    void connectAs(const QString &user);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<StaticTokenSource> m_tokens;
    std::unique_ptr<GraphClient> m_client;
};

namespace {
const QString tenantA = u"11111111-2222-4333-8444-555555555555"_s;
const QString tenantB = u"99999999-8888-4777-8666-555555555555"_s;
const QString helpdesk = u"729827e3-9c14-49f7-bb1b-9608f156bbb8"_s;
const QString directoryReaders = u"88d8e3e3-8f55-4a1e-953a-9b9898b8876b"_s;

QString relationshipId(int i, const QString &tenant)
{
    return u"%1-0000-4000-8000-00000000000%2-%3"_s.arg(i * 11111111, 8, 10, QChar(u'0'))
        .arg(i)
        .arg(tenant);
}
} // namespace

SandboxCustomer &tst_GraphClient::addCustomer(const QString &tenantId, int count)
{
    SandboxCustomer c;
    c.id = tenantId;
    c.tenantId = tenantId;
    c.commerceId = tenantId + u"-commerce"_s;
    c.companyName = u"Company "_s + tenantId.left(4);
    c.domain = tenantId.left(8) + u".onmicrosoft.com"_s;
    for (int i = 1; i <= count; ++i) {
        SandboxAdminRelationship r;
        r.id = relationshipId(i, tenantId);
        r.displayName = u"Relationship %1"_s.arg(i);
        r.roleDefinitionIds = {directoryReaders, helpdesk};
        r.createdDateTime = m_clock->now().addDays(-100);
        r.activatedDateTime = m_clock->now().addDays(-99);
        r.endDateTime = m_clock->now().addDays(600);
        c.adminRelationships.append(r);
    }
    m_server->store().putCustomer(c);
    m_server->notifyStoreChanged();
    return *m_server->store().customer(tenantId);
}

void tst_GraphClient::connectAs(const QString &user)
{
    m_tokens = std::make_unique<StaticTokenSource>(m_server->issueAccessToken(user));
    m_client = std::make_unique<GraphClient>(m_server->baseUrl(), m_tokens.get(), m_clock.get());
    RetryPolicy policy;
    policy.maxAttempts = 4;
    policy.transferTimeout = 5s;
    m_client->setRetryPolicy(policy);
}

void tst_GraphClient::init()
{
    m_server = std::make_unique<SandboxServer>();
    m_clock = std::make_unique<ManualClock>();
    m_server->setClock([this] { return m_clock->now(); });
    QVERIFY(m_server->start(0) != 0);
    connectAs(u"admin"_s);
}

void tst_GraphClient::cleanup()
{
    m_client.reset();
    m_tokens.reset();
    m_server.reset();
    m_clock.reset();
}

Result<QList<AdminRelationship>> tst_GraphClient::list(const QString &tenantId)
{
    std::optional<Result<QList<AdminRelationship>>> result;
    m_client->listAdminRelationships(tenantId, this, [&](const auto &r) { result = r; });
    if (!waitFor([&] { return result.has_value(); }))
        return ApiError(ApiError::Kind::Timeout, u"test timed out"_s);
    return *result;
}

Result<AdminRelationship> tst_GraphClient::get(const QString &id)
{
    std::optional<Result<AdminRelationship>> result;
    m_client->getAdminRelationship(id, this, [&](const auto &r) { result = r; });
    if (!waitFor([&] { return result.has_value(); }))
        return ApiError(ApiError::Kind::Timeout, u"test timed out"_s);
    return *result;
}

Result<GraphCodec::RelationshipRequest> tst_GraphClient::terminate(const QString &id)
{
    std::optional<Result<GraphCodec::RelationshipRequest>> result;
    m_client->terminateAdminRelationship(id, this, [&](const auto &r) { result = r; });
    if (!waitFor([&] { return result.has_value(); }))
        return ApiError(ApiError::Kind::Timeout, u"test timed out"_s);
    return *result;
}

void tst_GraphClient::listsOneCustomersRelationshipsAcrossPages()
{
    addCustomer(tenantA, 5);
    addCustomer(tenantB, 3);
    m_client->setPageSize(2);
    m_server->clearRecentRequests();
    const auto result = list(tenantA);
    QVERIFY2(result.ok(), qPrintable(result.error().userMessage()));
    QCOMPARE(result.value().size(), 5);
    QSet<QString> ids;
    for (const AdminRelationship &r : result.value()) {
        QCOMPARE(r.customerTenantId, tenantA);
        QCOMPARE(r.status, u"active"_s);
        ids.insert(r.id);
    }
    QCOMPARE(ids.size(), 5); // no gap, no duplicate
    const QList<RecordedRequest> sent = m_server->recentRequests();
    QCOMPARE(sent.size(), 3); // 2 + 2 + 1, following @odata.nextLink
    QVERIFY(sent.first()
                .query.queryItemValue(u"$filter"_s, QUrl::FullyDecoded)
                .contains(u"customer/tenantId eq '%1'"_s.arg(tenantA)));
    QVERIFY(sent.last().query.hasQueryItem(u"$skiptoken"_s));

    const auto none = list(u"00000000-0000-4000-8000-000000000000"_s);
    QVERIFY(none.ok());
    QVERIFY(none.value().isEmpty());
}

void tst_GraphClient::rolesAreNamed()
{
    addCustomer(tenantA, 1);
    const auto result = list(tenantA);
    QVERIFY(result.ok());
    const AdminRelationship r = result.value().first();
    QCOMPARE(r.roleDefinitionIds, QStringList({directoryReaders, helpdesk}));
    QCOMPARE(r.roleNames(), QStringList({u"Directory Readers"_s, u"Helpdesk Administrator"_s}));
    QVERIFY(r.endDateTime.isValid());
    QVERIFY(!r.etag.isEmpty());
    QCOMPARE(r.customerName, u"Company 1111"_s);
}

void tst_GraphClient::headersAreGraphs()
{
    addCustomer(tenantA, 1);
    m_client->setLocaleTag(u"pl-PL"_s);
    m_server->failNext(SandboxServer::Fault::ServerError, 1, u"delegatedAdminRelationships"_s);
    m_server->clearRecentRequests();
    QVERIFY(list(tenantA).ok());
    const QList<RecordedRequest> sent = m_server->recentRequests();
    QCOMPARE(sent.size(), 2);
    const QByteArray id = sent.first().header("client-request-id");
    QVERIFY(!QUuid::fromString(QString::fromLatin1(id)).isNull());
    QCOMPARE(sent.last().header("client-request-id"), id); // the same on the retry
    QCOMPARE(sent.first().header("accept-language"), "pl-PL");
    QVERIFY(sent.first().header("ms-correlationid").isEmpty());
    QVERIFY(sent.first().header("x-locale").isEmpty());
    QVERIFY(sent.first().header("authorization").startsWith("Bearer "));
}

void tst_GraphClient::terminateMovesThroughTheStatusesOnTheClock()
{
    addCustomer(tenantA, 2);
    const QString id = relationshipId(1, tenantA);
    const auto request = terminate(id);
    QVERIFY2(request.ok(), qPrintable(request.error().userMessage()));
    QCOMPARE(request.value().action, u"terminate"_s);
    QVERIFY(!request.value().id.isEmpty());
    QCOMPARE(get(id).value().status, u"terminationRequested"_s);
    QVERIFY(get(id).value().isEnding());
    m_clock->advance(2min);
    QCOMPARE(get(id).value().status, u"terminating"_s);
    m_clock->advance(5min);
    const AdminRelationship ended = get(id).value();
    QCOMPARE(ended.status, u"terminated"_s);
    QVERIFY(ended.isEnded());
    QCOMPARE(ended.endDateTime, m_clock->now().addSecs(-7 * 60 + 300));
    // The other one is untouched, and the change is in the state the server keeps.
    QCOMPARE(get(relationshipId(2, tenantA)).value().status, u"active"_s);
    QVERIFY(m_server->store()
                .customer(tenantA)
                ->adminRelationships.first()
                .terminationRequestedDateTime.isValid());
}

void tst_GraphClient::terminateRefusedWhenNotActive()
{
    addCustomer(tenantA, 1);
    const QString id = relationshipId(1, tenantA);
    QVERIFY(terminate(id).ok());
    const auto again = terminate(id);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().httpStatus(), 400);
    QCOMPARE(again.error().service(), ApiError::Service::Graph);
    QCOMPARE(again.error().code(), u"BadRequest"_s);
    QVERIFY(again.error().description().contains(u"terminationRequested"_s));
    QVERIFY(!again.error().isOutcomeUnknown());
    QVERIFY(again.error().userMessage().contains(u"Microsoft Graph said"_s));

    const auto unknown = terminate(relationshipId(7, tenantA));
    QCOMPARE(unknown.error().httpStatus(), 404);
    QVERIFY(unknown.error().summary().contains(u"Microsoft Graph"_s));
}

void tst_GraphClient::missingPermissionIsExplained()
{
    addCustomer(tenantA, 1);
    connectAs(u"sales"_s); // may read, may not terminate
    QVERIFY(list(tenantA).ok());
    const auto refused = terminate(relationshipId(1, tenantA));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().httpStatus(), 403);
    QCOMPARE(refused.error().code(), u"Authorization_RequestDenied"_s);
    QVERIFY(refused.error().isGraphPermissionMissing());
    QVERIFY(refused.error().summary().contains(u"DelegatedAdminRelationship.ReadWrite.All"_s));
    QCOMPARE(m_server->store().customer(tenantA)->adminRelationships.first().status, u"active"_s);

    // An unknown token: Graph's 401, in Graph's shape.
    m_tokens = std::make_unique<StaticTokenSource>(u"not-a-sandbox-token"_s);
    m_client = std::make_unique<GraphClient>(m_server->baseUrl(), m_tokens.get(), m_clock.get());
    const auto unauthorized = list(tenantA);
    QCOMPARE(unauthorized.error().httpStatus(), 401);
    QCOMPARE(unauthorized.error().code(), u"Unauthorized"_s);
    QVERIFY(unauthorized.error().isUnauthorized());
}

void tst_GraphClient::graphErrorShapeAndLanguage()
{
    addCustomer(tenantA, 1);
    m_client->setLocaleTag(u"cs-CZ"_s);
    const auto unknown = get(relationshipId(5, tenantA));
    QCOMPARE(unknown.error().httpStatus(), 404);
    QCOMPARE(unknown.error().code(), u"ResourceNotFound"_s);
    QVERIFY2(unknown.error().description().contains(u"Vztah správce"_s),
             qPrintable(unknown.error().description()));

    // An error injected in Partner Center's shape leaves the sandbox in Graph's.
    m_server->injectError(409, u"Conflict"_s, u"Busy elsewhere"_s,
                          u"delegatedAdminRelationships"_s);
    const auto conflict = list(tenantA);
    QCOMPARE(conflict.error().httpStatus(), 409);
    QCOMPARE(conflict.error().code(), u"Conflict"_s);
    QCOMPARE(conflict.error().description(), u"Busy elsewhere"_s);
}

void tst_GraphClient::throttlingHonoursRetryAfter()
{
    addCustomer(tenantA, 1);
    FaultOptions faults;
    faults.retryAfterSeconds = 7;
    m_server->setFaults(faults);
    m_server->failNext(SandboxServer::Fault::Throttle, 2, u"delegatedAdminRelationships"_s);
    QSignalSpy throttled(m_client.get(), &GraphClient::throttled);
    const auto result = list(tenantA);
    QVERIFY(result.ok());
    QCOMPARE(throttled.size(), 2);
    QCOMPARE(throttled.first().first().toInt(), 7);
    const auto waits = m_clock->requestedDelays();
    QVERIFY(std::count_if(waits.begin(), waits.end(), [](auto d) { return d >= 7s; }) >= 2);
}

void tst_GraphClient::throttlingGivesUpWithGraphsError()
{
    addCustomer(tenantA, 1);
    m_server->failNext(SandboxServer::Fault::Throttle, 10, u"delegatedAdminRelationships"_s);
    const auto result = list(tenantA);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind(), ApiError::Kind::Throttled);
    QCOMPARE(result.error().code(), u"TooManyRequests"_s);
    QVERIFY(result.error().summary().contains(u"Microsoft Graph is busy"_s));
}

void tst_GraphClient::everyFaultOnARead_data()
{
    QTest::addColumn<int>("fault");
    for (const FaultCase &c : faultCases())
        QTest::newRow(c.name) << int(c.fault);
}

void tst_GraphClient::everyFaultOnARead()
{
    QFETCH(int, fault);
    addCustomer(tenantA, 3);
    m_server->failNext(SandboxServer::Fault(fault), 1, u"delegatedAdminRelationships"_s);
    m_server->clearRecentRequests();
    const auto result = list(tenantA);
    QVERIFY2(result.ok(), qPrintable(result.error().userMessage()));
    QCOMPARE(result.value().size(), 3);
    const QList<RecordedRequest> sent = m_server->recentRequests();
    QCOMPARE(sent.size(), 2);
    QCOMPARE(sent.first().header("client-request-id"), sent.last().header("client-request-id"));
}

void tst_GraphClient::everyFaultOnATerminate_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<bool>("retried");
    QTest::addColumn<bool>("applied");
    for (const FaultCase &c : faultCases())
        QTest::newRow(c.name) << int(c.fault) << c.changeRetried << c.changeApplied;
}

void tst_GraphClient::everyFaultOnATerminate()
{
    QFETCH(int, fault);
    QFETCH(bool, retried);
    QFETCH(bool, applied);
    addCustomer(tenantA, 1);
    const QString id = relationshipId(1, tenantA);
    m_server->failNext(SandboxServer::Fault(fault), 1, u"/requests"_s);
    m_server->clearRecentRequests();
    const auto result = terminate(id);
    int posts = 0;
    for (const RecordedRequest &r : m_server->recentRequests())
        posts += r.method == "POST" ? 1 : 0;
    if (retried) {
        QVERIFY2(result.ok(), qPrintable(result.error().userMessage()));
        QCOMPARE(posts, 2);
    } else {
        QVERIFY(!result.ok());
        QCOMPARE(posts, 1); // never sent twice blindly
        // The request may have been applied before the answer went missing: the client says so.
        QVERIFY2(result.error().isOutcomeUnknown(), qPrintable(result.error().userMessage()));
        QVERIFY(result.error().summary().contains(u"Microsoft Graph was lost"_s));
    }
    // The truth is read back from the server: terminated exactly when the server applied it.
    const bool terminatedNow = get(id).value().isEnding();
    QCOMPARE(terminatedNow, retried || applied);
}

void tst_GraphClient::nextLinkOnAnotherHostIsNotFollowed()
{
    FixedReplyServer other("{\"value\":[]}");
    QVERIFY(other.listen(QHostAddress::Any));
    FixedReplyServer first("{\"value\":[],\"@odata.nextLink\":\"http://localhost:" +
                           QByteArray::number(other.serverPort()) +
                           "/v1.0/tenantRelationships/delegatedAdminRelationships\"}");
    QVERIFY(first.listen(QHostAddress::LocalHost));
    m_client = std::make_unique<GraphClient>(QUrl(u"http://127.0.0.1:%1"_s.arg(first.serverPort())),
                                             m_tokens.get(), m_clock.get());
    QSignalSpy failed(m_client.get(), &GraphClient::callFailed);
    const auto result = list(tenantA);
    QCOMPARE(result.error().kind(), ApiError::Kind::Malformed);
    QCOMPARE(first.requests, 1);
    QCOMPARE(failed.size(), 1);
    QTest::qWait(100);
    QCOMPARE(other.requests, 0);
}

void tst_GraphClient::malformedRelationshipIsAnError()
{
    FixedReplyServer broken("{\"value\":[{\"displayName\":\"no id\",\"customer\":7}]}");
    QVERIFY(broken.listen(QHostAddress::LocalHost));
    m_client = std::make_unique<GraphClient>(
        QUrl(u"http://127.0.0.1:%1"_s.arg(broken.serverPort())), m_tokens.get(), m_clock.get());
    const auto result = list(tenantA);
    QCOMPARE(result.error().kind(), ApiError::Kind::Malformed);
    QVERIFY(result.error().description().contains(u"value[0]"_s));
    QCOMPARE(result.error().service(), ApiError::Service::Graph);
}

QTEST_GUILESS_MAIN(tst_GraphClient)
#include "tst_graphclient.moc"
