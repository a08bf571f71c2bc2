// The Job base: exactly one finished(), never inside start(); a cancel before the work began;
// the audit trail of an item; and the rule for unknown outcomes — a failed change is read back,
// a change the server shows is a success whose answer was lost (and is never sent again), one it
// does not show is a failure, and one whose read-back fails too is of unknown outcome.
#include "core/audit/auditlog.h"
#include "core/job/job.h"
#include "sandboxfixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString CustomerId = u"cust-job"_s;

// A job whose work the test writes.
class ProbeJob : public Job
{
public:
    ProbeJob(std::shared_ptr<CustomerState> state, AuditLog *audit,
             std::function<void(ProbeJob &)> work)
        : Job(std::move(state), audit, nullptr)
        , m_work(std::move(work))
    {
    }

    using Job::Change;
    using Job::change;
    using Job::finish;
    using Job::reportItem;
    using Job::reportNotStarted;
    using Job::setTotal;

    int runs = 0;

private:
    void run() override
    {
        ++runs;
        m_work(*this);
    }

    std::function<void(ProbeJob &)> m_work;
};

// Suspends subscription "a" through the base's change(), then finishes.
void suspendA(ProbeJob &job)
{
    job.setTotal(1);
    const Subscription a = *job.state()->subscription(u"a"_s);
    ProbeJob::Change change;
    change.item = {a.id, a.displayName(), u"suspendSubscription"_s, a.status.toWire(),
                   u"suspended"_s};
    change.send = [&job, a](ProbeJob::Change::Sent sent) {
        return job.state()->client()->setSubscriptionStatus(
            CustomerId, a, SubscriptionStatus(SubscriptionStatus::Value::Suspended), &job,
            [sent](const Result<Subscription> &result) {
                sent(result.error(), result.ok() ? result.value().status.toWire() : QString());
            });
    };
    change.readBack = CustomerState::Part::Subscriptions;
    change.applied = [&job](const ApiError &readError) {
        const Subscription *now = job.state()->subscription(u"a"_s);
        return !readError.isError() && now &&
               now->status.value() == SubscriptionStatus::Value::Suspended;
    };
    job.change(change, [&job](const JobItem &, bool) { job.finish(); });
}

int patches(SandboxFixture &f)
{
    int n = 0;
    for (const RecordedRequest &r : f.server.recentRequests())
        n += r.method == "PATCH" && r.path.endsWith(u"/subscriptions/a"_s) ? 1 : 0;
    return n;
}

struct Setup
{
    SandboxFixture f;
    QTemporaryDir dir;
    std::unique_ptr<AuditLog> audit;
    std::shared_ptr<CustomerState> state;

    bool start()
    {
        if (!f.start())
            return false;
        f.addCustomer(CustomerId, {SubscriptionBuilder(u"a"_s)});
        audit = std::make_unique<AuditLog>(dir.filePath(u"audit.jsonl"_s));
        state = f.loadState(CustomerId, CustomerState::Part::Subscriptions);
        f.server.clearRecentRequests();
        return state != nullptr;
    }
};
} // namespace

class tst_Job : public QObject
{
    Q_OBJECT

private slots:
    void finishedOnceAndNeverInsideStart()
    {
        Setup s;
        QVERIFY(s.start());
        ProbeJob job(s.state, s.audit.get(), [](ProbeJob &j) {
            j.finish();
            j.finish();
        });
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        QCOMPARE(finished.size(), 0);
        QVERIFY(job.isRunning());
        QVERIFY(!job.isFinished());
        QTRY_COMPARE(finished.size(), 1);
        QTest::qWait(20);
        QCOMPARE(finished.size(), 1);
        QVERIFY(job.isFinished());
        QVERIFY(!job.isRunning());
        QVERIFY(job.result().ok());
        QVERIFY(!job.result().cancelled);
        // One run per job.
        job.start();
        QTest::qWait(20);
        QCOMPARE(job.runs, 1);
        QCOMPARE(finished.size(), 1);
    }

    void cancelBeforeTheWorkBegins()
    {
        Setup s;
        QVERIFY(s.start());
        ProbeJob job(s.state, s.audit.get(), [](ProbeJob &j) { j.finish(); });
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        job.cancel();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(job.runs, 0);
        QVERIFY(job.result().cancelled);
        QVERIFY(!job.result().ok());
        QVERIFY(s.audit->entries().isEmpty());
    }

    void itemsAreAuditedAndCounted()
    {
        Setup s;
        QVERIFY(s.start());
        ProbeJob job(s.state, s.audit.get(), [](ProbeJob &j) {
            j.setTotal(2);
            JobItem refused(u"x"_s, u"X"_s, u"cancelOrder"_s, u"active"_s, u"cancelled"_s);
            refused.outcome = JobItem::Outcome::Refused;
            refused.error = ApiError(ApiError::Kind::Refused, u"Not here"_s);
            j.reportItem(refused);
            j.reportNotStarted({u"y"_s, u"Y"_s, u"cancelOrder"_s, u"active"_s, u"cancelled"_s});
            j.finish();
        });
        QSignalSpy items(&job, &Job::itemFinished);
        QSignalSpy progress(&job, &Job::progress);
        job.start();
        QTRY_VERIFY(job.isFinished());
        QCOMPARE(items.size(), 2);
        QCOMPARE(job.result().failed(), 1);
        QCOMPARE(job.result().count(JobItem::Outcome::Cancelled), 1);
        QCOMPARE(job.result().items.at(1).error.kind(), ApiError::Kind::Cancelled);
        // Set out to do two; one has an outcome, the other was never started.
        QCOMPARE(progress.last().at(0).toInt(), 1);
        QCOMPARE(progress.last().at(1).toInt(), 2);
        // The refusal is on record (with the job's correlation id); what never started is not.
        const QList<AuditEntry> entries = s.audit->entries();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().itemId, u"x"_s);
        QCOMPARE(entries.first().outcome, AuditEntry::Outcome::Refused);
        QCOMPARE(entries.first().errorMessage, u"Not here"_s);
        QCOMPARE(entries.first().customerId, CustomerId);
        QCOMPARE(entries.first().correlationId, job.correlationId().toString(QUuid::WithoutBraces));
    }

    void lostAnswerButAppliedIsASuccess()
    {
        Setup s;
        QVERIFY(s.start());
        // The answer is lost in a server error, yet the server shows the change: whether our
        // request made it or it happened meanwhile, the subscription is what was asked for.
        s.f.server.injectError(500, u"InternalServerError"_s, u"Lost"_s, u"/subscriptions/a"_s,
                               "PATCH");
        s.f.server.store().subscription(CustomerId, u"a"_s)->status = u"suspended"_s;
        s.f.server.notifyStoreChanged();
        ProbeJob job(s.state, s.audit.get(), suspendA);
        QSignalSpy items(&job, &Job::itemFinished);
        job.start();
        QTRY_VERIFY(job.isFinished());
        QCOMPARE(items.size(), 1);
        const JobItem item = items.first().at(0).value<JobItem>();
        QCOMPARE(item.outcome, JobItem::Outcome::Succeeded);
        QVERIFY(item.answerLost);
        QCOMPARE(item.newStatus, u"suspended"_s);
        QCOMPARE(item.error.httpStatus(), 500);
        QVERIFY(job.result().ok());
        // Read back into the state, and never sent again.
        QCOMPARE(s.state->subscription(u"a"_s)->status.value(),
                 SubscriptionStatus::Value::Suspended);
        QCOMPARE(patches(s.f), 1);
        const QList<AuditEntry> entries = s.audit->entries();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).outcome, AuditEntry::Outcome::Attempted);
        QCOMPARE(entries.at(1).outcome, AuditEntry::Outcome::Succeeded);
        QCOMPARE(entries.at(1).newStatus, u"suspended"_s);
    }

    void lostAnswerNotAppliedIsAFailure()
    {
        Setup s;
        QVERIFY(s.start());
        s.f.server.injectError(500, u"InternalServerError"_s, u"Broken"_s, u"/subscriptions/a"_s,
                               "PATCH");
        ProbeJob job(s.state, s.audit.get(), suspendA);
        job.start();
        QTRY_VERIFY(job.isFinished());
        const JobItem item = job.result().items.value(0);
        QCOMPARE(item.outcome, JobItem::Outcome::Failed);
        QVERIFY(!item.answerLost);
        QCOMPARE(item.error.description(), u"Broken"_s);
        QCOMPARE(s.state->subscription(u"a"_s)->status.value(), SubscriptionStatus::Value::Active);
        QCOMPARE(patches(s.f), 1);
        const QList<AuditEntry> entries = s.audit->entries();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(1).outcome, AuditEntry::Outcome::Failed);
        QCOMPARE(entries.at(1).httpStatus, 500);
    }

    void droppedEveryTimeIsReadBackAndFails()
    {
        Setup s;
        QVERIFY(s.start());
        s.f.server.failNext(SandboxServer::Fault::Drop, 20, u"/subscriptions/a"_s);
        ProbeJob job(s.state, s.audit.get(), suspendA);
        job.start();
        QVERIFY(s.f.advanceUntil([&] { return job.isFinished(); }));
        const JobItem item = job.result().items.value(0);
        QCOMPARE(item.outcome, JobItem::Outcome::Failed);
        QCOMPARE(item.error.kind(), ApiError::Kind::Network);
        // The subscriptions were read back before the failure was reported.
        bool readBack = false;
        for (const RecordedRequest &r : s.f.server.recentRequests())
            readBack = readBack || (r.method == "GET" && r.path.endsWith(u"/subscriptions"_s));
        QVERIFY(readBack);
        QCOMPARE(s.audit->entries().last().outcome, AuditEntry::Outcome::Failed);
    }

    void lostAnswerAndFailedReadBackIsUnknown_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<int>("readBackFault");
        QTest::addColumn<bool>("applied");
        QTest::newRow("answer lost, read-back 500")
            << int(SandboxServer::Fault::LoseAnswer) << int(SandboxServer::Fault::ServerError)
            << true;
        QTest::newRow("answer lost, read-back unreadable")
            << int(SandboxServer::Fault::LoseAnswer) << int(SandboxServer::Fault::Malformed)
            << true;
        QTest::newRow("500, read-back 500") << int(SandboxServer::Fault::ServerError)
                                            << int(SandboxServer::Fault::ServerError) << false;
    }

    void lostAnswerAndFailedReadBackIsUnknown()
    {
        QFETCH(int, fault);
        QFETCH(int, readBackFault);
        QFETCH(bool, applied);
        Setup s;
        QVERIFY(s.start());
        s.f.server.failNext(SandboxServer::Fault(fault), 1, u"/subscriptions/a"_s, "PATCH");
        s.f.server.failNext(SandboxServer::Fault(readBackFault), RetryPolicy().maxAttempts,
                            u"/subscriptions"_s, "GET");
        ProbeJob job(s.state, s.audit.get(), suspendA);
        QSignalSpy items(&job, &Job::itemFinished);
        QSignalSpy progress(&job, &Job::progress);
        job.start();
        QVERIFY(s.f.advanceUntil([&] { return job.isFinished(); }));
        // Whatever the server did, nobody can tell: neither a success nor a failure, reported
        // once, never sent again.
        QCOMPARE(s.f.server.store().subscription(CustomerId, u"a"_s)->status,
                 applied ? u"suspended"_s : u"active"_s);
        QCOMPARE(patches(s.f), 1);
        QCOMPARE(items.size(), 1);
        const JobItem item = items.first().at(0).value<JobItem>();
        QCOMPARE(item.outcome, JobItem::Outcome::Unknown);
        QVERIFY(item.outcomeUnknown());
        QVERIFY(!item.succeeded());
        QVERIFY(!item.answerLost);
        QVERIFY(item.error.isOutcomeUnknown());
        QVERIFY2(item.error.summary().contains(u"not known whether"_s),
                 qPrintable(item.error.summary()));
        QCOMPARE(job.result().unknown(), 1);
        QCOMPARE(job.result().failed(), 0);
        QCOMPARE(job.result().succeeded(), 0);
        QVERIFY(!job.result().ok());
        // Decided, so counted as done.
        QCOMPARE(progress.last().at(0).toInt(), 1);
        const QList<AuditEntry> entries = s.audit->entries();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).outcome, AuditEntry::Outcome::Attempted);
        QCOMPARE(entries.at(1).outcome, AuditEntry::Outcome::Unknown);
    }
};

QTEST_GUILESS_MAIN(tst_Job)
#include "tst_job.moc"
