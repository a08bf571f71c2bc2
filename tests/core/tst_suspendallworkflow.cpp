#include "core/audit/auditlog.h"
#include "core/models/entitlementmodel.h"
#include "core/models/subscriptionmodel.h"
#include "core/workflow/removalreadiness.h"
#include "core/workflow/suspendallworkflow.h"
#include "sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString Customer1 = u"cust-suspend"_s;

QList<SandboxSubscription> sixActiveWithAddOn()
{
    QList<SandboxSubscription> subs;
    for (int i = 1; i <= 5; ++i)
        subs.append(SandboxFixture::subscription(u"s%1"_s.arg(i), u"active"_s));
    subs.append(SandboxFixture::subscription(u"addon"_s, u"active"_s, u"s1"_s));
    subs.append(SandboxFixture::subscription(u"old"_s, u"suspended"_s));
    return subs;
}

// Loads the customer's subscriptions into the model the way the page does.
void load(SandboxFixture &f, SubscriptionModel &model, const QString &customerId)
{
    model.setCustomerId(customerId);
    bool done = false;
    f.client->listSubscriptions(customerId, &model, [&](const Result<QList<Subscription>> &result) {
        QVERIFY(result.ok());
        model.setSubscriptions(result.value());
        done = true;
    });
    QTRY_VERIFY(done);
}
} // namespace

class tst_SuspendAllWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void suspendsEverythingAndReadinessFlips()
    {
        SandboxFixture f;
        QVERIFY(f.start());
        f.addCustomer(Customer1, sixActiveWithAddOn());
        SubscriptionModel model;
        EntitlementModel entitlements;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        load(f, model, Customer1);
        entitlements.setCustomerId(Customer1);
        entitlements.setEntitlements({});
        RemovalReadiness readiness(&model, &entitlements, &f.clock);
        readiness.setDataState(RemovalReadiness::DataState::Loaded);
        QCOMPARE(model.activeCount(), 6);
        QVERIFY(!readiness.isReady());

        QTemporaryDir dir;
        AuditLog audit(dir.filePath(u"audit.jsonl"_s));
        SuspendAllWorkflow workflow(f.client.get(), &model, &audit);
        QSignalSpy items(&workflow, &SuspendAllWorkflow::itemFinished);
        QSignalSpy finished(&workflow, &SuspendAllWorkflow::finished);
        QSignalSpy progress(&workflow, &SuspendAllWorkflow::progress);
        workflow.start(Customer1, u"Company"_s);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).toInt(), 6); // succeeded
        QCOMPARE(finished.first().at(1).toInt(), 0); // failed
        QCOMPARE(finished.first().at(2).toBool(), false);
        QCOMPARE(items.size(), 6);
        QCOMPARE(progress.last().at(0).toInt(), 6);
        QCOMPARE(progress.last().at(1).toInt(), 6);
        for (const QString &id : {u"s1"_s, u"s2"_s, u"s3"_s, u"s4"_s, u"s5"_s, u"addon"_s})
            QCOMPARE(f.serverStatus(Customer1, id), u"suspended"_s);
        QCOMPARE(model.activeCount(), 0);
        QVERIFY(readiness.isReady());

        // One correlation id for the whole action; no token anywhere in the trail.
        const QString correlation = workflow.correlationId().toString(QUuid::WithoutBraces);
        const QList<AuditEntry> entries = audit.entries();
        QVERIFY(entries.size() >= 10); // attempt + result per PATCH (the add-on went with s1)
        for (const AuditEntry &e : entries)
            QCOMPARE(e.correlationId, correlation);
        QFile file(audit.filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(!text.contains(f.server.issueAccessToken(u"admin"_s).left(20).toUtf8()));
        QVERIFY(!text.toLower().contains("bearer"));

        // Running it again finds nothing left to do.
        finished.clear();
        workflow.start(Customer1);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).toInt(), 0);
        QCOMPARE(finished.first().at(1).toInt(), 0);
    }

    void throttlingWaitsAndLowersParallelism()
    {
        SandboxFixture f;
        QVERIFY(f.start());
        f.addCustomer(Customer1, sixActiveWithAddOn());
        SubscriptionModel model;
        load(f, model, Customer1);
        SuspendAllWorkflow workflow(f.client.get(), &model);
        QSignalSpy finished(&workflow, &SuspendAllWorkflow::finished);
        QSignalSpy parallelism(&workflow, &SuspendAllWorkflow::parallelismChanged);
        f.server.failNext(SandboxServer::Fault::Throttle, 2, u"/subscriptions/s"_s);
        workflow.start(Customer1);
        // The 429s park two PATCHes on the clock until Retry-After has passed.
        QTRY_VERIFY(f.clock.pendingCount() > 0);
        QCOMPARE(finished.size(), 0);
        QVERIFY(workflow.parallelism() < SuspendAllWorkflow::InitialParallelism);
        QVERIFY(workflow.parallelism() >= 1);
        QVERIFY(!parallelism.isEmpty());
        const auto delays = f.clock.requestedDelays();
        QVERIFY(std::any_of(delays.begin(), delays.end(),
                            [](auto d) { return d >= std::chrono::seconds(2); }));
        QVERIFY(f.advanceUntil([&] { return finished.size() == 1; }));
        QCOMPARE(finished.first().at(0).toInt(), 6);
        QCOMPARE(model.activeCount(), 0);
    }

    void perItemFailureShowsServerState()
    {
        SandboxFixture f;
        QVERIFY(f.start());
        f.addCustomer(Customer1, sixActiveWithAddOn());
        SubscriptionModel model;
        load(f, model, Customer1);
        SuspendAllWorkflow workflow(f.client.get(), &model);
        QSignalSpy items(&workflow, &SuspendAllWorkflow::itemFinished);
        QSignalSpy finished(&workflow, &SuspendAllWorkflow::finished);
        f.server.injectError(400, u"900115"_s, u"Azure plan has active subscriptions"_s,
                             u"/subscriptions/s3"_s, "PATCH");
        workflow.start(Customer1);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).toInt(), 5);
        QCOMPARE(finished.first().at(1).toInt(), 1);
        bool sawFailure = false;
        for (const QList<QVariant> &item : std::as_const(items)) {
            if (item.at(0).toString() != u"s3"_s)
                continue;
            sawFailure = true;
            QCOMPARE(item.at(2).toBool(), false);
            QCOMPARE(item.at(3).value<ApiError>().code(), u"900115"_s);
        }
        QVERIFY(sawFailure);
        QCOMPARE(f.serverStatus(Customer1, u"s3"_s), u"active"_s);
        QCOMPARE(model.subscriptionById(u"s3"_s)->status.value(),
                 SubscriptionStatus::Value::Active);
        QCOMPARE(model.activeCount(), 1);

        // Resume: only what is still active is done.
        items.clear();
        finished.clear();
        workflow.start(Customer1);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().at(0).toString(), u"s3"_s);
        QCOMPARE(model.activeCount(), 0);
    }

    void forbiddenForHelpdesk()
    {
        SandboxFixture f;
        QVERIFY(f.start(u"helpdesk"_s));
        f.addCustomer(Customer1, sixActiveWithAddOn());
        SubscriptionModel model;
        load(f, model, Customer1);
        SuspendAllWorkflow workflow(f.client.get(), &model);
        QSignalSpy items(&workflow, &SuspendAllWorkflow::itemFinished);
        QSignalSpy finished(&workflow, &SuspendAllWorkflow::finished);
        workflow.start(Customer1);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).toInt(), 0);
        QVERIFY(finished.first().at(1).toInt() >= 5);
        QVERIFY(items.first().at(3).value<ApiError>().isForbidden());
        QCOMPARE(model.activeCount(), 6);
    }

    void unreadableListWithoutModelIsReported()
    {
        SandboxFixture f;
        QVERIFY(f.start());
        f.addCustomer(Customer1, sixActiveWithAddOn());
        // Unreadable on every attempt: the client asks again up to its retry bound.
        f.server.failNext(SandboxServer::Fault::Malformed, 10, u"/subscriptions"_s);
        SuspendAllWorkflow workflow(f.client.get(), nullptr);
        QSignalSpy readFailed(&workflow, &SuspendAllWorkflow::readFailed);
        QSignalSpy items(&workflow, &SuspendAllWorkflow::itemFinished);
        QSignalSpy finished(&workflow, &SuspendAllWorkflow::finished);
        workflow.start(Customer1);
        QVERIFY(f.advanceUntil([&] { return finished.size() == 1; }));
        QCOMPARE(readFailed.size(), 1);
        QCOMPARE(readFailed.first().at(0).value<ApiError>().kind(), ApiError::Kind::Malformed);
        QCOMPARE(items.size(), 0);
        QVERIFY(!workflow.isRunning());
    }

    void cancelThenResume()
    {
        SandboxFixture f;
        QVERIFY(f.start());
        f.addCustomer(Customer1, sixActiveWithAddOn());
        SubscriptionModel model;
        load(f, model, Customer1);
        SuspendAllWorkflow workflow(f.client.get(), &model);
        QSignalSpy finished(&workflow, &SuspendAllWorkflow::finished);
        QSignalSpy items(&workflow, &SuspendAllWorkflow::itemFinished);
        // The first PATCHes are throttled, so they sit waiting on the clock when we cancel.
        f.server.failNext(SandboxServer::Fault::Throttle, 4, u"/subscriptions/s"_s);
        workflow.start(Customer1);
        QTRY_VERIFY(f.clock.pendingCount() > 0);
        workflow.cancel();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(2).toBool(), true);
        // Every subscription that was to be suspended got its answer, started or not.
        QSet<QString> answered;
        for (const QList<QVariant> &item : std::as_const(items)) {
            answered.insert(item.at(0).toString());
            QCOMPARE(item.at(3).value<ApiError>().kind(), ApiError::Kind::Cancelled);
        }
        QCOMPARE(answered.size(), 6);
        QVERIFY(!workflow.isRunning());
        const int leftActive = model.activeCount();
        QVERIFY(leftActive > 0);

        finished.clear();
        // The parked retries of the cancelled PATCHes must not fire any more.
        const int requestsBefore = f.server.requestCount();
        f.clock.advance(std::chrono::minutes(5));
        QTest::qWait(20);
        QCOMPARE(f.server.requestCount(), requestsBefore);
        workflow.start(Customer1);
        QVERIFY(f.advanceUntil([&] { return finished.size() == 1; }, 2000));
        QCOMPARE(finished.first().at(2).toBool(), false);
        QCOMPARE(model.activeCount(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_SuspendAllWorkflow)
#include "tst_suspendallworkflow.moc"
