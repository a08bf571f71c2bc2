#pragma once

#include "cli/clicommand.h"

// request-link: the invitation link a customer opens to accept a (new) reseller relationship.
class RequestLinkCommand : public CliCommand
{
    Q_OBJECT

public:
    RequestLinkCommand(const CliOptions &options, AppConnection *connection,
                       QObject *parent = nullptr);

    void start() override;
};
