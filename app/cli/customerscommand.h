#pragma once

#include "cli/clicommand.h"

class CustomerListLoader;
class CustomerListModel;

// customers [--filter TEXT | --domain TEXT]: the Customers page's list, filtered on the server.
class CustomersCommand : public CliCommand
{
    Q_OBJECT

public:
    CustomersCommand(const CliOptions &options, AppConnection *connection,
                     QObject *parent = nullptr);

    void start() override;

private:
    void print();

    CustomerListModel *m_model;
    CustomerListLoader *m_loader;
};
