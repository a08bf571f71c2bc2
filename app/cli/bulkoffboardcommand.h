#pragma once

#include "cli/clicommand.h"
#include "core/bulk/runjournal.h"
#include "core/bulk/runjournalstore.h"

#include <optional>

class BulkOffboardJob;

// offboard --from FILE [--confirm-count N] [--dry-run] [--keep-admin-relationships]
// [--report FILE], or offboard --resume RUN: reads the list, matches it against the partner's
// customers (one load of the list), reads and plans every customer and prints the plan. Only
// when --confirm-count equals the number of customers the plan would remove does it run:
// journaled, throttle-safe, every customer re-read right before it is worked on. The report
// (table, JSON or CSV; --report writes it to a file too) comes from the journal. Exit 0 when
// every listed customer was removed, 1 when some were not, 2 for bad usage or a wrong count.
class BulkOffboardCommand : public CliCommand
{
    Q_OBJECT

public:
    BulkOffboardCommand(const CliOptions &options, AppConnection *connection,
                        QObject *parent = nullptr);

    void start() override;

private:
    void plan();
    void planned();
    void runConfirmed();
    void report();
    BulkOffboardJob *newJob();
    void printPlan() const;

    RunJournalStore m_store;
    RunJournal m_journal;
    QList<RunCustomer> m_customers;
    std::optional<RunState> m_resume;
    QString m_runId;
    int m_listed = 0;
    BulkOffboardJob *m_job = nullptr;
};
