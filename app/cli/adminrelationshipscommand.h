#pragma once

#include "cli/clicommand.h"

// admin-relationships CUSTOMER: the customer's granular delegated admin (GDAP) relationships
// from Microsoft Graph — id, name, status, roles by name, end — whatever their status.
class AdminRelationshipsCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;

    void start() override;
};
