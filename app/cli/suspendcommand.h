#pragma once

#include "cli/clicommand.h"
#include "core/domain/subscription.h"

class SubscriptionStatusChange;
class SuspendAllWorkflow;

// suspend CUSTOMER (--all | SUBSCRIPTION...): "Suspend all active…" through SuspendAllWorkflow,
// or the portal's one-at-a-time change through SubscriptionStatusChange. Progress and each
// result go to stderr as they happen; the per-item results are printed as a list at the end.
class SuspendCommand : public CliCommand
{
    Q_OBJECT

public:
    SuspendCommand(const CliOptions &options, AppConnection *connection, QObject *parent = nullptr);

    void start() override;

private:
    enum class Outcome { Suspended, AlreadySuspended, Failed, NotFound };

    void suspendAll(const Customer &customer);
    void suspendListed(const Customer &customer);
    void suspendNext();
    void addResult(const QString &id, const QString &name, Outcome outcome,
                   const ApiError &error = {});
    void done();

    Customer m_customer;
    SuspendAllWorkflow *m_all = nullptr;
    SubscriptionStatusChange *m_change = nullptr;
    QList<Subscription> m_queue;
    QList<OutputFormatter::Row> m_rows;
    int m_failed = 0;
    ApiError m_readError; // the --all run could not read what is active
};
