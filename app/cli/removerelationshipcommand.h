#pragma once

#include "cli/clicommand.h"

// remove-relationship CUSTOMER --confirm DOMAIN: the typed domain must be the customer's
// primary domain (exit 2 otherwise); an indirect reseller is refused with its indirect provider
// named (exit 1) before anything is sent; then RemoveRelationshipJob reads the customer's
// subscriptions and purchases again and removes the relationship only if nothing blocks it.
class RemoveRelationshipCommand : public CliCommand
{
    Q_OBJECT

public:
    RemoveRelationshipCommand(const CliOptions &options, AppConnection *connection,
                              QObject *parent = nullptr);

    void start() override;

private:
    void remove(const Customer &customer);
};
