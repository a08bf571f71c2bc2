// One subscription to a new status, as the portal does it: suspend and reactivate, cancel new
// commerce inside its window, and the server's refusals (add-on of a suspended base, update of
// a suspended subscription, stale ETag) shown as the server's state afterwards; the add-ons the
// server suspended with their base reported and audited as items of their own, and never sent.
#include "core/audit/auditlog.h"
#include "core/job/subscriptionstatusjob.h"
#include "sandboxfixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Status = SubscriptionStatus::Value;

namespace {
const QString CustomerId = u"cust-status"_s;

Status stateStatus(const CustomerState &state, const QString &id)
{
    const Subscription *s = state.subscription(id);
    return s ? s->status.value() : Status::None;
}

Status serverStatus(SandboxFixture &f, const QString &id)
{
    return SubscriptionStatus::fromWire(f.serverStatus(CustomerId, id)).value();
}

// Runs one change to its end and returns its item.
JobItem run(const std::shared_ptr<CustomerState> &state, AuditLog *audit, const Subscription &s,
            Status target)
{
    SubscriptionStatusJob job(state, audit, {s}, SubscriptionStatus(target));
    job.start();
    if (!QTest::qWaitFor([&] { return job.isFinished(); }, 4000) || job.result().items.size() != 1)
        return {};
    return job.result().items.first();
}
} // namespace

class tst_SubscriptionStatusJob : public QObject
{
    Q_OBJECT

private slots:
    void suspendThenReactivate()
    {
        SandboxFixture f;
        QVERIFY(f.start());
        f.addCustomer(CustomerId, {SubscriptionBuilder(u"a"_s)});
        auto state = f.loadState(CustomerId);
        QVERIFY(state);
        QTemporaryDir dir;
        AuditLog audit(dir.filePath(u"audit.jsonl"_s));

        JobItem item = run(state, &audit, *state->subscription(u"a"_s), Status::Suspended);
        QVERIFY(item.succeeded());
        QCOMPARE(item.newStatus, u"suspended"_s);
        QCOMPARE(serverStatus(f, u"a"_s), Status::Suspended);
        QCOMPARE(stateStatus(*state, u"a"_s), Status::Suspended);
        QCOMPARE(state->activeSubscriptionCount(), 0);

        // The row now carries the server's new ETag, so reactivating from it is accepted.
        item = run(state, &audit, *state->subscription(u"a"_s), Status::Active);
        QVERIFY(item.succeeded());
        QCOMPARE(serverStatus(f, u"a"_s), Status::Active);
        QCOMPARE(stateStatus(*state, u"a"_s), Status::Active);
        QCOMPARE(state->activeSubscriptionCount(), 1);

        const QList<AuditEntry> entries = audit.entries();
        QCOMPARE(entries.size(), 4);
        QCOMPARE(entries.at(0).action, u"suspendSubscription"_s);
        QCOMPARE(entries.at(0).outcome, AuditEntry::Outcome::Attempted);
        QCOMPARE(entries.at(1).outcome, AuditEntry::Outcome::Succeeded);
        QCOMPARE(entries.at(1).oldStatus, u"active"_s);
        QCOMPARE(entries.at(1).newStatus, u"suspended"_s);
        QCOMPARE(entries.at(2).action, u"reactivateSubscription"_s);
        QCOMPARE(entries.at(3).newStatus, u"active"_s);
    }

    void cancelNewCommerceInsideTheWindow()
    {
        SandboxFixture f;
        QVERIFY(f.start());
        const QDateTime now = f.clock.now();
        f.addCustomer(
            CustomerId,
            {SubscriptionBuilder(u"n"_s).newCommerce(now.addDays(3), now.addYears(1)),
             SubscriptionBuilder(u"late"_s).newCommerce(now.addDays(-1), now.addYears(1))});
        auto state = f.loadState(CustomerId);
        QVERIFY(state);
        QCOMPARE(state->blockers().size(), 2);

        JobItem item = run(state, nullptr, *state->subscription(u"n"_s), Status::Deleted);
        QVERIFY(item.succeeded());
        QCOMPARE(serverStatus(f, u"n"_s), Status::Deleted);
        QCOMPARE(stateStatus(*state, u"n"_s), Status::Deleted);
        // Only the one past its window still blocks: it cannot be cancelled here, only its
        // auto-renew turned off.
        const QList<RemovalBlocker> left = state->blockers();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().subscriptionId, u"late"_s);
        QCOMPARE(left.first().action, RemovalBlocker::Action::TurnOffAutoRenew);

        // Past the window the server says no, and the row stays as the server has it.
        item = run(state, nullptr, *state->subscription(u"late"_s), Status::Deleted);
        QVERIFY(!item.succeeded());
        QCOMPARE(item.error.code(), u"900117"_s);
        QCOMPARE(serverStatus(f, u"late"_s), Status::Active);
        QCOMPARE(stateStatus(*state, u"late"_s), Status::Active);
    }

    void addOnWhileParentSuspendedIsRefused()
    {
        SandboxFixture f;
        QVERIFY(f.start());
        f.addCustomer(CustomerId,
                      {SubscriptionBuilder(u"base"_s, u"suspended"_s),
                       SubscriptionBuilder(u"addon"_s, u"suspended"_s).addOnOf(u"base"_s)});
        auto state = f.loadState(CustomerId);
        QVERIFY(state);
        QTemporaryDir dir;
        AuditLog audit(dir.filePath(u"audit.jsonl"_s));
        const JobItem item = run(state, &audit, *state->subscription(u"addon"_s), Status::Active);
        QVERIFY(!item.succeeded());
        QCOMPARE(item.outcome, JobItem::Outcome::Failed);
        QCOMPARE(item.error.code(), u"27009"_s);
        QCOMPARE(item.error.httpStatus(), 400);
        QVERIFY(!item.error.description().isEmpty());
        QVERIFY(!item.answerLost);
        QCOMPARE(serverStatus(f, u"addon"_s), Status::Suspended);
        QCOMPARE(stateStatus(*state, u"addon"_s), Status::Suspended);
        QCOMPARE(audit.entries().last().outcome, AuditEntry::Outcome::Failed);
        QCOMPARE(audit.entries().last().errorCode, u"27009"_s);
    }

    void addOnsThatFollowTheirBaseAreReported()
    {
        SandboxFixture f;
        QVERIFY(f.start());
        f.addCustomer(CustomerId,
                      {SubscriptionBuilder(u"base"_s),
                       SubscriptionBuilder(u"addon"_s).addOnOf(u"base"_s),
                       SubscriptionBuilder(u"idle"_s, u"suspended"_s).addOnOf(u"base"_s),
                       SubscriptionBuilder(u"other"_s)});
        auto state = f.loadState(CustomerId);
        QVERIFY(state);
        QTemporaryDir dir;
        AuditLog audit(dir.filePath(u"audit.jsonl"_s));
        // The add-on is queued too: done with its base, it is not sent a second time.
        SubscriptionStatusJob job(
            state, &audit, {*state->subscription(u"base"_s), *state->subscription(u"addon"_s)},
            SubscriptionStatus(Status::Suspended));
        QList<int> totals;
        connect(&job, &Job::progress, this, [&totals](int, int total) { totals.append(total); });
        job.start();
        QTRY_VERIFY(job.isFinished());
        const QList<JobItem> items = job.result().items;
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).id, u"base"_s);
        QVERIFY(items.at(0).withBase.isEmpty());
        QCOMPARE(items.at(1).id, u"addon"_s);
        QVERIFY(items.at(1).succeeded());
        QCOMPARE(items.at(1).withBase, u"base"_s);
        QCOMPARE(items.at(1).oldStatus, u"active"_s);
        QCOMPARE(items.at(1).newStatus, u"suspended"_s);
        QCOMPARE(totals.constLast(), 2);
        QCOMPARE(SubscriptionStatusJob::describeWithBase(items.at(1)),
                 u"Sub addon is now suspended, with its base subscription."_s);
        // Neither the add-on that was suspended already nor another subscription is named.
        QCOMPARE(serverStatus(f, u"other"_s), Status::Active);
        // The base attempted and succeeded; the add-on only succeeded, saying how.
        const QList<AuditEntry> entries = audit.entries();
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.at(2).itemId, u"addon"_s);
        QCOMPARE(entries.at(2).action, u"suspendSubscription"_s);
        QCOMPARE(entries.at(2).outcome, AuditEntry::Outcome::Succeeded);
        QCOMPARE(entries.at(2).errorMessage, u"Changed with its base subscription."_s);
        QCOMPARE(entries.at(2).correlationId, entries.at(0).correlationId);
    }

    void anAddOnListedBeforeItsBaseIsNotSentAfterIt()
    {
        SandboxFixture f;
        QVERIFY(f.start());
        f.addCustomer(CustomerId, {SubscriptionBuilder(u"base"_s),
                                   SubscriptionBuilder(u"addon"_s).addOnOf(u"base"_s)});
        auto state = f.loadState(CustomerId);
        QVERIFY(state);
        SubscriptionStatusJob job(
            state, nullptr, {*state->subscription(u"addon"_s), *state->subscription(u"base"_s)},
            SubscriptionStatus(Status::Suspended));
        job.start();
        QTRY_VERIFY(job.isFinished());
        const QList<JobItem> items = job.result().items;
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).id, u"base"_s);
        QCOMPARE(items.at(1).id, u"addon"_s);
        QCOMPARE(items.at(1).withBase, u"base"_s);
        const QList<RecordedRequest> requests = f.server.recentRequests();
        QVERIFY(std::none_of(requests.cbegin(), requests.cend(), [](const RecordedRequest &r) {
            return r.method == "PATCH" && r.path.endsWith(u"/addon"_s);
        }));
    }

    void reactivatingABaseCreditsNoAddOn()
    {
        // Partner Center does not reactivate add-ons with their base: one that is active after
        // it was reactivated on its own, not by this change.
        SandboxFixture f;
        QVERIFY(f.start());
        f.addCustomer(CustomerId,
                      {SubscriptionBuilder(u"base"_s, u"suspended"_s),
                       SubscriptionBuilder(u"addon"_s, u"suspended"_s).addOnOf(u"base"_s)});
        auto state = f.loadState(CustomerId);
        QVERIFY(state);
        f.server.store().subscription(CustomerId, u"addon"_s)->status = u"active"_s;
        SubscriptionStatusJob job(state, nullptr, {*state->subscription(u"base"_s)},
                                  SubscriptionStatus(Status::Active));
        job.start();
        QTRY_VERIFY(job.isFinished());
        QCOMPARE(job.result().items.size(), 1);
        QVERIFY(job.result().items.first().succeeded());
        QCOMPARE(stateStatus(*state, u"addon"_s), Status::Active);
    }

    void cancelWhileTheBaseIsSentReportsEachOnce()
    {
        SandboxFixture f;
        QVERIFY(f.start());
        f.addCustomer(CustomerId, {SubscriptionBuilder(u"base"_s),
                                   SubscriptionBuilder(u"addon"_s).addOnOf(u"base"_s),
                                   SubscriptionBuilder(u"other"_s)});
        auto state = f.loadState(CustomerId);
        QVERIFY(state);
        SubscriptionStatusJob job(state, nullptr,
                                  {*state->subscription(u"base"_s),
                                   *state->subscription(u"addon"_s),
                                   *state->subscription(u"other"_s)},
                                  SubscriptionStatus(Status::Suspended));
        // Cancelled as the base's PATCH reaches the server, which then applies it: the job
        // reads that back.
        f.server.setRequestHook([&job](const RecordedRequest &r) {
            if (r.method == "PATCH" && r.path.endsWith(u"/base"_s))
                job.cancel();
        });
        job.start();
        QTRY_VERIFY(job.isFinished());
        f.server.setRequestHook({});
        QHash<QString, JobItem::Outcome> outcomes;
        for (const JobItem &item : job.result().items) {
            QVERIFY2(!outcomes.contains(item.id), qPrintable(item.id + u" twice"_s));
            outcomes.insert(item.id, item.outcome);
        }
        QCOMPARE(outcomes.size(), 3);
        // The base read back as changed, its add-on with it; the other never sent.
        QCOMPARE(serverStatus(f, u"base"_s), Status::Suspended);
        QCOMPARE(outcomes.value(u"base"_s), JobItem::Outcome::Succeeded);
        QCOMPARE(serverStatus(f, u"addon"_s), Status::Suspended);
        QCOMPARE(outcomes.value(u"addon"_s), JobItem::Outcome::Succeeded);
        QCOMPARE(outcomes.value(u"other"_s), JobItem::Outcome::Cancelled);
        QCOMPARE(serverStatus(f, u"other"_s), Status::Active);
    }

    void suspendedSubscriptionCannotBeUpdated()
    {
        SandboxFixture f;
        QVERIFY(f.start());
        f.addCustomer(CustomerId, {SubscriptionBuilder(u"a"_s, u"suspended"_s)});
        auto state = f.loadState(CustomerId);
        QVERIFY(state);
        // The full subscription goes back on the wire: one with an edited quantity is an update
        // of a suspended subscription, which Partner Center refuses.
        Subscription edited = *state->subscription(u"a"_s);
        edited.wire.insert(u"quantity"_s, 20);
        const JobItem item = run(state, nullptr, edited, Status::Suspended);
        QVERIFY(!item.succeeded());
        QCOMPARE(item.error.code(), u"800091"_s);
        // The server shows the target status, but it said no: nothing happened, nothing is
        // reported as done.
        QVERIFY(!item.answerLost);
        QCOMPARE(serverStatus(f, u"a"_s), Status::Suspended);
        QCOMPARE(f.server.store().subscription(CustomerId, u"a"_s)->quantity, 1);
        QCOMPARE(stateStatus(*state, u"a"_s), Status::Suspended);
        QCOMPARE(state->subscription(u"a"_s)->quantity, 1);
    }

    void staleEtagIsRefused()
    {
        SandboxFixture f;
        QVERIFY(f.start());
        f.addCustomer(CustomerId, {SubscriptionBuilder(u"a"_s)});
        auto state = f.loadState(CustomerId);
        QVERIFY(state);
        const Subscription shown = *state->subscription(u"a"_s);
        // Someone else suspended it in the portal meanwhile: new status, new ETag.
        SandboxSubscription *onServer = f.server.store().subscription(CustomerId, u"a"_s);
        onServer->status = u"suspended"_s;
        onServer->etag = SandboxStore::newEtag();
        f.server.notifyStoreChanged();

        const JobItem item = run(state, nullptr, shown, Status::Suspended);
        QVERIFY(!item.succeeded());
        QCOMPARE(item.error.code(), u"2055"_s);
        QCOMPARE(item.error.httpStatus(), 400); // Partner Center's documented stale-ETag answer
        QCOMPARE(serverStatus(f, u"a"_s), Status::Suspended);
        // After a conflict the state was read again: it shows the server's state, not the page's.
        QCOMPARE(stateStatus(*state, u"a"_s), Status::Suspended);
    }
};

QTEST_GUILESS_MAIN(tst_SubscriptionStatusJob)
#include "tst_subscriptionstatusjob.moc"
