#include "core/api/partnercenterclient.h"
#include "core/api/pendingcall.h"
#include "fixedreplyserver.h"
#include "sandboxfixture.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

using namespace std::chrono_literals;

// The client against the sandbox over real loopback HTTP, with faults injected on the server
// and time moved by hand.
class tst_PartnerCenterClient : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void pagesArriveOneByOneWithoutGapsOrDuplicates();
    void filtersByCompanyNameAndDomain();
    void headersFollowTheContract();
    void readsCustomerAndSubscriptions();
    void suspendsAndParsesPascalCaseAnswer();
    void staleEtagIsRefused();
    void entitlementsAndOrderCancellation();
    void autoRenewTurnedOffWithIfMatch();
    void azureEntitlementsOfAnAzurePlan();
    void removalRefusedWhileActiveThenSucceeds();
    void invitationLink();
    void unauthorizedWithoutValidToken();
    void forbiddenForReadOnlyRole();
    void throttlingHonoursRetryAfterThenSucceeds();
    void throttlingGivesUpAfterTheBound();
    void serverErrorsRetriedForGets();
    void patchNotRetriedAfterInternalError();
    void droppedConnectionRetried();
    void droppedConnectionEveryTimeIsANetworkError();
    void malformedBodyIsAnError();
    void cancellationStopsTheCall();
    void nextPageOnAnotherHostIsNotRequested();
    void plainHttpRefusedOutsideLoopback();
    void noCallbackAfterContextIsGone();
    void localizedServerMessages();

private:
    template<typename Done> bool waitFor(Done done, int timeoutMs = 10000)
    {
        return m_clock->runUntil(done, timeoutMs);
    }

    SandboxCustomer addCustomer(const QString &id, const QString &name, const QString &domain,
                                QList<SandboxSubscription> subscriptions = {});

    std::unique_ptr<SandboxFixture> m_fixture;
    SandboxServer *m_server = nullptr;
    ManualClock *m_clock = nullptr;
    PartnerCenterClient *m_client = nullptr;
};

SandboxCustomer tst_PartnerCenterClient::addCustomer(const QString &id, const QString &name,
                                                     const QString &domain,
                                                     QList<SandboxSubscription> subscriptions)
{
    SandboxCustomer c;
    c.id = id;
    c.commerceId = id + "-commerce";
    c.tenantId = id;
    c.companyName = name;
    c.domain = domain;
    c.subscriptions = std::move(subscriptions);
    for (SandboxSubscription &s : c.subscriptions)
        s.etag = SandboxStore::newEtag();
    m_server->store().putCustomer(c);
    m_server->notifyStoreChanged();
    return c;
}

static SandboxSubscription subscription(const QString &id, const QString &status,
                                        const QString &offerId = "OFFER-1")
{
    SandboxSubscription s;
    s.id = id;
    s.offerId = offerId;
    s.offerName = "Microsoft 365 Business Standard";
    s.status = status;
    s.quantity = 10;
    return s;
}

void tst_PartnerCenterClient::init()
{
    m_fixture = std::make_unique<SandboxFixture>();
    QVERIFY(m_fixture->start());
    m_server = &m_fixture->server;
    m_clock = &m_fixture->clock;
    m_client = m_fixture->client.get();
    RetryPolicy policy;
    policy.maxAttempts = 4;
    policy.transferTimeout = 5s;
    m_client->setRetryPolicy(policy);
}

void tst_PartnerCenterClient::cleanup()
{
    m_fixture.reset();
}

void tst_PartnerCenterClient::pagesArriveOneByOneWithoutGapsOrDuplicates()
{
    m_server->generate(1234, 7);
    QList<int> pageSizes;
    QSet<QString> ids;
    int duplicates = 0;
    bool done = false;
    ApiError result;
    CustomerQuery query;
    query.pageSize = 100;
    m_client->listCustomers(
        query, this,
        [&](const QList<Customer> &page) {
            pageSizes << page.size();
            for (const Customer &c : page) {
                if (ids.contains(c.id))
                    ++duplicates;
                ids.insert(c.id);
            }
        },
        [&](const ApiError &error) {
            result = error;
            done = true;
        });
    QVERIFY(waitFor([&] { return done; }));
    QVERIFY2(!result.isError(), qPrintable(result.userMessage()));
    QCOMPARE(pageSizes.size(), 13);
    QCOMPARE(pageSizes.first(), 100);
    QCOMPARE(pageSizes.last(), 34);
    QCOMPARE(duplicates, 0);
    QCOMPARE(ids.size(), 1234);

    // Every page after the first carried the continuation token the previous page gave.
    const QList<RecordedRequest> requests = m_server->recentRequests(13);
    QVERIFY(requests.first().header("MS-ContinuationToken").isEmpty());
    for (int i = 1; i < requests.size(); ++i)
        QVERIFY(!requests.at(i).header("MS-ContinuationToken").isEmpty());
}

void tst_PartnerCenterClient::filtersByCompanyNameAndDomain()
{
    addCustomer("c1", "Contoso Praha", "contoso-cz.onmicrosoft.com");
    addCustomer("c2", "Contoso Kraków", "contoso-pl.onmicrosoft.com");
    addCustomer("c3", "Fabrikam", "fabrikam.onmicrosoft.com");
    auto list = [&](const CustomerQuery &q) {
        QStringList names;
        bool done = false;
        m_client->listCustomers(
            q, this,
            [&](const QList<Customer> &page) {
                for (const Customer &c : page)
                    names << c.companyName();
            },
            [&](const ApiError &) { done = true; });
        waitFor([&] { return done; });
        names.sort();
        return names;
    };
    QCOMPARE(list(CustomerQuery::companyNameStartsWith("cont")),
             QStringList({"Contoso Kraków", "Contoso Praha"}));
    QCOMPARE(list(CustomerQuery::domainStartsWith("fabrikam")), QStringList{"Fabrikam"});
    QCOMPARE(list(CustomerQuery::companyNameStartsWith("Žádný")), QStringList{});
}

void tst_PartnerCenterClient::headersFollowTheContract()
{
    m_server->generate(30, 1);
    m_client->setLocaleTag("pl-PL");
    CallOptions options;
    bool done = false;
    CustomerQuery query;
    query.pageSize = 10;
    m_client->listCustomers(
        query, this, [](const QList<Customer> &) {}, [&](const ApiError &) { done = true; },
        options);
    QVERIFY(waitFor([&] { return done; }));
    const QList<RecordedRequest> pages = m_server->recentRequests(3);
    QCOMPARE(pages.size(), 3);
    QSet<QByteArray> requestIds;
    for (const RecordedRequest &r : pages) {
        QVERIFY(r.header("Authorization").startsWith("Bearer "));
        QCOMPARE(r.header("Accept"), "application/json");
        QCOMPARE(r.header("MS-CorrelationId"),
                 options.correlationId.toString(QUuid::WithoutBraces).toLatin1());
        QCOMPARE(r.header("X-Locale"), "pl-PL");
        QCOMPARE(r.header("MS-PartnerCenter-Application"), "PartnerDesk");
        requestIds.insert(r.header("MS-RequestId"));
    }
    // One user action, three logical requests.
    QCOMPARE(requestIds.size(), 3);
}

void tst_PartnerCenterClient::readsCustomerAndSubscriptions()
{
    addCustomer("c1", "Žluťoučký kůň s.r.o.", "zlutoucky.onmicrosoft.com",
                {subscription("s1", "active"), subscription("s2", "transferring")});
    std::optional<Result<Customer>> customer;
    m_client->getCustomer("c1", this, [&](const Result<Customer> &r) { customer = r; });
    QVERIFY(waitFor([&] { return customer.has_value(); }));
    QVERIFY(customer->ok());
    QCOMPARE(customer->value().companyName(), QStringLiteral("Žluťoučký kůň s.r.o."));

    std::optional<Result<QList<Subscription>>> subs;
    m_client->listSubscriptions("c1", this,
                                [&](const Result<QList<Subscription>> &r) { subs = r; });
    QVERIFY(waitFor([&] { return subs.has_value(); }));
    QVERIFY(subs->ok());
    QCOMPARE(subs->value().size(), 2);
    QCOMPARE(subs->value().at(1).status.value(), SubscriptionStatus::Value::Unknown);
    QCOMPARE(subs->value().at(1).status.raw(), "transferring");

    std::optional<Result<Customer>> missing;
    m_client->getCustomer("nope", this, [&](const Result<Customer> &r) { missing = r; });
    QVERIFY(waitFor([&] { return missing.has_value(); }));
    QVERIFY(!missing->ok());
    QCOMPARE(missing->error().httpStatus(), 404);
}

void tst_PartnerCenterClient::suspendsAndParsesPascalCaseAnswer()
{
    addCustomer("c1", "A", "a.onmicrosoft.com", {subscription("s1", "active")});
    std::optional<Result<QList<Subscription>>> subs;
    m_client->listSubscriptions("c1", this,
                                [&](const Result<QList<Subscription>> &r) { subs = r; });
    QVERIFY(waitFor([&] { return subs.has_value(); }));
    const Subscription before = subs->value().first();

    std::optional<Result<Subscription>> after;
    m_client->setSubscriptionStatus("c1", before, SubscriptionStatus::Value::Suspended, this,
                                    [&](const Result<Subscription> &r) { after = r; });
    QVERIFY(waitFor([&] { return after.has_value(); }));
    QVERIFY2(after->ok(), qPrintable(after->error().userMessage()));
    QCOMPARE(after->value().id, "s1");
    QCOMPARE(after->value().status.value(), SubscriptionStatus::Value::Suspended);
    QVERIFY(after->value().etag != before.etag);
    QCOMPARE(m_server->store().subscription("c1", "s1")->status, "suspended");
    const RecordedRequest patch = m_server->recentRequests(1).first();
    QCOMPARE(patch.method, "PATCH");
    QCOMPARE(patch.header("Content-Type"), "application/json");
}

void tst_PartnerCenterClient::staleEtagIsRefused()
{
    addCustomer("c1", "A", "a.onmicrosoft.com", {subscription("s1", "active")});
    std::optional<Result<QList<Subscription>>> subs;
    m_client->listSubscriptions("c1", this,
                                [&](const Result<QList<Subscription>> &r) { subs = r; });
    QVERIFY(waitFor([&] { return subs.has_value(); }));
    // Someone else changes it behind our back.
    m_server->store().subscription("c1", "s1")->etag = SandboxStore::newEtag();
    std::optional<Result<Subscription>> after;
    m_client->setSubscriptionStatus("c1", subs->value().first(),
                                    SubscriptionStatus::Value::Suspended, this,
                                    [&](const Result<Subscription> &r) { after = r; });
    QVERIFY(waitFor([&] { return after.has_value(); }));
    QVERIFY(!after->ok());
    QCOMPARE(after->error().code(), "2055");
    QVERIFY(!after->error().correlationId().isEmpty());
}

void tst_PartnerCenterClient::autoRenewTurnedOffWithIfMatch()
{
    SandboxSubscription nce = subscription("s1", "active", "CFQ7TTC0LCHC:0002:P1Y");
    nce.productTypeId = "OnlineServicesNCE";
    addCustomer("c1", "A", "a.onmicrosoft.com", {nce});
    std::optional<Result<QList<Subscription>>> subs;
    m_client->listSubscriptions("c1", this,
                                [&](const Result<QList<Subscription>> &r) { subs = r; });
    QVERIFY(waitFor([&] { return subs.has_value(); }));
    const Subscription read = subs->value().first();
    QVERIFY(read.autoRenewEnabled);
    m_server->clearRecentRequests();
    std::optional<Result<Subscription>> after;
    m_client->setAutoRenew("c1", read, false, this,
                           [&](const Result<Subscription> &r) { after = r; });
    QVERIFY(waitFor([&] { return after.has_value(); }));
    QVERIFY2(after->ok(), qPrintable(after->error().userMessage()));
    QVERIFY(!after->value().autoRenewEnabled);
    QCOMPARE(after->value().status.value(), SubscriptionStatus::Value::Active);
    const RecordedRequest patch = m_server->recentRequests().last();
    QCOMPARE(patch.header("if-match"), read.etag.toUtf8());
    QCOMPARE(QJsonDocument::fromJson(patch.body).object().value("autoRenewEnabled").toBool(true),
             false);
    QVERIFY(!m_server->store().subscription("c1", "s1")->autoRenewEnabled);

    // The ETag read before is stale now.
    std::optional<Result<Subscription>> stale;
    m_client->setAutoRenew("c1", read, true, this,
                           [&](const Result<Subscription> &r) { stale = r; });
    QVERIFY(waitFor([&] { return stale.has_value(); }));
    QVERIFY(stale->error().isStaleEtag());
    QVERIFY(!m_server->store().subscription("c1", "s1")->autoRenewEnabled);
}

void tst_PartnerCenterClient::azureEntitlementsOfAnAzurePlan()
{
    SandboxSubscription plan = subscription("plan", "active", "DZH318Z0BPS6:0001");
    plan.productTypeId = "Azure";
    plan.azureEntitlements = {{"az-1", "Production", "active"}, {"az-2", "Old", "disabled"}};
    addCustomer("c1", "A", "a.onmicrosoft.com", {plan, subscription("s2", "active")});
    std::optional<Result<QList<AzureEntitlement>>> listed;
    m_client->listAzureEntitlements("c1", "plan", this,
                                    [&](const Result<QList<AzureEntitlement>> &r) { listed = r; });
    QVERIFY(waitFor([&] { return listed.has_value(); }));
    QVERIFY2(listed->ok(), qPrintable(listed->error().userMessage()));
    QCOMPARE(listed->value().size(), 2);
    QCOMPARE(listed->value().first().friendlyName, u"Production"_s);
    QVERIFY(listed->value().first().isActive());
    QVERIFY(!listed->value().last().isActive());
    QCOMPARE(listed->value().last().subscriptionId, u"plan"_s);

    std::optional<Result<QList<AzureEntitlement>>> notAPlan;
    m_client->listAzureEntitlements(
        "c1", "s2", this, [&](const Result<QList<AzureEntitlement>> &r) { notAPlan = r; });
    QVERIFY(waitFor([&] { return notAPlan.has_value(); }));
    QCOMPARE(notAPlan->error().httpStatus(), 400);
}

void tst_PartnerCenterClient::entitlementsAndOrderCancellation()
{
    SandboxCustomer c = addCustomer("c1", "A", "a.onmicrosoft.com");
    SandboxEntitlement software;
    software.productId = "DG7GMGF0DVT2";
    software.skuId = "0001";
    software.orderId = "o1";
    software.friendlyName = "Windows Server 2022 Standard";
    software.cancellationAllowedUntilDate = m_server->now().addDays(10);
    SandboxOrder order;
    order.id = "o1";
    order.creationDate = m_server->now().addDays(-2);
    order.lineItems = {{0, "DG7GMGF0DVT2:0001", 1}};
    c.entitlements = {software};
    c.orders = {order};
    m_server->store().putCustomer(c);

    std::optional<Result<QList<Entitlement>>> list;
    m_client->listEntitlements("c1", Entitlement::Type::Software, this,
                               [&](const Result<QList<Entitlement>> &r) { list = r; });
    QVERIFY(waitFor([&] { return list.has_value(); }));
    QVERIFY2(list->ok(), qPrintable(list->error().userMessage()));
    QCOMPARE(list->value().size(), 1);
    QCOMPARE(list->value().first().type, Entitlement::Type::Software);
    QCOMPARE(list->value().first().orderId, "o1");

    std::optional<Result<Order>> cancelled;
    m_client->cancelOrder("c1", "o1", "DG7GMGF0DVT2:0001", this,
                          [&](const Result<Order> &r) { cancelled = r; });
    QVERIFY(waitFor([&] { return cancelled.has_value(); }));
    QVERIFY2(cancelled->ok(), qPrintable(cancelled->error().userMessage()));
    QCOMPARE(cancelled->value().status, "cancelled");
}

void tst_PartnerCenterClient::removalRefusedWhileActiveThenSucceeds()
{
    addCustomer("c1", "A", "a.onmicrosoft.com", {subscription("s1", "active")});
    std::optional<Result<Customer>> refused;
    m_client->removeRelationship("c1", this, [&](const Result<Customer> &r) { refused = r; });
    QVERIFY(waitFor([&] { return refused.has_value(); }));
    QVERIFY(!refused->ok());
    QCOMPARE(refused->error().httpStatus(), 409);
    QVERIFY(!refused->error().description().isEmpty());

    m_server->store().subscription("c1", "s1")->status = "suspended";
    std::optional<Result<Customer>> removed;
    m_client->removeRelationship("c1", this, [&](const Result<Customer> &r) { removed = r; });
    QVERIFY(waitFor([&] { return removed.has_value(); }));
    QVERIFY2(removed->ok(), qPrintable(removed->error().userMessage()));
    QVERIFY(!removed->value().hasRelationship());
    QVERIFY(!m_server->store().customer("c1")->isListed());
}

void tst_PartnerCenterClient::invitationLink()
{
    std::optional<Result<QUrl>> link;
    m_client->getInvitationLink(this, [&](const Result<QUrl> &r) { link = r; });
    QVERIFY(waitFor([&] { return link.has_value(); }));
    QVERIFY2(link->ok(), qPrintable(link->error().userMessage()));
    QCOMPARE(link->value().scheme(), "https");
    QVERIFY(link->value().toString().contains("invType=ResellerRelationship"));
}

void tst_PartnerCenterClient::unauthorizedWithoutValidToken()
{
    StaticTokenSource bogus("not-a-token");
    PartnerCenterClient client(m_server->baseUrl(), &bogus, m_clock);
    std::optional<Result<Customer>> result;
    client.getCustomer("c1", this, [&](const Result<Customer> &r) { result = r; });
    QVERIFY(waitFor([&] { return result.has_value(); }));
    QVERIFY(!result->ok());
    QCOMPARE(result->error().httpStatus(), 401);
    QVERIFY(result->error().isUnauthorized());
}

void tst_PartnerCenterClient::forbiddenForReadOnlyRole()
{
    addCustomer("c1", "A", "a.onmicrosoft.com", {subscription("s1", "active")});
    StaticTokenSource helpdesk(m_server->issueAccessToken("helpdesk"));
    PartnerCenterClient client(m_server->baseUrl(), &helpdesk, m_clock);
    std::optional<Result<Customer>> result;
    client.removeRelationship("c1", this, [&](const Result<Customer> &r) { result = r; });
    QVERIFY(waitFor([&] { return result.has_value(); }));
    QVERIFY(!result->ok());
    QCOMPARE(result->error().httpStatus(), 403);
    QCOMPARE(result->error().code(), "900150");
    QVERIFY(result->error().isForbidden());
    QVERIFY(result->error().summary().contains("role"));
}

void tst_PartnerCenterClient::throttlingHonoursRetryAfterThenSucceeds()
{
    addCustomer("c1", "A", "a.onmicrosoft.com");
    QSignalSpy throttled(m_client, &PartnerCenterClient::throttled);
    m_server->failNext(SandboxServer::Fault::Throttle, 1, "/v1/customers/c1");
    std::optional<Result<Customer>> result;
    m_client->getCustomer("c1", this, [&](const Result<Customer> &r) { result = r; });

    // The client waits on the clock, not on the wall: nothing happens until time moves.
    QTRY_COMPARE(m_clock->pendingCount(), 1);
    QCOMPARE(throttled.size(), 1);
    const int retryAfter = throttled.first().first().toInt();
    QVERIFY(retryAfter > 0);
    QVERIFY(m_clock->requestedDelays().back() >= std::chrono::seconds(retryAfter));
    QTest::qWait(50);
    QVERIFY(!result.has_value());
    m_clock->advance(std::chrono::seconds(retryAfter));
    QTRY_VERIFY(result.has_value());
    QVERIFY2(result->ok(), qPrintable(result->error().userMessage()));

    // The retry is the same logical request.
    const QList<RecordedRequest> both = m_server->recentRequests(2);
    QCOMPARE(both.at(0).header("MS-RequestId"), both.at(1).header("MS-RequestId"));
}

void tst_PartnerCenterClient::throttlingGivesUpAfterTheBound()
{
    addCustomer("c1", "A", "a.onmicrosoft.com");
    m_server->failNext(SandboxServer::Fault::Throttle, 10, "/v1/customers/c1");
    std::optional<Result<Customer>> result;
    m_client->getCustomer("c1", this, [&](const Result<Customer> &r) { result = r; });
    QVERIFY(waitFor([&] { return result.has_value(); }));
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind(), ApiError::Kind::Throttled);
    QVERIFY(result->error().description().contains("Rate limit"));
    QVERIFY(result->error().retryAfterSeconds() > 0);
    // Back-off grows: every wait is at least as long as the one before.
    const auto &delays = m_clock->requestedDelays();
    QCOMPARE(int(delays.size()), 3);
    QVERIFY(delays.at(1) >= delays.at(0) && delays.at(2) >= delays.at(1));
    QCOMPARE(m_server->requestCount(), 4);
}

void tst_PartnerCenterClient::serverErrorsRetriedForGets()
{
    addCustomer("c1", "A", "a.onmicrosoft.com");
    m_server->failNext(SandboxServer::Fault::ServerError, 2, "/v1/customers/c1");
    std::optional<Result<Customer>> result;
    m_client->getCustomer("c1", this, [&](const Result<Customer> &r) { result = r; });
    QVERIFY(waitFor([&] { return result.has_value(); }));
    QVERIFY2(result->ok(), qPrintable(result->error().userMessage()));
    QCOMPARE(int(m_clock->requestedDelays().size()), 2);
    QCOMPARE(m_clock->requestedDelays().at(0), std::chrono::milliseconds(500));
    QCOMPARE(m_clock->requestedDelays().at(1), std::chrono::milliseconds(1000));
}

void tst_PartnerCenterClient::patchNotRetriedAfterInternalError()
{
    addCustomer("c1", "A", "a.onmicrosoft.com", {subscription("s1", "suspended")});
    m_server->failNext(SandboxServer::Fault::ServerError, 1, "/v1/customers/c1");
    const int before = m_server->requestCount();
    std::optional<Result<Customer>> result;
    m_client->removeRelationship("c1", this, [&](const Result<Customer> &r) { result = r; });
    QVERIFY(waitFor([&] { return result.has_value(); }));
    QVERIFY(!result->ok());
    QCOMPARE(result->error().httpStatus(), 500);
    QCOMPARE(m_server->requestCount() - before, 1);
    QVERIFY(m_server->store().customer("c1")->isListed());
}

void tst_PartnerCenterClient::droppedConnectionRetried()
{
    addCustomer("c1", "A", "a.onmicrosoft.com");
    m_server->failNext(SandboxServer::Fault::Drop, 1, "/v1/customers/c1");
    std::optional<Result<Customer>> result;
    m_client->getCustomer("c1", this, [&](const Result<Customer> &r) { result = r; });
    QVERIFY(waitFor([&] { return result.has_value(); }));
    QVERIFY2(result->ok(), qPrintable(result->error().userMessage()));
}

void tst_PartnerCenterClient::droppedConnectionEveryTimeIsANetworkError()
{
    addCustomer("c1", "A", "a.onmicrosoft.com");
    m_server->failNext(SandboxServer::Fault::Drop, 10, "/v1/customers/c1");
    std::optional<Result<Customer>> result;
    m_client->getCustomer("c1", this, [&](const Result<Customer> &r) { result = r; });
    QVERIFY(waitFor([&] { return result.has_value(); }));
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind(), ApiError::Kind::Network);
    QVERIFY(!result->error().userMessage().isEmpty());
}

void tst_PartnerCenterClient::malformedBodyIsAnError()
{
    addCustomer("c1", "A", "a.onmicrosoft.com", {subscription("s1", "active")});
    // Every attempt: a read whose body does not parse is asked again, up to the retry bound.
    m_server->failNext(SandboxServer::Fault::Malformed, 10, "/subscriptions");
    std::optional<Result<QList<Subscription>>> result;
    m_client->listSubscriptions("c1", this,
                                [&](const Result<QList<Subscription>> &r) { result = r; });
    QVERIFY(waitFor([&] { return result.has_value(); }));
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind(), ApiError::Kind::Malformed);
    QVERIFY(!result->error().correlationId().isEmpty());
}

void tst_PartnerCenterClient::cancellationStopsTheCall()
{
    addCustomer("c1", "A", "a.onmicrosoft.com");
    FaultOptions slow;
    slow.latencyMs = 3000;
    m_server->setFaults(slow);
    int callbacks = 0;
    ApiError error;
    QPointer<PendingCall> call = m_client->getCustomer("c1", this, [&](const Result<Customer> &r) {
        ++callbacks;
        error = r.error();
    });
    QVERIFY(call);
    QSignalSpy finished(call.data(), &PendingCall::finished);
    QTest::qWait(50);
    call->cancel();
    QCOMPARE(callbacks, 1);
    QCOMPARE(error.kind(), ApiError::Kind::Cancelled);
    QCOMPARE(finished.size(), 1);
    QTRY_VERIFY(call.isNull());
    QTest::qWait(100);
    QCOMPARE(callbacks, 1);
}

void tst_PartnerCenterClient::nextPageOnAnotherHostIsNotRequested()
{
    // A scheme-relative "//host/…" link is relative too, but names another host: following
    // it would send the bearer token there.
    FixedReplyServer other("{\"items\":[]}");
    QVERIFY(other.listen(QHostAddress::Any));
    FixedReplyServer first("{\"totalCount\":0,\"items\":[],\"links\":{\"next\":{\"uri\":"
                           "\"//localhost:" +
                           QByteArray::number(other.serverPort()) + "/v1/customers?size=1\"}}}");
    QVERIFY(first.listen(QHostAddress::LocalHost));
    PartnerCenterClient client(QUrl(u"http://127.0.0.1:%1"_s.arg(first.serverPort())),
                               m_fixture->tokens.get(), m_clock);
    std::optional<ApiError> done;
    QSignalSpy failed(&client, &PartnerCenterClient::callFailed);
    client.listCustomers(
        {}, this, [](const QList<Customer> &) {}, [&](const ApiError &error) { done = error; });
    QVERIFY(waitFor([&] { return done.has_value(); }));
    QCOMPARE(first.requests, 1);
    QCOMPARE(done->kind(), ApiError::Kind::Malformed);
    QVERIFY(!done->correlationId().isEmpty());
    QCOMPARE(failed.size(), 1);
    QTest::qWait(100);
    QCOMPARE(other.requests, 0);
}

void tst_PartnerCenterClient::plainHttpRefusedOutsideLoopback()
{
    QString why;
    QVERIFY(!PartnerCenterClient::isAllowedEndpoint(QUrl("http://api.example.com"), &why));
    QVERIFY(why.contains("https"));
    QVERIFY(PartnerCenterClient::isAllowedEndpoint(QUrl("http://127.0.0.1:1234")));
    QVERIFY(PartnerCenterClient::isAllowedEndpoint(QUrl("http://[::1]:1234")));
    QVERIFY(
        PartnerCenterClient::isAllowedEndpoint(QUrl("https://api.partnercenter.microsoft.com")));
    QVERIFY(!PartnerCenterClient::isAllowedEndpoint(QUrl("ftp://x")));

    PartnerCenterClient insecure(QUrl("http://api.example.com"), m_fixture->tokens.get(), m_clock);
    std::optional<Result<Customer>> result;
    insecure.getCustomer("c1", this, [&](const Result<Customer> &r) { result = r; });
    QTRY_VERIFY(result.has_value());
    QCOMPARE(result->error().kind(), ApiError::Kind::InsecureEndpoint);
}

void tst_PartnerCenterClient::noCallbackAfterContextIsGone()
{
    addCustomer("c1", "A", "a.onmicrosoft.com");
    auto *context = new QObject;
    bool called = false;
    QPointer<PendingCall> call =
        m_client->getCustomer("c1", context, [&](const Result<Customer> &) { called = true; });
    delete context;
    QTRY_VERIFY(call.isNull());
    QVERIFY(!called);
}

void tst_PartnerCenterClient::localizedServerMessages()
{
    addCustomer("c1", "A", "a.onmicrosoft.com", {subscription("s1", "active")});
    m_client->setLocaleTag("cs-CZ");
    std::optional<Result<Customer>> czech;
    m_client->removeRelationship("c1", this, [&](const Result<Customer> &r) { czech = r; });
    QVERIFY(waitFor([&] { return czech.has_value(); }));
    m_client->setLocaleTag("en-US");
    std::optional<Result<Customer>> english;
    m_client->removeRelationship("c1", this, [&](const Result<Customer> &r) { english = r; });
    QVERIFY(waitFor([&] { return english.has_value(); }));
    QVERIFY(!czech->ok() && !english->ok());
    QVERIFY(czech->error().description() != english->error().description());
}

QTEST_GUILESS_MAIN(tst_PartnerCenterClient)
#include "tst_partnercenterclient.moc"
