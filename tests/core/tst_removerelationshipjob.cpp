// Removing the reseller relationship against the sandbox: refused on what the server shows now
// (not on what a page showed), removed when clear, the server's error shown, a lost answer
// settled by reading the customer back, and no request when the re-read fails.
#include "core/audit/auditlog.h"
#include "core/job/removerelationshipjob.h"
#include "sandboxfixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString CustomerId = u"cust-remove"_s;

// The customer as the list knows it, before anything is read.
std::shared_ptr<CustomerState> listed(SandboxFixture &f)
{
    Customer c;
    c.id = CustomerId;
    c.companyProfile.companyName = u"Company "_s + CustomerId;
    c.relationshipToPartner = u"reseller"_s;
    return CustomerState::create(f.client.get(), &f.clock, c);
}

JobItem runToEnd(RemoveRelationshipJob &job)
{
    job.start();
    if (!QTest::qWaitFor([&] { return job.isFinished(); }, 5000))
        return {};
    return job.result().items.value(0);
}
} // namespace

class tst_RemoveRelationshipJob : public QObject
{
    Q_OBJECT

private slots:
    void refusedWhenReactivatedBehindThePage()
    {
        SandboxFixture f;
        QVERIFY(f.start());
        f.addCustomer(CustomerId, {SubscriptionBuilder(u"a"_s, u"suspended"_s)});
        // The page believes everything is suspended ...
        auto state = f.loadState(CustomerId);
        QVERIFY(state);
        QVERIFY(state->isReady());
        // ... but someone reactivated it on the server meanwhile.
        f.server.store().subscription(CustomerId, u"a"_s)->status = u"active"_s;
        f.server.notifyStoreChanged();

        QTemporaryDir dir;
        AuditLog audit(dir.filePath(u"audit.jsonl"_s));
        RemoveRelationshipJob job(state, &audit);
        QSignalSpy removed(state.get(), &CustomerState::removed);
        const int requestsBefore = f.server.requestCount();
        const JobItem item = runToEnd(job);
        QCOMPARE(item.outcome, JobItem::Outcome::Refused);
        QCOMPARE(removed.size(), 0);
        const QList<RemovalBlocker> blockers = job.blockers();
        QCOMPARE(blockers.size(), 1);
        QCOMPARE(blockers.first().kind, RemovalBlocker::Kind::ActiveSubscription);
        QCOMPARE(blockers.first().subscriptionId, u"a"_s);
        // Only the three re-reads went out, no PATCH; the state now shows the truth.
        QCOMPARE(f.server.requestCount() - requestsBefore, 3);
        QCOMPARE(state->activeSubscriptionCount(), 1);
        QVERIFY(!state->isReady());
        QVERIFY(f.server.store().customer(CustomerId)->isListed());
        QCOMPARE(audit.entries().last().outcome, AuditEntry::Outcome::Refused);
        QCOMPARE(audit.entries().last().errorMessage, blockers.first().title());
    }

    void succeedsWhenClear()
    {
        SandboxFixture f;
        QVERIFY(f.start());
        f.addCustomer(CustomerId, {SubscriptionBuilder(u"a"_s, u"suspended"_s)});
        QTemporaryDir dir;
        AuditLog audit(dir.filePath(u"audit.jsonl"_s));
        auto state = listed(f);
        RemoveRelationshipJob job(state, &audit);
        QSignalSpy removed(state.get(), &CustomerState::removed);
        QSignalSpy stages(&job, &RemoveRelationshipJob::stageChanged);
        const JobItem item = runToEnd(job);
        QVERIFY(item.succeeded());
        QVERIFY(!item.answerLost);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().at(0).value<Customer>().id, CustomerId);
        QVERIFY(state->isRemoved());
        QVERIFY(!f.server.store().customer(CustomerId)->isListed());
        QCOMPARE(stages.size(), 3); // Checking, Removing, Idle
        const QList<AuditEntry> entries = audit.entries();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).outcome, AuditEntry::Outcome::Attempted);
        QCOMPARE(entries.at(1).outcome, AuditEntry::Outcome::Succeeded);
        QCOMPARE(entries.at(1).action, u"removeRelationship"_s);
        QCOMPARE(entries.at(1).oldStatus, u"reseller"_s);
        QCOMPARE(entries.at(1).newStatus, u"none"_s);
        QCOMPARE(entries.at(1).correlationId, job.correlationId().toString(QUuid::WithoutBraces));
    }

    void conflictFromServerIsShown()
    {
        SandboxFixture f;
        QVERIFY(f.start());
        f.addCustomer(CustomerId, {});
        auto state = listed(f);
        RemoveRelationshipJob job(state, nullptr);
        f.server.injectError(409, u"3000"_s, u"Removal blocked by the back office"_s,
                             u"/v1/customers/"_s + CustomerId, "PATCH");
        const JobItem item = runToEnd(job);
        QCOMPARE(item.outcome, JobItem::Outcome::Failed);
        QCOMPARE(item.error.httpStatus(), 409);
        QCOMPARE(item.error.description(), u"Removal blocked by the back office"_s);
        QVERIFY(!state->isRemoved());
        QVERIFY(f.server.store().customer(CustomerId)->isListed());
    }

    void failedAnswerButRemovedOnTheServerIsASuccess()
    {
        SandboxFixture f;
        QVERIFY(f.start());
        f.addCustomer(CustomerId, {SubscriptionBuilder(u"a"_s, u"suspended"_s)});
        auto state = listed(f);
        RemoveRelationshipJob job(state, nullptr);
        // The server applies the removal but the answer is lost in an internal error.
        f.server.injectError(500, u"InternalServerError"_s, u"Lost"_s,
                             u"/v1/customers/"_s + CustomerId, "PATCH");
        connect(&job, &RemoveRelationshipJob::stageChanged, this,
                [&](RemoveRelationshipJob::Stage stage) {
                    if (stage == RemoveRelationshipJob::Stage::Removing)
                        f.server.store().setRelationship(CustomerId, u"none"_s);
                });
        const JobItem item = runToEnd(job);
        QVERIFY(item.succeeded());
        QVERIFY(item.answerLost);
        QVERIFY(state->isRemoved());
        QVERIFY(!state->customer().hasRelationship());
    }

    void failedAndStillThereIsAFailure()
    {
        SandboxFixture f;
        QVERIFY(f.start());
        f.addCustomer(CustomerId, {});
        auto state = listed(f);
        RemoveRelationshipJob job(state, nullptr);
        f.server.injectError(500, u"InternalServerError"_s, u"Broken"_s,
                             u"/v1/customers/"_s + CustomerId, "PATCH");
        const JobItem item = runToEnd(job);
        QCOMPARE(item.outcome, JobItem::Outcome::Failed);
        QCOMPARE(item.error.description(), u"Broken"_s);
        QVERIFY(!state->isRemoved());
        QVERIFY(f.server.store().customer(CustomerId)->isListed());
    }

    void reReadFailureMeansNoRequest()
    {
        SandboxFixture f;
        QVERIFY(f.start(u"admin"_s));
        f.addCustomer(CustomerId, {});
        auto state = listed(f);
        RemoveRelationshipJob job(state, nullptr);
        f.server.injectError(403, u"900150"_s, u"No"_s, u"/subscriptions"_s, "GET");
        const JobItem item = runToEnd(job);
        QCOMPARE(item.outcome, JobItem::Outcome::Failed);
        QCOMPARE(item.error.code(), u"900150"_s);
        QVERIFY(f.server.store().customer(CustomerId)->isListed());
        for (const RecordedRequest &r : f.server.recentRequests())
            QVERIFY(r.method != "PATCH");
    }
};

QTEST_GUILESS_MAIN(tst_RemoveRelationshipJob)
#include "tst_removerelationshipjob.moc"
