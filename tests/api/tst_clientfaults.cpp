#include "core/api/partnercenterclient.h"
#include "faultcases.h"
#include "sandboxfixture.h"

#include <QTcpServer>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString CustomerId = u"c1"_s;
const QString SubscriptionId = u"s1"_s;
} // namespace

// The client's answer to every fault the sandbox injects, for a read and for a change: a read
// recovers; a change is never sent twice where it may have been applied, and says so.
class tst_ClientFaults : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void readRecoversFromOneFault_data();
    void readRecoversFromOneFault();
    void changeUnderOneFault_data();
    void changeUnderOneFault();
    void lostSuspendIsAppliedOnceAndReportedUnknown();
    void unreadableReadSaysSoAfterTheRetries();
    void changeRetriedWhenTheConnectionIsRefused();
    void ifMatchCarriesTheEtagAndAStaleOneIsRefused();

private:
    Subscription readSubscription();
    int patchesSent() const;

    std::unique_ptr<SandboxFixture> m_f;
};

void tst_ClientFaults::init()
{
    m_f = std::make_unique<SandboxFixture>();
    QVERIFY(m_f->start());
    RetryPolicy policy;
    policy.maxAttempts = 4;
    policy.transferTimeout = std::chrono::seconds(5);
    m_f->client->setRetryPolicy(policy);
    m_f->addCustomer(CustomerId, {SubscriptionBuilder(SubscriptionId)});
}

void tst_ClientFaults::cleanup()
{
    m_f.reset();
}

Subscription tst_ClientFaults::readSubscription()
{
    std::optional<Result<QList<Subscription>>> subs;
    m_f->client->listSubscriptions(CustomerId, this,
                                   [&](const Result<QList<Subscription>> &r) { subs = r; });
    if (!m_f->advanceUntil([&] { return subs.has_value(); }) || !subs->ok() ||
        subs->value().isEmpty())
        return {};
    return subs->value().first();
}

int tst_ClientFaults::patchesSent() const
{
    int count = 0;
    for (const RecordedRequest &r : m_f->server.recentRequests())
        count += r.method == "PATCH";
    return count;
}

void tst_ClientFaults::readRecoversFromOneFault_data()
{
    QTest::addColumn<int>("fault");
    for (const FaultCase &c : faultCases())
        QTest::newRow(c.name) << int(c.fault);
}

void tst_ClientFaults::readRecoversFromOneFault()
{
    QFETCH(int, fault);
    m_f->server.failNext(SandboxServer::Fault(fault), 1, u"/subscriptions"_s);
    const Subscription s = readSubscription();
    QCOMPARE(s.id, SubscriptionId);
    // Every attempt was the same logical request.
    QSet<QByteArray> requestIds;
    for (const RecordedRequest &r : m_f->server.recentRequests()) {
        if (r.path.endsWith(u"/subscriptions"_s))
            requestIds.insert(r.header("MS-RequestId"));
    }
    QCOMPARE(requestIds.size(), 1);
}

void tst_ClientFaults::changeUnderOneFault_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<bool>("retried");
    QTest::addColumn<bool>("applied");
    for (const FaultCase &c : faultCases())
        QTest::newRow(c.name) << int(c.fault) << c.changeRetried << c.changeApplied;
}

void tst_ClientFaults::changeUnderOneFault()
{
    QFETCH(int, fault);
    QFETCH(bool, retried);
    QFETCH(bool, applied);
    const Subscription before = readSubscription();
    QVERIFY(!before.id.isEmpty());
    m_f->server.clearRecentRequests();
    m_f->server.failNext(SandboxServer::Fault(fault), 1, u"/subscriptions/"_s + SubscriptionId);
    std::optional<Result<Subscription>> result;
    m_f->client->setSubscriptionStatus(CustomerId, before, SubscriptionStatus::Value::Suspended,
                                       this, [&](const Result<Subscription> &r) { result = r; });
    QVERIFY(m_f->advanceUntil([&] { return result.has_value(); }));

    const bool suspended = m_f->serverStatus(CustomerId, SubscriptionId) == u"suspended"_s;
    if (retried) {
        QVERIFY2(result->ok(), qPrintable(result->error().userMessage()));
        QCOMPARE(patchesSent(), 2);
        const QList<RecordedRequest> patches = m_f->server.recentRequests(2);
        QCOMPARE(patches.at(0).header("MS-RequestId"), patches.at(1).header("MS-RequestId"));
        QVERIFY(suspended);
        return;
    }
    QVERIFY(!result->ok());
    QCOMPARE(patchesSent(), 1);
    QVERIFY2(result->error().isOutcomeUnknown(), qPrintable(result->error().userMessage()));
    QVERIFY(!result->error().isStaleEtag());
    QVERIFY(result->error().summary().contains(u"not known whether the change was made"_s));
    QVERIFY(!result->error().requestId().isEmpty());
    QCOMPARE(suspended, applied);
}

void tst_ClientFaults::lostSuspendIsAppliedOnceAndReportedUnknown()
{
    // The random fault of --lose-answer-rate, at a rate that loses every answer.
    const Subscription before = readSubscription();
    FaultOptions lose;
    lose.loseAnswerRate = 1;
    m_f->server.setFaults(lose);
    const int requestsBefore = m_f->server.requestCount();
    std::optional<Result<Subscription>> result;
    m_f->client->setSubscriptionStatus(CustomerId, before, SubscriptionStatus::Value::Suspended,
                                       this, [&](const Result<Subscription> &r) { result = r; });
    QVERIFY(m_f->advanceUntil([&] { return result.has_value(); }));
    QCOMPARE(m_f->server.requestCount() - requestsBefore, 1);
    QCOMPARE(m_f->serverStatus(CustomerId, SubscriptionId), u"suspended"_s);
    QVERIFY(!result->ok());
    QVERIFY(result->error().isOutcomeUnknown());
    QVERIFY(!result->error().isStaleEtag());
}

void tst_ClientFaults::unreadableReadSaysSoAfterTheRetries()
{
    m_f->server.failNext(SandboxServer::Fault::Malformed, 10, u"/subscriptions"_s);
    std::optional<Result<QList<Subscription>>> result;
    m_f->client->listSubscriptions(CustomerId, this,
                                   [&](const Result<QList<Subscription>> &r) { result = r; });
    QVERIFY(m_f->advanceUntil([&] { return result.has_value(); }));
    QVERIFY(!result->ok());
    const ApiError error = result->error();
    QCOMPARE(error.kind(), ApiError::Kind::Malformed);
    QCOMPARE(m_f->server.requestCount(), m_f->client->retryPolicy().maxAttempts);
    QVERIFY(!error.isOutcomeUnknown());
    QVERIFY(error.summary().contains(u"could not be read"_s));
    QVERIFY2(!error.userMessage().contains(u"Partner Center said"_s),
             qPrintable(error.userMessage()));
}

void tst_ClientFaults::changeRetriedWhenTheConnectionIsRefused()
{
    // Nothing listens on the port: the request never left, so trying again is safe.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    StaticTokenSource token(u"token"_s);
    PartnerCenterClient client(QUrl(u"http://127.0.0.1:%1"_s.arg(port)), &token, &m_f->clock);
    Subscription s;
    s.id = SubscriptionId;
    std::optional<Result<Subscription>> result;
    client.setSubscriptionStatus(CustomerId, s, SubscriptionStatus::Value::Suspended, this,
                                 [&](const Result<Subscription> &r) { result = r; });
    QVERIFY(m_f->advanceUntil([&] { return result.has_value(); }));
    QCOMPARE(result->error().kind(), ApiError::Kind::Network);
    QVERIFY(!result->error().isOutcomeUnknown());
    // Retried with back-off: every attempt but the last asked the clock for a wait.
    QCOMPARE(int(m_f->clock.requestedDelays().size()), client.retryPolicy().maxAttempts - 1);
}

void tst_ClientFaults::ifMatchCarriesTheEtagAndAStaleOneIsRefused()
{
    Subscription s = readSubscription();
    QVERIFY(!s.etag.isEmpty());
    // Someone else changes the subscription; only If-Match still names the old version.
    s.wire.remove(u"attributes"_s);
    SandboxSubscription *onServer = m_f->server.store().subscription(CustomerId, SubscriptionId);
    onServer->etag = SandboxStore::newEtag();
    std::optional<Result<Subscription>> result;
    m_f->client->setSubscriptionStatus(CustomerId, s, SubscriptionStatus::Value::Suspended, this,
                                       [&](const Result<Subscription> &r) { result = r; });
    QVERIFY(m_f->advanceUntil([&] { return result.has_value(); }));
    QCOMPARE(m_f->server.recentRequests(1).first().header("If-Match"), s.etag.toUtf8());
    QVERIFY(!result->ok());
    const ApiError error = result->error();
    QVERIFY(error.isStaleEtag());
    QCOMPARE(error.httpStatus(), 400);
    QCOMPARE(error.code(), u"2055"_s);
    QVERIFY(!error.isOutcomeUnknown());
    QVERIFY(error.summary().startsWith(u"Someone else changed this item"_s));
    QCOMPARE(m_f->serverStatus(CustomerId, SubscriptionId), u"active"_s);
}

QTEST_GUILESS_MAIN(tst_ClientFaults)
#include "tst_clientfaults.moc"
