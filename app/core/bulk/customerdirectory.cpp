#include "customerdirectory.h"

#include "core/models/customerlistmodel.h"

#include <algorithm>

CustomerDirectory::CustomerDirectory(const QList<Customer> &customers)
{
    reserve(customers.size());
    for (const Customer &customer : customers)
        add(customer);
}

CustomerDirectory CustomerDirectory::of(const CustomerListModel &model)
{
    CustomerDirectory directory;
    directory.reserve(model.count());
    for (int row = 0; row < model.count(); ++row)
        directory.add(*model.customerAt(row));
    return directory;
}

void CustomerDirectory::reserve(qsizetype customers)
{
    m_customers.reserve(customers);
    m_index.reserve(customers * 3);
}

QString CustomerDirectory::key(const QString &spec)
{
    // IDs in braces or capitals, domains in any case or with the root's final dot: one key,
    // the form CustomerListImport gives its entries.
    QString key = spec.trimmed().toLower();
    if (key.startsWith(u'{') && key.endsWith(u'}'))
        key = key.sliced(1, key.size() - 2);
    else if (key.endsWith(u'.'))
        key.chop(1);
    return key;
}

RunCustomer CustomerDirectory::runCustomer(const Customer &customer)
{
    return {{}, customer.id, customer.tenantId(), customer.companyName(), customer.domain()};
}

void CustomerDirectory::add(const Customer &customer)
{
    const qsizetype row = m_customers.size();
    m_customers.append(runCustomer(customer));
    for (const QString &spec : {customer.id, customer.tenantId(), customer.domain()}) {
        if (spec.isEmpty())
            continue;
        // The first customer keeps a key (an ID is never another's domain, but stay safe).
        const QString k = key(spec);
        if (!m_index.contains(k))
            m_index.insert(k, row);
    }
}

const RunCustomer *CustomerDirectory::find(const QString &spec) const
{
    const qsizetype row = m_index.value(key(spec), -1);
    return row < 0 ? nullptr : &m_customers.at(row);
}

bool CustomerDirectory::matches(const Customer &customer, const QString &spec)
{
    const QString wanted = key(spec);
    return !wanted.isEmpty() && (key(customer.id) == wanted || key(customer.tenantId()) == wanted ||
                                 key(customer.domain()) == wanted);
}

ImportResolution CustomerDirectory::resolve(const CustomerListImport &import) const
{
    ImportResolution resolution;
    resolution.issues = import.issues();
    QHash<QString, int> lineOf; // customer ID -> the line that named it first
    for (const CustomerListImport::Entry &entry : import.entries()) {
        const RunCustomer *customer = find(entry.key);
        if (!customer) {
            resolution.issues.append({ImportIssue::Kind::Unknown, entry.line, entry.text, 0, {}});
            continue;
        }
        const int earlier = lineOf.value(customer->customerId);
        if (earlier > 0) {
            resolution.issues.append({ImportIssue::Kind::SameCustomer, entry.line, entry.text,
                                      earlier, customer->companyName});
            continue;
        }
        lineOf.insert(customer->customerId, entry.line);
        RunCustomer named = *customer;
        named.spec = entry.text;
        resolution.customers.append(named);
    }
    std::stable_sort(resolution.issues.begin(), resolution.issues.end(),
                     [](const ImportIssue &a, const ImportIssue &b) { return a.line < b.line; });
    return resolution;
}
