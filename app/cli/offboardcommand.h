#pragma once

#include "cli/clicommand.h"
#include "core/customer/customerstate.h"
#include "core/customer/offboardplan.h"

class OffboardRun;

// offboard CUSTOMER --confirm DOMAIN [--dry-run] [--keep-admin-relationships]: reads
// everything the plan needs (subscriptions, purchases, each Azure plan's Azure subscriptions,
// the admin relationships, whether the partner is an indirect reseller), prints the plan, and
// unless --dry-run carries it out. Exit 0 when the relationship was removed (and the admin
// relationships terminated, unless kept), 1 when something still blocks or failed, each blocker
// with what to do.
class OffboardCommand : public CliCommand
{
    Q_OBJECT

public:
    OffboardCommand(const CliOptions &options, AppConnection *connection,
                    QObject *parent = nullptr);

    void start() override;

private:
    void read();
    void planAndRun(const QString &indirectRefusal);
    void follow(OffboardRun *run);

    Customer m_customer;
    std::shared_ptr<CustomerState> m_state;
    OffboardRun *m_run = nullptr;
};
