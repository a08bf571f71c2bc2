#pragma once

#include "cli/clicommand.h"

class ActivityFilter;
class ActivityModel;

// activity [--since DATE] [--customer C]: the audit log, oldest first, read and filtered by the
// same model as the app's Activity window. Needs no connection: the log is a local file.
class ActivityCommand : public CliCommand
{
    Q_OBJECT

public:
    ActivityCommand(const CliOptions &options, AppConnection *connection,
                    QObject *parent = nullptr);

    void start() override;

private:
    void print();

    ActivityModel *m_model;
    ActivityFilter *m_filter;
};
