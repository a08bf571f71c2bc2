#pragma once

#include "core/bulk/customerlistimport.h"
#include "core/bulk/runrecord.h"
#include "core/domain/customer.h"

#include <QHash>
#include <QList>

class CustomerListModel;

// An imported list matched against the partner's customers.
struct ImportResolution
{
    QList<RunCustomer> customers; // in list order, each customer once
    // The import's own issues and those of the matching (unknown, the same customer twice), in
    // line order.
    QList<ImportIssue> issues;
};

// The partner's customers indexed by customer ID, Microsoft ID and primary domain, so a list
// of 500 entries is matched with 500 lookups instead of 500 searches on the server. Built from
// one load of the list (the Customers page already holds it).
class CustomerDirectory
{
public:
    CustomerDirectory() = default;
    explicit CustomerDirectory(const QList<Customer> &customers);
    static CustomerDirectory of(const CustomerListModel &model);

    void add(const Customer &customer);
    int count() const { return int(m_customers.size()); }

    // The customer with this customer ID, Microsoft ID or primary domain (in any case), its
    // spec empty; nullptr when there is none.
    const RunCustomer *find(const QString &spec) const;
    // What a run keeps of a customer; spec empty.
    static RunCustomer runCustomer(const Customer &customer);
    // The rule find() applies, for a single customer.
    static bool matches(const Customer &customer, const QString &spec);

    ImportResolution resolve(const CustomerListImport &import) const;

private:
    void reserve(qsizetype customers);
    static QString key(const QString &spec);

    QList<RunCustomer> m_customers;    // only what a run needs: less to copy than a Customer
    QHash<QString, qsizetype> m_index; // key -> row in m_customers
};
