// "Suspend all active…" against the sandbox: everything suspended and the readiness flipping,
// throttling, a failure per item, the forbidden role, a first read that fails, cancel and resume.
#include "core/audit/auditlog.h"
#include "core/job/suspendalljob.h"
#include "sandboxfixture.h"

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
        subs.append(SubscriptionBuilder(u"s%1"_s.arg(i)));
    subs.append(SubscriptionBuilder(u"addon"_s).addOnOf(u"s1"_s));
    subs.append(SubscriptionBuilder(u"old"_s, u"suspended"_s));
    return subs;
}
} // namespace

class tst_SuspendAllJob : public QObject
{
    Q_OBJECT

private slots:
    void suspendsEverythingAndReadinessFlips()
    {
        SandboxFixture f;
        QVERIFY(f.start());
        f.addCustomer(Customer1, sixActiveWithAddOn());
        auto state = f.loadState(Customer1);
        QVERIFY(state);
        QCOMPARE(state->activeSubscriptionCount(), 6);
        QVERIFY(!state->isReady());

        QTemporaryDir dir;
        AuditLog audit(dir.filePath(u"audit.jsonl"_s));
        SuspendAllJob job(state, &audit);
        QSignalSpy items(&job, &Job::itemFinished);
        QSignalSpy finished(&job, &Job::finished);
        QSignalSpy progress(&job, &Job::progress);
        job.start();
        QTRY_COMPARE(finished.size(), 1);
        const JobResult result = finished.first().at(0).value<JobResult>();
        QCOMPARE(result.succeeded(), 6);
        QCOMPARE(result.failed(), 0);
        QCOMPARE(result.cancelled, false);
        QVERIFY(result.ok());
        QCOMPARE(items.size(), 6);
        QCOMPARE(progress.last().at(0).toInt(), 6);
        QCOMPARE(progress.last().at(1).toInt(), 6);
        for (const QString &id : {u"s1"_s, u"s2"_s, u"s3"_s, u"s4"_s, u"s5"_s, u"addon"_s})
            QCOMPARE(f.serverStatus(Customer1, id), u"suspended"_s);
        QCOMPARE(state->activeSubscriptionCount(), 0);
        QVERIFY(state->isReady());

        // One correlation id for the whole action; no token anywhere in the trail.
        const QString correlation = job.correlationId().toString(QUuid::WithoutBraces);
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
        SuspendAllJob again(state, &audit);
        QSignalSpy finishedAgain(&again, &Job::finished);
        again.start();
        QTRY_COMPARE(finishedAgain.size(), 1);
        QCOMPARE(again.result().succeeded(), 0);
        QCOMPARE(again.result().failed(), 0);
    }

    void throttlingWaitsAndLowersParallelism()
    {
        SandboxFixture f;
        QVERIFY(f.start());
        f.addCustomer(Customer1, sixActiveWithAddOn());
        auto state = f.loadState(Customer1);
        QVERIFY(state);
        SuspendAllJob job(state, nullptr);
        QSignalSpy finished(&job, &Job::finished);
        QSignalSpy parallelism(&job, &SuspendAllJob::parallelismChanged);
        f.server.failNext(SandboxServer::Fault::Throttle, 2, u"/subscriptions/s"_s);
        job.start();
        // The 429s park two PATCHes on the clock until Retry-After has passed.
        QTRY_VERIFY(f.clock.pendingCount() > 0);
        QCOMPARE(finished.size(), 0);
        QVERIFY(job.parallelism() < SuspendAllJob::InitialParallelism);
        QVERIFY(job.parallelism() >= 1);
        QVERIFY(!parallelism.isEmpty());
        const auto delays = f.clock.requestedDelays();
        QVERIFY(std::any_of(delays.begin(), delays.end(),
                            [](auto d) { return d >= std::chrono::seconds(2); }));
        QVERIFY(f.advanceUntil([&] { return finished.size() == 1; }));
        QCOMPARE(job.result().succeeded(), 6);
        QCOMPARE(state->activeSubscriptionCount(), 0);
    }

    void perItemFailureShowsServerState()
    {
        SandboxFixture f;
        QVERIFY(f.start());
        f.addCustomer(Customer1, sixActiveWithAddOn());
        auto state = f.loadState(Customer1);
        QVERIFY(state);
        SuspendAllJob job(state, nullptr);
        QSignalSpy items(&job, &Job::itemFinished);
        QSignalSpy finished(&job, &Job::finished);
        f.server.injectError(400, u"900115"_s, u"Azure plan has active subscriptions"_s,
                             u"/subscriptions/s3"_s, "PATCH");
        job.start();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(job.result().succeeded(), 5);
        QCOMPARE(job.result().failed(), 1);
        bool sawFailure = false;
        for (const QList<QVariant> &signal : std::as_const(items)) {
            const JobItem item = signal.at(0).value<JobItem>();
            if (item.id != u"s3"_s)
                continue;
            sawFailure = true;
            QCOMPARE(item.succeeded(), false);
            QCOMPARE(item.outcome, JobItem::Outcome::Failed);
            QCOMPARE(item.error.code(), u"900115"_s);
        }
        QVERIFY(sawFailure);
        QCOMPARE(f.serverStatus(Customer1, u"s3"_s), u"active"_s);
        QCOMPARE(state->subscription(u"s3"_s)->status.value(), SubscriptionStatus::Value::Active);
        QCOMPARE(state->activeSubscriptionCount(), 1);

        // Resume: only what is still active is done.
        SuspendAllJob resume(state, nullptr);
        QSignalSpy resumed(&resume, &Job::itemFinished);
        resume.start();
        QTRY_VERIFY(resume.isFinished());
        QCOMPARE(resumed.size(), 1);
        QCOMPARE(resumed.first().at(0).value<JobItem>().id, u"s3"_s);
        QCOMPARE(state->activeSubscriptionCount(), 0);
    }

    void forbiddenForHelpdesk()
    {
        SandboxFixture f;
        QVERIFY(f.start(u"helpdesk"_s));
        f.addCustomer(Customer1, sixActiveWithAddOn());
        auto state = f.loadState(Customer1);
        QVERIFY(state);
        SuspendAllJob job(state, nullptr);
        QSignalSpy items(&job, &Job::itemFinished);
        job.start();
        QTRY_VERIFY(job.isFinished());
        QCOMPARE(job.result().succeeded(), 0);
        QVERIFY(job.result().failed() >= 5);
        QVERIFY(items.first().at(0).value<JobItem>().error.isForbidden());
        QCOMPARE(state->activeSubscriptionCount(), 6);
    }

    void unreadableListWithNothingReadIsReported()
    {
        SandboxFixture f;
        QVERIFY(f.start());
        f.addCustomer(Customer1, sixActiveWithAddOn());
        // Unreadable on every attempt: the client asks again up to its retry bound.
        f.server.failNext(SandboxServer::Fault::Malformed, 10, u"/subscriptions"_s);
        // The CLI's case: a state that has read nothing yet.
        Customer customer;
        customer.id = Customer1;
        SuspendAllJob job(CustomerState::create(f.client.get(), &f.clock, customer), nullptr);
        QSignalSpy items(&job, &Job::itemFinished);
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        QVERIFY(f.advanceUntil([&] { return finished.size() == 1; }));
        QCOMPARE(job.result().error.kind(), ApiError::Kind::Malformed);
        QCOMPARE(items.size(), 0);
        QVERIFY(!job.isRunning());
    }

    void cancelThenResume()
    {
        SandboxFixture f;
        QVERIFY(f.start());
        f.addCustomer(Customer1, sixActiveWithAddOn());
        auto state = f.loadState(Customer1);
        QVERIFY(state);
        SuspendAllJob job(state, nullptr);
        QSignalSpy finished(&job, &Job::finished);
        QSignalSpy items(&job, &Job::itemFinished);
        // The first PATCHes are throttled, so they sit waiting on the clock when we cancel.
        f.server.failNext(SandboxServer::Fault::Throttle, 4, u"/subscriptions/s"_s);
        const int waiting = f.clock.pendingCount(); // the readiness's window check, if any
        job.start();
        QTRY_VERIFY(f.clock.pendingCount() > waiting);
        job.cancel();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(job.result().cancelled, true);
        // Every subscription that was to be suspended got its answer, started or not.
        QSet<QString> answered;
        for (const QList<QVariant> &signal : std::as_const(items)) {
            const JobItem item = signal.at(0).value<JobItem>();
            answered.insert(item.id);
            QCOMPARE(item.error.kind(), ApiError::Kind::Cancelled);
            QCOMPARE(item.outcome, JobItem::Outcome::Cancelled);
        }
        QCOMPARE(answered.size(), 6);
        QVERIFY(!job.isRunning());
        const int leftActive = state->activeSubscriptionCount();
        QVERIFY(leftActive > 0);

        // The parked retries of the cancelled PATCHes must not fire any more.
        const int requestsBefore = f.server.requestCount();
        f.clock.advance(std::chrono::minutes(5));
        QTest::qWait(20);
        QCOMPARE(f.server.requestCount(), requestsBefore);
        SuspendAllJob resume(state, nullptr);
        resume.start();
        QVERIFY(f.advanceUntil([&] { return resume.isFinished(); }, 2000));
        QCOMPARE(resume.result().cancelled, false);
        QCOMPARE(state->activeSubscriptionCount(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_SuspendAllJob)
#include "tst_suspendalljob.moc"
