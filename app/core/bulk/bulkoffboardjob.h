#pragma once

#include "core/bulk/adaptiveconcurrency.h"
#include "core/bulk/bulkcustomer.h"
#include "core/bulk/runjournalmirror.h"
#include "core/bulk/runstate.h"
#include "core/job/job.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>

class OffboardRun;

// Offboards many customers: each one's state is read, planned (OffboardPlan) and, in Run mode,
// carried out (OffboardRun, whose jobs audit every change and read lost answers back). Several
// customers are worked on at once; how many adapts to Partner Center: halved on a 429, nothing
// new started before its Retry-After has passed, grown back while the server answers.
//
// Plan mode only reads and plans: the customers fall into will be removed, prepared but not
// removable yet (why, until when) and unreadable (error). Run mode reads every customer again
// right before working on it, so it acts on the server's truth, and journals every action
// (mirrored from the audit trail, written before each request) and every customer's end into a
// RunJournal. It removes only the customers the options name as confirmed: any other is at most
// prepared. Cancel starts nothing new: the requests in flight finish, and each customer ends
// with what was done so far. A resumed run keeps the customers its journal finished, re-reads
// the others, settles every action the journal left in doubt by what the server shows (never
// sending it again blindly), and goes on.
//
// One itemFinished() per customer (Succeeded: removed, or readable in Plan mode; Refused:
// prepared, not removable; Failed: unreadable or an action failed; Unknown: a change's answer
// was lost and reading it back failed; Cancelled: stopped or not started).
class BulkOffboardJob : public Job
{
    Q_OBJECT

public:
    enum class Mode { Plan, Run };
    // The state a customer is read into: the app's client, clock and Graph client.
    using StateFactory = std::function<std::shared_ptr<CustomerState>(const Customer &)>;

    static constexpr int DefaultParallelism = 8;

    BulkOffboardJob(PartnerCenterClient *client, Clock *clock, AuditLog *audit, StateFactory states,
                    QObject *parent = nullptr);
    ~BulkOffboardJob() override;

    void setMode(Mode mode) { m_mode = mode; }
    void setCustomers(const QList<RunCustomer> &customers, const RunOptions &options);
    // Continues a journaled run: its customers and options; those it finished stay finished.
    void setResume(const RunState &run);
    // Where Run mode writes; opened (created or resumed) by the caller, outlives the job.
    void setJournal(RunJournal *journal) { m_journal.setJournal(journal); }
    // Why the signed-in user may not remove relationships (roles), if the caller knows.
    void setRemovalRefusedBecause(const QString &why) { m_refusedBecause = why; }
    void setMaxParallelism(int maximum) { m_concurrency = AdaptiveConcurrency(maximum); }

    Mode mode() const { return m_mode; }
    RunOptions options() const { return m_options; }
    const QList<BulkCustomer> &customers() const { return m_customers; }
    int count(RunRecord::CustomerResult result) const;
    int parallelism() const { return m_concurrency.limit(); }
    int throttleCount() const { return m_concurrency.throttleCount(); }
    // The journal failed to write: the run stopped, since it could no longer be resumed.
    QString journalError() const { return m_journal.error(); }

signals:
    void customerChanged(int row);
    void parallelismChanged(int parallelism);

private:
    void run() override;
    void cancelled() override;
    void pump();
    void startCustomer(int row);
    void customerRead(int row);
    // A resume: settles what the journal left in doubt by what the state now shows.
    void settleInDoubt(int row);
    void carryOut(int row);
    // Why the run may not remove this customer; empty when it may.
    QString removalRefusal(const BulkCustomer &customer) const;
    void finishCustomer(int row, RunRecord::CustomerResult result);
    void onThrottled(int retryAfterSeconds);
    void finishRun();

    Mode m_mode = Mode::Plan;
    StateFactory m_states;
    AuditLog *m_audit;
    RunJournalMirror m_journal;
    RunOptions m_options;
    QString m_refusedBecause;
    QList<BulkCustomer> m_customers;
    QHash<QString, int> m_rowOf;
    std::optional<RunState> m_resume;
    QHash<int, std::shared_ptr<CustomerState>> m_inFlight;
    QHash<int, QPointer<OffboardRun>> m_runs;
    AdaptiveConcurrency m_concurrency{DefaultParallelism};
    int m_next = 0;
    bool m_holdScheduled = false;
};
