#pragma once

#include "cli/clicommand.h"
#include "core/bulk/runjournal.h"
#include "core/bulk/runjournalstore.h"

#include <optional>

class BulkOffboardJob;
struct ImportResolution;

// offboard --from FILE [--confirm-count N] [--dry-run] [--keep-admin-relationships] [--resume]
// [--report FILE] [--format …]: reads the list (unknown and repeated entries are reported, not
// fatal), matches it against the partner's customers, reads and plans every customer and prints
// the plan. Only when --confirm-count equals the number of customers the plan would remove does
// it run — journaled, throttle-safe, every customer re-read right before it is worked on, and
// only the customers the plan named removed. --resume continues the list's unfinished run from
// its journal instead (the confirmation it journaled stands). The report (table, JSON or CSV;
// --report writes it to a file too) comes from the journal. Exit 0 when every listed customer
// was removed, 1 when some were not, 2 for bad usage or a wrong count, 3 when a change's outcome
// is not known.
class BulkOffboardCommand : public CliCommand
{
    Q_OBJECT

public:
    BulkOffboardCommand(const CliOptions &options, AppConnection *connection,
                        QObject *parent = nullptr);

    void start() override;

private:
    void listRead(const ImportResolution &resolution);
    void plan();
    void planned();
    void run();
    void report();
    BulkOffboardJob *newJob();
    void printPlan() const;
    // The newest unfinished run over exactly these customers.
    std::optional<RunState> unfinishedRunFor(const QList<RunCustomer> &customers) const;

    RunJournalStore m_store;
    RunJournal m_journal;
    QList<RunCustomer> m_customers;
    RunOptions m_runOptions;
    std::optional<RunState> m_resume;
    QString m_runId;
    // Entries of the list, the unknown ones included: each one not removed fails the command.
    int m_listed = 0;
    BulkOffboardJob *m_job = nullptr;
};
