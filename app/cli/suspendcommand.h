#pragma once

#include "cli/clicommand.h"
#include "core/domain/subscription.h"

class CustomerState;
class Job;
struct JobItem;

// suspend CUSTOMER (--all | SUBSCRIPTION...): "Suspend all active…" through SuspendAllJob, or
// the portal's one-at-a-time change through SubscriptionStatusJob. Progress and each result go
// to stderr as they happen; the per-item results are printed as a list at the end.
class SuspendCommand : public CliCommand
{
    Q_OBJECT

public:
    SuspendCommand(const CliOptions &options, AppConnection *connection, QObject *parent = nullptr);

    void start() override;

private:
    enum class Outcome { Suspended, AlreadySuspended, Failed, Unknown, NotFound };

    void suspendAll();
    void suspendListed();
    void report(Job *job);
    // withBase: not sent, Partner Center changed the add-on with its base.
    void addResult(const QString &id, const QString &name, Outcome outcome,
                   const ApiError &error = {}, bool withBase = false);
    void done();

    std::shared_ptr<CustomerState> m_state;
    QList<OutputFormatter::Row> m_rows;
    int m_failed = 0;
    int m_unknown = 0;
};
