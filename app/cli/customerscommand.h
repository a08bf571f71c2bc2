#pragma once

#include "cli/clicommand.h"

class CustomerFilterProxy;
class CustomerListLoader;
class CustomerListModel;

// customers [--filter TEXT | --domain TEXT]: the Customers page's list. --filter searches the
// loaded list as the page's search field does (company, domain, Microsoft ID; anywhere in
// them; case and accents ignored); --domain is Partner Center's own starts-with filter.
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
    CustomerFilterProxy *m_filter;
    CustomerListLoader *m_loader;
};
