#pragma once

#include "cli/clicommand.h"

class CustomerState;
class SubscriptionModel;

// subscriptions CUSTOMER: the Subscriptions page's list, with the IDs suspend takes.
class SubscriptionsCommand : public CliCommand
{
    Q_OBJECT

public:
    SubscriptionsCommand(const CliOptions &options, AppConnection *connection,
                         QObject *parent = nullptr);

    void start() override;

private:
    void print(const Customer &customer);

    std::shared_ptr<CustomerState> m_state;
    SubscriptionModel *m_model;
};
