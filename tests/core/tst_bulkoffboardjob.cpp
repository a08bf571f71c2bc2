// Bulk offboarding against the sandbox: the plan's three groups changing nothing, a run that
// journals every action and ends each customer as the plan said, 429s lowering the concurrency
// and honouring Retry-After, cancel mid-run leaving the rest untouched, and a resume after a
// run stopped between a request and its answer — the action read back, never sent again.
#include "core/audit/auditlog.h"
#include "core/bulk/bulkoffboardjob.h"
#include "core/bulk/bulkreport.h"
#include "core/bulk/runjournal.h"
#include "core/bulk/runjournalstore.h"
#include "sandboxfixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
using CustomerResult = RunRecord::CustomerResult;

struct BulkFixture : SandboxFixture
{
    QTemporaryDir dir;
    std::unique_ptr<AuditLog> audit;
    std::unique_ptr<RunJournalStore> store;
    RunJournal journal{&clock};

    bool begin()
    {
        if (!start() || !dir.isValid())
            return false;
        audit = std::make_unique<AuditLog>(dir.filePath(u"audit.jsonl"_s));
        store = std::make_unique<RunJournalStore>(dir.filePath(u"runs"_s));
        return true;
    }
    RunCustomer runCustomer(const QString &id) const
    {
        return {id + u".onmicrosoft.com"_s, id, id + u"-tenant"_s, u"Company "_s + id,
                id + u".onmicrosoft.com"_s};
    }
    std::unique_ptr<BulkOffboardJob> job(BulkOffboardJob::Mode mode)
    {
        auto j = std::make_unique<BulkOffboardJob>(
            client.get(), &clock, audit.get(),
            [this](const Customer &c) { return CustomerState::create(client.get(), &clock, c); });
        j->setMode(mode);
        return j;
    }
    // A customer with one active legacy subscription: removable after suspending it.
    void addRemovable(const QString &id) { addCustomer(id, {SubscriptionBuilder(id + u"-s"_s)}); }
    // A new-commerce subscription past its cancellation window: prepared, not removable.
    void addBlocked(const QString &id)
    {
        const QDateTime now = clock.now();
        addCustomer(
            id,
            {SubscriptionBuilder(id + u"-nce"_s).newCommerce(now.addDays(-3), now.addDays(200))});
    }
    int patches(const QString &pathContains) const
    {
        const QList<RecordedRequest> requests = server.recentRequests();
        return int(std::count_if(requests.cbegin(), requests.cend(), [&](const RecordedRequest &r) {
            return r.method == "PATCH" && r.path.contains(pathContains);
        }));
    }
    bool hasRelationship(const QString &id)
    {
        const SandboxCustomer *c = server.store().customer(id);
        return c && c->isListed();
    }
    QString newRun(const QList<RunCustomer> &customers)
    {
        const QString id = RunJournalStore::newRunId(clock.now());
        return journal.create(store->pathOf(id), RunRecord::runStarted(id, customers, {}))
                   ? id
                   : QString();
    }
};
} // namespace

class tst_BulkOffboardJob : public QObject
{
    Q_OBJECT

private slots:
    void planGroupsCustomersAndChangesNothing()
    {
        BulkFixture f;
        QVERIFY(f.begin());
        f.addRemovable(u"a"_s);
        f.addBlocked(u"b"_s);
        f.addRemovable(u"c"_s);
        f.server.failNext(SandboxServer::Fault::ServerError, 10, u"/customers/c/subscriptions"_s);
        auto job = f.job(BulkOffboardJob::Mode::Plan);
        job->setCustomers({f.runCustomer(u"a"_s), f.runCustomer(u"b"_s), f.runCustomer(u"c"_s)},
                          {});
        QSignalSpy finished(job.get(), &Job::finished);
        job->start();
        QVERIFY(f.advanceUntil([&] { return !finished.isEmpty(); }));
        const QList<BulkCustomer> &plan = job->customers();
        QCOMPARE(plan.at(0).result, CustomerResult::Removed);
        QCOMPARE(plan.at(0).count(OffboardPlan::ActionKind::Suspend), 1);
        QCOMPARE(plan.at(1).result, CustomerResult::PreparedNotRemovable);
        QVERIFY(!plan.at(1).reason.isEmpty());
        QVERIFY(plan.at(1).until.isValid());
        QCOMPARE(plan.at(2).result, CustomerResult::Unreadable);
        QVERIFY(plan.at(2).error.isError());
        QCOMPARE(f.patches(u"/customers"_s), 0);
        QVERIFY(f.audit->entries().isEmpty());
        // The plan exports before anything changes.
        const QList<QStringList> rows = BulkReport::planRows(plan);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(1).at(3), u"removed"_s);
        QCOMPARE(rows.at(2).at(3), u"preparedNotRemovable"_s);
    }

    void runJournalsEveryActionAndEndsEachCustomer()
    {
        BulkFixture f;
        QVERIFY(f.begin());
        f.addRemovable(u"a"_s);
        f.addBlocked(u"b"_s);
        f.addRemovable(u"c"_s);
        const QList<RunCustomer> customers = {f.runCustomer(u"a"_s), f.runCustomer(u"b"_s),
                                              f.runCustomer(u"c"_s)};
        const QString runId = f.newRun(customers);
        QVERIFY(!runId.isEmpty());
        auto job = f.job(BulkOffboardJob::Mode::Run);
        job->setCustomers(customers, {false, 2});
        job->setJournal(&f.journal);
        QSignalSpy finished(job.get(), &Job::finished);
        job->start();
        QVERIFY(f.advanceUntil([&] { return !finished.isEmpty(); }));
        QVERIFY(!f.hasRelationship(u"a"_s));
        QVERIFY(f.hasRelationship(u"b"_s));
        QVERIFY(!f.hasRelationship(u"c"_s));

        const std::optional<RunState> run = f.store->run(runId);
        QVERIFY(run);
        QCOMPARE(run->status(), RunState::Status::Completed);
        QCOMPARE(run->customer(u"a"_s)->result, CustomerResult::Removed);
        QCOMPARE(run->customer(u"b"_s)->result, CustomerResult::PreparedNotRemovable);
        QVERIFY(run->customer(u"b"_s)->until.isValid());
        QCOMPARE(run->customer(u"c"_s)->result, CustomerResult::Removed);
        // Each change of a: attempted and succeeded, with the correlation id the audit has.
        const RunCustomerState *a = run->customer(u"a"_s);
        QVERIFY(a->tookEffect(u"suspendSubscription"_s, u"a-s"_s));
        QVERIFY(a->tookEffect(u"removeRelationship"_s, {}));
        const QList<AuditEntry> audit = f.audit->entries();
        for (const RunActionState &action : a->actions) {
            QVERIFY(!action.correlationId.isEmpty());
            QVERIFY(std::any_of(audit.cbegin(), audit.cend(), [&](const AuditEntry &e) {
                return e.correlationId == action.correlationId && e.itemId == action.itemId;
            }));
        }
        // Nothing is left in doubt, and the report names every customer.
        QVERIFY(run->remaining().isEmpty());
        const QJsonObject report = BulkReport::runJson(*run);
        QCOMPARE(report.value(u"removed"_s).toInt(), 2);
        QCOMPARE(report.value(u"customers"_s).toArray().size(), 3);
    }

    void throttlingHalvesConcurrencyAndHonoursRetryAfter()
    {
        BulkFixture f;
        QVERIFY(f.begin());
        QList<RunCustomer> customers;
        for (int i = 0; i < 12; ++i) {
            f.addRemovable(u"t%1"_s.arg(i));
            customers.append(f.runCustomer(u"t%1"_s.arg(i)));
        }
        auto job = f.job(BulkOffboardJob::Mode::Plan);
        job->setMaxParallelism(8);
        job->setCustomers(customers, {});
        QSignalSpy finished(job.get(), &Job::finished);
        QSignalSpy parallelism(job.get(), &BulkOffboardJob::parallelismChanged);
        f.server.failNext(SandboxServer::Fault::Throttle, 3, u"/subscriptions"_s);
        job->start();
        QTRY_VERIFY(f.clock.pendingCount() > 0);
        QTRY_VERIFY(!parallelism.isEmpty());
        QVERIFY(job->parallelism() < 8);
        QVERIFY(job->throttleCount() >= 1);
        const auto delays = f.clock.requestedDelays();
        QVERIFY(std::any_of(delays.begin(), delays.end(),
                            [](auto d) { return d >= std::chrono::seconds(2); }));
        QVERIFY(f.advanceUntil([&] { return !finished.isEmpty(); }));
        QCOMPARE(job->count(CustomerResult::Removed), 12);
    }

    void cancelLetsInFlightFinishAndStartsNothingNew()
    {
        BulkFixture f;
        QVERIFY(f.begin());
        QList<RunCustomer> customers;
        for (int i = 0; i < 5; ++i) {
            f.addRemovable(u"k%1"_s.arg(i));
            customers.append(f.runCustomer(u"k%1"_s.arg(i)));
        }
        const QString runId = f.newRun(customers);
        auto job = f.job(BulkOffboardJob::Mode::Run);
        job->setMaxParallelism(1);
        job->setCustomers(customers, {});
        job->setJournal(&f.journal);
        QSignalSpy finished(job.get(), &Job::finished);
        job->start();
        QTRY_VERIFY(job->customers().at(0).stage != BulkCustomer::Stage::Waiting);
        job->cancel();
        QVERIFY(f.advanceUntil([&] { return !finished.isEmpty(); }));
        QVERIFY(job->result().cancelled);
        // The one in flight finished; nothing else was touched.
        QCOMPARE(job->customers().at(0).result, CustomerResult::Removed);
        for (int i = 1; i < 5; ++i) {
            QCOMPARE(job->customers().at(i).result, CustomerResult::Cancelled);
            QVERIFY(f.hasRelationship(u"k%1"_s.arg(i)));
        }
        std::optional<RunState> run = f.store->run(runId);
        QVERIFY(run);
        QCOMPARE(run->status(), RunState::Status::Cancelled);
        QCOMPARE(run->remaining().size(), 4);
    }

    void resumeReadsBackAndNeverRepeatsWhatTookEffect()
    {
        BulkFixture f;
        QVERIFY(f.begin());
        f.addRemovable(u"r1"_s);
        f.addRemovable(u"r2"_s);
        const QList<RunCustomer> customers = {f.runCustomer(u"r1"_s), f.runCustomer(u"r2"_s)};
        const QString runId = f.newRun(customers);
        // The stopped start: r1's suspension reached the server, its answer never the journal.
        QVERIFY(f.journal.append(RunRecord::attempted(u"r1"_s, u"suspendSubscription"_s, u"r1-s"_s,
                                                      u"Sub r1-s"_s, u"c-1"_s)));
        f.server.store().customer(u"r1"_s)->subscriptions[0].status = u"suspended"_s;
        f.server.notifyStoreChanged();

        std::optional<RunState> stopped = f.store->unfinishedRun();
        QVERIFY(stopped);
        QCOMPARE(stopped->customer(u"r1"_s)->inDoubt().size(), 1);
        RunJournal resumed(&f.clock);
        QVERIFY(resumed.resume(f.store->pathOf(runId)));
        f.server.clearRecentRequests();
        auto job = f.job(BulkOffboardJob::Mode::Run);
        job->setResume(*stopped);
        job->setJournal(&resumed);
        QSignalSpy finished(job.get(), &Job::finished);
        job->start();
        QVERIFY(f.advanceUntil([&] { return !finished.isEmpty(); }));
        QCOMPARE(f.patches(u"/subscriptions/r1-s"_s), 0); // never sent again
        QCOMPARE(f.patches(u"/subscriptions/r2-s"_s), 1);
        QVERIFY(!f.hasRelationship(u"r1"_s));
        QVERIFY(!f.hasRelationship(u"r2"_s));
        const std::optional<RunState> run = f.store->run(runId);
        QVERIFY(run);
        QCOMPARE(run->resumeCount(), 1);
        QCOMPARE(run->status(), RunState::Status::Completed);
        QCOMPARE(run->customer(u"r1"_s)->action(u"suspendSubscription"_s, u"r1-s"_s)->status,
                 RunActionState::Status::VerifiedAfterLostAnswer);
        QCOMPARE(run->count(CustomerResult::Removed), 2);
    }
};

QTEST_GUILESS_MAIN(tst_BulkOffboardJob)
#include "tst_bulkoffboardjob.moc"
