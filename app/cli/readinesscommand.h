#pragma once

#include "cli/clicommand.h"

class CustomerState;

// readiness CUSTOMER: reads the customer as the Account page does and asks the same
// CustomerState whether "Remove reseller relationship" is available. Exit 0 when it is, 1 when
// something blocks it (listed with what to do about it).
class ReadinessCommand : public CliCommand
{
    Q_OBJECT

public:
    ReadinessCommand(const CliOptions &options, AppConnection *connection,
                     QObject *parent = nullptr);

    void start() override;

private:
    void report();

    std::shared_ptr<CustomerState> m_state;
};
