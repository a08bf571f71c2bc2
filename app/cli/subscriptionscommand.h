#pragma once

#include "cli/clicommand.h"

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

    SubscriptionModel *m_model;
};
