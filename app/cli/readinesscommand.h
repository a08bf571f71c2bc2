#pragma once

#include "cli/clicommand.h"

class CustomerSession;
class RemovalReadiness;

// readiness CUSTOMER: loads the customer as the Account page does and asks the same
// RemovalReadiness whether "Remove reseller relationship" is available. Exit 0 when it is,
// 1 when something blocks it (listed with what to do about it).
class ReadinessCommand : public CliCommand
{
    Q_OBJECT

public:
    ReadinessCommand(const CliOptions &options, AppConnection *connection,
                     QObject *parent = nullptr);

    void start() override;

private:
    void report();

    CustomerSession *m_session;
    RemovalReadiness *m_readiness;
};
