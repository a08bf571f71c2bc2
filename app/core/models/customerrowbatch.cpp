#include "customerrowbatch.h"

#include "core/domain/customer.h"
#include "core/models/customerlistmodel.h"

std::shared_ptr<CustomerRowBatch> CustomerRowBatch::build(const QList<Customer> &customers,
                                                          int keyColumn, const QLocale &locale)
{
    auto batch = std::make_shared<CustomerRowBatch>();
    for (const Customer &customer : customers) {
        if (const int row = batch->rows.rowOf(customer.id); row >= 0) {
            batch->rows.replace(row, customer);
            batch->search.replace(row, customer);
        } else {
            batch->rows.append(customer);
            batch->search.append(customer);
        }
    }
    if (keyColumn >= 0) {
        batch->keyColumn = keyColumn;
        batch->keys = std::make_unique<CollationKeys>(locale);
        for (int row = 0; row < batch->count(); ++row)
            batch->keys->insert(row, CustomerListModel::sortText(batch->rows, row, keyColumn));
    }
    return batch;
}
