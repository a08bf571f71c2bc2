#include "customerscommand.h"

#include "core/models/customerfilterproxy.h"
#include "core/models/customerlistloader.h"
#include "core/models/customerlistmodel.h"

using namespace Qt::Literals::StringLiterals;

CustomersCommand::CustomersCommand(const CliOptions &options, AppConnection *connection,
                                   QObject *parent)
    : CliCommand(options, connection, parent)
    , m_model(new CustomerListModel(this))
    , m_filter(new CustomerFilterProxy(m_model, this))
    , m_loader(new CustomerListLoader(client(), m_model, this))
{
}

void CustomersCommand::start()
{
    m_filter->setSearchText(options().companyFilter);
    if (!options().domainFilter.isEmpty())
        m_loader->setQuery(CustomerQuery::domainStartsWith(options().domainFilter));
    connect(m_loader, &CustomerListLoader::finished, this, [this](const ApiError &error) {
        if (error.isError()) {
            // Half a list printed as if it were all would mislead a script: nothing on stdout.
            fail(error);
            return;
        }
        print();
        finish(Success);
    });
    m_loader->reload();
}

void CustomersCommand::print()
{
    // Keys follow the model's columns: company name, domain, Microsoft ID, relationship.
    QList<OutputFormatter::Column> columns = OutputFormatter::modelColumns(
        m_filter, {u"companyName"_s, u"domain"_s, u"tenantId"_s, u"relationship"_s});
    columns.append({u"id"_s, tr("Customer ID"), false});
    QList<OutputFormatter::Row> rows;
    rows.reserve(m_filter->rowCount());
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        OutputFormatter::Row cells =
            OutputFormatter::modelRow(m_filter, row, CustomerListModel::SortRole);
        cells.append({m_filter->customerAt(row)->id, {}});
        rows.append(cells);
    }
    QString empty;
    if (!options().companyFilter.trimmed().isEmpty())
        empty = tr("No customer matches \"%1\".").arg(options().companyFilter.trimmed());
    else if (!options().domainFilter.isEmpty())
        empty = tr("No customer's primary domain starts with \"%1\".").arg(options().domainFilter);
    else
        empty = tr("No customers.");
    printList(columns, rows, empty);
}
