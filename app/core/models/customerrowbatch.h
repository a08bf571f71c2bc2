#pragma once

#include "core/models/collationkeys.h"
#include "core/models/customerrows.h"
#include "core/models/customersearchindex.h"

#include <QList>
#include <QLocale>

#include <memory>

struct Customer;

// One page of customers made ready for CustomerListModel away from the GUI thread: the packed
// rows, their folded search text and, for the column the list is sorted by, their collation
// keys. The model then only copies bytes and merges the rows into the order. A customer listed
// twice in the page is one row, where it first appeared, with what it said last.
struct CustomerRowBatch
{
    // keyColumn: a CustomerListModel::Column, or -1 for no keys. Touches nothing shared: safe
    // on any thread.
    static std::shared_ptr<CustomerRowBatch> build(const QList<Customer> &customers, int keyColumn,
                                                   const QLocale &locale);

    int count() const { return rows.count(); }

    CustomerRows rows;
    CustomerSearchIndex search;
    int keyColumn = -1;
    // The rows' keys when keyColumn >= 0.
    std::unique_ptr<CollationKeys> keys;
};
