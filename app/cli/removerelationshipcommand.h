#pragma once

#include "cli/clicommand.h"

class RemoveRelationshipWorkflow;

// remove-relationship CUSTOMER --confirm DOMAIN: the typed domain must be the customer's
// primary domain (exit 2 otherwise); then RemoveRelationshipWorkflow re-reads the customer's
// subscriptions and purchases and removes the relationship only if nothing blocks it.
class RemoveRelationshipCommand : public CliCommand
{
    Q_OBJECT

public:
    RemoveRelationshipCommand(const CliOptions &options, AppConnection *connection,
                              QObject *parent = nullptr);

    void start() override;

private:
    void remove(const Customer &customer);

    RemoveRelationshipWorkflow *m_workflow;
    Customer m_customer;
};
