// Bulk offboarding against the sandbox: the plan's three groups changing nothing, a run that
// journals every action, removes only the confirmed customers and ends each one as the plan
// said, 429s lowering the concurrency and honouring Retry-After, cancel mid-run letting the
// request in flight finish and starting nothing more, a change of unknown outcome, and resumes
// after a run stopped between a request and its answer — once from a journal, once after this
// program, run as a child process, was killed mid-run: the action read back, never sent again.
#include "core/api/systemclock.h"
#include "core/audit/auditlog.h"
#include "core/bulk/bulkoffboardjob.h"
#include "core/bulk/bulkreport.h"
#include "core/bulk/runjournal.h"
#include "core/bulk/runjournalstore.h"
#include "sandboxfixture.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
using CustomerResult = RunRecord::CustomerResult;
const QString ChildMode = u"--killed-run-child"_s;
const QString KilledRunId = u"killed-run"_s;

// A customer of the list as the sandbox fixture names it.
RunCustomer runCustomer(const QString &id)
{
    return {id + u".onmicrosoft.com"_s, id, id + u"-tenant"_s, u"Company "_s + id,
            id + u".onmicrosoft.com"_s};
}

QList<RunCustomer> runCustomers(const QStringList &ids)
{
    QList<RunCustomer> out;
    for (const QString &id : ids)
        out.append(runCustomer(id));
    return out;
}

// Every customer of the list confirmed for removal.
RunOptions confirmingAll(const QList<RunCustomer> &customers)
{
    RunOptions options;
    for (const RunCustomer &c : customers)
        options.confirmedIds.append(c.customerId);
    options.confirmCount = int(options.confirmedIds.size());
    return options;
}

// The child process: ENDPOINT TOKEN JOURNAL ID... — runs the list one customer at a time into a
// new journal until the parent kills it.
int runChild(const QStringList &arguments)
{
    if (arguments.size() < 4)
        return 2;
    Clock *clock = SystemClock::instance();
    StaticTokenSource tokens(arguments.at(1));
    PartnerCenterClient client(QUrl(arguments.at(0)), &tokens, clock);
    const QString journalPath = arguments.at(2);
    AuditLog audit(journalPath + u".audit"_s);
    const QList<RunCustomer> customers = runCustomers(arguments.mid(3));
    RunJournal journal(clock);
    if (!journal.create(journalPath,
                        RunRecord::runStarted(KilledRunId, customers, confirmingAll(customers))))
        return 1;
    BulkOffboardJob job(&client, clock, &audit, [&client, clock](const Customer &c) {
        return CustomerState::create(&client, clock, c);
    });
    job.setMode(BulkOffboardJob::Mode::Run);
    job.setMaxParallelism(1);
    job.setCustomers(customers, confirmingAll(customers));
    job.setJournal(&journal);
    QObject::connect(&job, &Job::finished, qApp, [] { QCoreApplication::exit(0); });
    job.start();
    return QCoreApplication::exec();
}

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
    // `count` of them, named prefix0, prefix1, …
    QList<RunCustomer> addRemovables(const QString &prefix, int count)
    {
        QList<RunCustomer> out;
        for (int i = 0; i < count; ++i) {
            addRemovable(prefix + QString::number(i));
            out.append(runCustomer(prefix + QString::number(i)));
        }
        return out;
    }
    // A new-commerce subscription past its cancellation window: prepared, not removable.
    void addBlocked(const QString &id)
    {
        const QDateTime now = clock.now();
        addCustomer(
            id,
            {SubscriptionBuilder(id + u"-nce"_s).newCommerce(now.addDays(-3), now.addDays(200))});
    }
    // The next change to an item the path names answers 500 once more than the client retries:
    // reading it back after a lost answer fails too.
    void failRereadsAfterPatch(const QString &patchPath, const QString &readPath)
    {
        server.setRequestHook([this, patchPath, readPath](const RecordedRequest &r) {
            if (r.method == "PATCH" && r.path.contains(patchPath))
                server.failNext(SandboxServer::Fault::ServerError, 20, readPath, "GET");
        });
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
    QString newRun(const QList<RunCustomer> &customers, const RunOptions &options)
    {
        const QString id = RunJournalStore::newRunId(clock.now());
        return journal.create(store->pathOf(id), RunRecord::runStarted(id, customers, options))
                   ? id
                   : QString();
    }
    // Resumes the journaled run in this process until it finishes.
    bool resume(const QString &runId)
    {
        const std::optional<RunState> stopped = store->run(runId);
        RunJournal resumed(&clock);
        if (!stopped || !resumed.resume(store->pathOf(runId)))
            return false;
        auto bulk = job(BulkOffboardJob::Mode::Run);
        bulk->setResume(*stopped);
        bulk->setJournal(&resumed);
        QSignalSpy finished(bulk.get(), &Job::finished);
        bulk->start();
        return advanceUntil([&] { return !finished.isEmpty(); });
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
        job->setCustomers({runCustomer(u"a"_s), runCustomer(u"b"_s), runCustomer(u"c"_s)}, {});
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

    void runJournalsEveryActionAndRemovesOnlyTheConfirmed()
    {
        BulkFixture f;
        QVERIFY(f.begin());
        for (const QString &id : {u"a"_s, u"c"_s, u"d"_s})
            f.addRemovable(id);
        f.addBlocked(u"b"_s);
        const QList<RunCustomer> customers = runCustomers({u"a"_s, u"b"_s, u"c"_s, u"d"_s});
        // The plan named a and c; d became removable after the admin confirmed.
        const RunOptions options{false, 2, {u"a"_s, u"c"_s}};
        const QString runId = f.newRun(customers, options);
        QVERIFY(!runId.isEmpty());
        auto job = f.job(BulkOffboardJob::Mode::Run);
        job->setCustomers(customers, options);
        job->setJournal(&f.journal);
        QSignalSpy finished(job.get(), &Job::finished);
        job->start();
        QVERIFY(f.advanceUntil([&] { return !finished.isEmpty(); }));
        QVERIFY(!f.hasRelationship(u"a"_s));
        QVERIFY(f.hasRelationship(u"b"_s));
        QVERIFY(!f.hasRelationship(u"c"_s));
        QVERIFY(f.hasRelationship(u"d"_s));
        QCOMPARE(f.patches(u"/customers/d/subscriptions/d-s"_s), 1); // prepared all the same

        const std::optional<RunState> run = f.store->run(runId);
        QVERIFY(run);
        QCOMPARE(run->status(), RunState::Status::Completed);
        QCOMPARE(run->options().confirmedIds, options.confirmedIds);
        QCOMPARE(run->customer(u"a"_s)->result, CustomerResult::Removed);
        QCOMPARE(run->customer(u"b"_s)->result, CustomerResult::PreparedNotRemovable);
        QVERIFY(run->customer(u"b"_s)->until.isValid());
        QCOMPARE(run->customer(u"c"_s)->result, CustomerResult::Removed);
        QCOMPARE(run->customer(u"d"_s)->result, CustomerResult::PreparedNotRemovable);
        QVERIFY(run->customer(u"d"_s)->reason.contains(u"confirmed"_s));
        QVERIFY(!run->customer(u"d"_s)->action(u"removeRelationship"_s, {}));
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
        QCOMPARE(report.value(u"customers"_s).toArray().size(), 4);
        QCOMPARE(BulkReport::runRows(*run).size(), 1 + 2 + 1 + 2 + 1); // header, actions
    }

    void throttlingHalvesConcurrencyAndHonoursRetryAfter()
    {
        BulkFixture f;
        QVERIFY(f.begin());
        const QList<RunCustomer> customers = f.addRemovables(u"t"_s, 12);
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

    void cancelLetsTheRequestInFlightFinishAndStartsNothingNew()
    {
        BulkFixture f;
        QVERIFY(f.begin());
        const QList<RunCustomer> customers = f.addRemovables(u"k"_s, 5);
        const QString runId = f.newRun(customers, confirmingAll(customers));
        auto job = f.job(BulkOffboardJob::Mode::Run);
        job->setMaxParallelism(1);
        job->setCustomers(customers, confirmingAll(customers));
        job->setJournal(&f.journal);
        // Cancelled the moment k0's suspension is about to be sent.
        f.audit->observe(job.get(), [&job](const AuditEntry &e) {
            if (e.outcome == AuditEntry::Outcome::Attempted)
                job->cancel();
        });
        QSignalSpy finished(job.get(), &Job::finished);
        job->start();
        QVERIFY(f.advanceUntil([&] { return !finished.isEmpty(); }));
        QVERIFY(job->result().cancelled);
        // The request in flight finished and is reported; nothing after it was sent.
        QCOMPARE(f.serverStatus(u"k0"_s, u"k0-s"_s), u"suspended"_s);
        QVERIFY(f.hasRelationship(u"k0"_s));
        QCOMPARE(job->customers().at(0).result, CustomerResult::Cancelled);
        for (int i = 1; i < 5; ++i) {
            QCOMPARE(job->customers().at(i).result, CustomerResult::Cancelled);
            QCOMPARE(f.patches(u"/customers/k%1"_s.arg(i)), 0);
        }
        std::optional<RunState> run = f.store->run(runId);
        QVERIFY(run);
        QCOMPARE(run->status(), RunState::Status::Cancelled);
        QVERIFY(run->customer(u"k0"_s)->tookEffect(u"suspendSubscription"_s, u"k0-s"_s));
        QCOMPARE(run->remaining().size(), 5);

        // Resumed, k0 goes on from where it stopped: removed, its suspension not sent again.
        f.audit->unobserve(job.get());
        f.server.clearRecentRequests();
        QVERIFY(f.resume(runId));
        QCOMPARE(f.patches(u"/customers/k0/subscriptions"_s), 0);
        run = f.store->run(runId);
        QCOMPARE(run->count(CustomerResult::Removed), 5);
    }

    void unknownOutcomeIsNeitherRetriedNorCalledFailed()
    {
        BulkFixture f;
        QVERIFY(f.begin());
        f.addRemovable(u"u1"_s);
        const QList<RunCustomer> customers = {runCustomer(u"u1"_s)};
        const QString runId = f.newRun(customers, confirmingAll(customers));
        f.server.failNext(SandboxServer::Fault::LoseAnswer, 1, u"/subscriptions/u1-s"_s, "PATCH");
        f.failRereadsAfterPatch(u"/subscriptions/u1-s"_s, u"/customers/u1/subscriptions"_s);
        auto job = f.job(BulkOffboardJob::Mode::Run);
        job->setCustomers(customers, confirmingAll(customers));
        job->setJournal(&f.journal);
        QSignalSpy finished(job.get(), &Job::finished);
        job->start();
        QVERIFY(f.advanceUntil([&] { return !finished.isEmpty(); }));
        f.server.setRequestHook({});
        f.server.clearQueuedFaults();
        QCOMPARE(job->result().unknown(), 1);
        QCOMPARE(job->customers().at(0).result, CustomerResult::Unknown);
        // Sent once; the removal never followed.
        QCOMPARE(f.patches(u"/subscriptions/u1-s"_s), 1);
        QVERIFY(f.hasRelationship(u"u1"_s));
        std::optional<RunState> run = f.store->run(runId);
        QVERIFY(run);
        const RunCustomerState *u1 = run->customer(u"u1"_s);
        QCOMPARE(u1->result, CustomerResult::Unknown);
        QCOMPARE(u1->action(u"suspendSubscription"_s, u"u1-s"_s)->status,
                 RunActionState::Status::InDoubt);
        QCOMPARE(run->remaining().size(), 1);
        QCOMPARE(BulkReport::runJson(*run)
                     .value(u"customers"_s)
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"result"_s)
                     .toString(),
                 u"unknown"_s);

        // A resume reads it back: applied, so it is not sent again, and the customer is removed.
        f.server.clearRecentRequests();
        QVERIFY(f.resume(runId));
        QCOMPARE(f.patches(u"/subscriptions/u1-s"_s), 0);
        QVERIFY(!f.hasRelationship(u"u1"_s));
        run = f.store->run(runId);
        QCOMPARE(run->customer(u"u1"_s)->action(u"suspendSubscription"_s, u"u1-s"_s)->status,
                 RunActionState::Status::VerifiedAfterLostAnswer);
    }

    void resumeReadsBackAndNeverRepeatsWhatTookEffect()
    {
        BulkFixture f;
        QVERIFY(f.begin());
        f.addRemovable(u"r1"_s);
        f.addRemovable(u"r2"_s);
        const QList<RunCustomer> customers = {runCustomer(u"r1"_s), runCustomer(u"r2"_s)};
        const QString runId = f.newRun(customers, confirmingAll(customers));
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

    void resumesAfterTheRunningProcessWasKilled()
    {
        BulkFixture f;
        QVERIFY(f.begin());
        const QStringList ids = {u"x0"_s, u"x1"_s, u"x2"_s, u"x3"_s};
        for (const QString &id : ids)
            f.addRemovable(id);
        // x2's suspension is made and never answered: the child is killed while it waits.
        f.server.failNext(SandboxServer::Fault::Stall, 1, u"/subscriptions/x2-s"_s, "PATCH");
        const QString path = f.store->pathOf(KilledRunId);
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(),
                    QStringList{ChildMode, f.server.baseUrl().toString(),
                                f.server.issueAccessToken(), path} +
                        ids);
        QVERIFY(child.waitForStarted());
        // The journal has the attempt on the disk before the request leaves.
        QTRY_COMPARE_WITH_TIMEOUT(f.serverStatus(u"x2"_s, u"x2-s"_s), u"suspended"_s, 20000);
        child.kill();
        QVERIFY(child.waitForFinished());

        std::optional<RunState> run = f.store->run(KilledRunId);
        QVERIFY(run);
        QVERIFY(!run->isFinished());
        QCOMPARE(run->customer(u"x0"_s)->result, CustomerResult::Removed);
        QCOMPARE(run->customer(u"x1"_s)->result, CustomerResult::Removed);
        QCOMPARE(run->customer(u"x2"_s)->inDoubt().size(), 1);
        QVERIFY(!run->customer(u"x3"_s)->result);
        QCOMPARE(f.store->unfinishedRun()->runId(), KilledRunId);

        f.server.clearRecentRequests();
        QVERIFY(f.resume(KilledRunId));
        QCOMPARE(f.patches(u"/subscriptions/x2-s"_s), 0);
        QCOMPARE(f.patches(u"/customers/x0"_s), 0);
        QCOMPARE(f.patches(u"/subscriptions/x3-s"_s), 1);
        run = f.store->run(KilledRunId);
        QCOMPARE(run->status(), RunState::Status::Completed);
        QCOMPARE(run->count(CustomerResult::Removed), 4);
        QCOMPARE(run->customer(u"x2"_s)->action(u"suspendSubscription"_s, u"x2-s"_s)->status,
                 RunActionState::Status::VerifiedAfterLostAnswer);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (app.arguments().value(1) == ChildMode)
        return runChild(app.arguments().mid(2));
    tst_BulkOffboardJob test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_bulkoffboardjob.moc"
