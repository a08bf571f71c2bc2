#pragma once

#include "cli/clicommand.h"

// whoami: who the commands act as — name, user name and roles from the token — or "sandbox"
// when they work on the embedded sandbox.
class WhoAmICommand : public CliCommand
{
    Q_OBJECT

public:
    WhoAmICommand(const CliOptions &options, AppConnection *connection, QObject *parent = nullptr);

    void start() override;
};
