// Offboards generated customers on a sandbox running on a thread of its own (every /v1 answer
// delayed by --latency-ms, like a distant server), through the same BulkOffboardJob the app and
// the CLI use, journaled, and prints what it cost: requests sent, wall time, the ideal time for
// the concurrency the run had (requests × latency ÷ average requests in flight), their ratio,
// the 429s met, and how every customer ended. Run once without faults and once with, e.g.:
//
//   bench_bulkoffboard [customers=1000] [latencyMs=20] [throttleRate=0] [errorRate=0]
//   bench_bulkoffboard 1000 20 0.1 0.02

#include "core/api/partnercenterclient.h"
#include "core/api/statictokensource.h"
#include "core/api/systemclock.h"
#include "core/bulk/bulkoffboardjob.h"
#include "core/bulk/runjournal.h"
#include "core/bulk/runjournalstore.h"
#include "core/customer/customerstate.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxthread.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int customers = argc > 1 ? std::atoi(argv[1]) : 1000;
    const int latency = argc > 2 ? std::atoi(argv[2]) : 20;
    const double throttleRate = argc > 3 ? std::atof(argv[3]) : 0;
    const double errorRate = argc > 4 ? std::atof(argv[4]) : 0;

    SandboxThread sandbox;
    const auto [baseUrl, token] = sandbox.run([&](SandboxServer &server) {
        server.generate(customers, 42);
        server.start(0);
        return std::pair{server.baseUrl(), server.issueAccessToken(u"admin"_s)};
    });
    StaticTokenSource tokens(token);
    PartnerCenterClient client(baseUrl, &tokens, SystemClock::instance());

    // The customers as the list import would give them.
    QList<RunCustomer> list;
    sandbox.run([&](SandboxServer &server) {
        for (int i = 0; i < server.store().listedCount(); ++i) {
            const SandboxCustomer &c = server.store().listedAt(i);
            list.append({c.domain, c.id, c.tenantId, c.companyName, c.domain});
        }
    });
    if (int(list.size()) > customers)
        list.resize(customers);

    // The admin confirmed every customer of the list.
    RunOptions options;
    for (const RunCustomer &c : list)
        options.confirmedIds.append(c.customerId);
    options.confirmCount = int(options.confirmedIds.size());

    QTemporaryDir dir;
    RunJournalStore store(dir.filePath(u"runs"_s));
    RunJournal journal(SystemClock::instance());
    const QString runId = RunJournalStore::newRunId(QDateTime::currentDateTimeUtc());
    if (!journal.create(store.pathOf(runId), RunRecord::runStarted(runId, list, options))) {
        std::fprintf(stderr, "journal: %s\n", qPrintable(journal.errorString()));
        return 1;
    }
    sandbox.run([&](SandboxServer &server) {
        FaultOptions faults = server.faults();
        faults.latencyMs = latency;
        faults.throttleRate = throttleRate;
        faults.errorRate = errorRate;
        faults.retryAfterSeconds = 1;
        server.setFaults(faults);
    });
    const int requestsBefore = sandbox.run([](SandboxServer &s) { return s.requestCount(); });

    BulkOffboardJob job(&client, SystemClock::instance(), nullptr, [&client](const Customer &c) {
        return CustomerState::create(&client, SystemClock::instance(), c);
    });
    job.setMode(BulkOffboardJob::Mode::Run);
    job.setCustomers(list, options);
    job.setJournal(&journal);
    int lowest = job.parallelism();
    QObject::connect(&job, &BulkOffboardJob::parallelismChanged,
                     [&lowest](int p) { lowest = std::min(lowest, p); });
    // Customers in flight, sampled: the concurrency the run actually had (within a customer
    // the reads go out together and the changes one after the other).
    qint64 inFlightSum = 0, samples = 0;
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, [&] {
        for (const BulkCustomer &c : job.customers()) {
            inFlightSum +=
                c.stage == BulkCustomer::Stage::Reading || c.stage == BulkCustomer::Stage::Running;
        }
        ++samples;
    });
    QElapsedTimer wall;
    wall.start();
    QObject::connect(&job, &Job::finished, &app, &QCoreApplication::quit);
    sampler.start(5);
    job.start();
    app.exec();
    const qint64 ms = wall.elapsed();
    sampler.stop();

    const int requests =
        sandbox.run([](SandboxServer &s) { return s.requestCount(); }) - requestsBefore;
    const double concurrency = samples ? double(inFlightSum) / double(samples) : 1.0;
    const double ideal = requests * double(latency) / std::max(1.0, concurrency);
    const std::optional<RunState> run = store.run(runId);
    using Result = RunRecord::CustomerResult;
    int inDoubt = 0;
    for (const RunCustomerState &c : run->customers())
        inDoubt += int(c.inDoubt().size());
    std::printf("customers %d, latency %d ms, throttle rate %.2f, error rate %.2f\n", customers,
                latency, throttleRate, errorRate);
    std::printf("requests %d, wall %lld ms, customers in flight on average %.1f, ideal %.0f ms, "
                "ratio %.2f\n",
                requests, static_cast<long long>(ms), concurrency, ideal, ms / ideal);
    std::printf("throttled %d times, concurrency %d..%d\n", job.throttleCount(), lowest,
                BulkOffboardJob::DefaultParallelism);
    std::printf("removed %d, prepared %d, unreadable %d, failed %d, cancelled %d, not finished "
                "%d, actions in doubt %d\n",
                run->count(Result::Removed), run->count(Result::PreparedNotRemovable),
                run->count(Result::Unreadable), run->count(Result::Failed),
                run->count(Result::Cancelled),
                int(std::count_if(run->customers().cbegin(), run->customers().cend(),
                                  [](const RunCustomerState &c) { return !c.result; })),
                inDoubt);
    // What failed, by the journal's reason: the first few, to see whether it is the server's
    // rule or the run.
    int shown = 0;
    for (const RunCustomerState &c : run->customers()) {
        if (c.result == Result::Failed && shown++ < 5)
            std::printf("failed: %s: %s\n", qPrintable(c.customer.customerId),
                        qPrintable(c.reason));
    }
    return 0;
}
