#pragma once

#include "core/models/collationkeys.h"

#include <QLocale>

#include <memory>
#include <vector>

class CustomerListModel;

// The order the Customers table shows its rows in: every row of the model, by one column in a
// locale's collation, numbers by value, ties in the model's order. Keeps each row's collation
// key, so a page is merged in rather than everything sorted again.
class CustomerSortOrder
{
public:
    explicit CustomerSortOrder(const CustomerListModel *model);

    int column() const { return m_column; }
    Qt::SortOrder order() const { return m_order; }
    QLocale locale() const { return m_keys->locale(); }
    // Rows of the model, sorted.
    const std::vector<int> &rows() const { return m_rows; }
    bool less(int a, int b) const
    {
        if (m_column < 0 || a == b)
            return a < b;
        const int c = m_keys->compare(a, b);
        if (c == 0)
            return a < b;
        return m_order == Qt::AscendingOrder ? c < 0 : c > 0;
    }

    // Sorts every row anew; column -1 = the model's order.
    void sort(int column, Qt::SortOrder order, const QLocale &locale);
    // The model's rows first..last were appended: returns them sorted, for add().
    std::vector<int> sorted(int first, int last);
    // Merges rows returned by sorted() into rows().
    void add(const std::vector<int> &rows) { merge(m_rows, rows); }
    // The model's rows first..last are gone.
    void remove(int first, int last);
    // The row's text changed.
    void update(int row);
    void clear();

    // Merges `added` (sorted, none of them in `rows`) into `rows` (sorted).
    void merge(std::vector<int> &rows, const std::vector<int> &added) const;

private:
    const CustomerListModel *m_model;
    int m_column = -1;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    std::unique_ptr<CollationKeys> m_keys;
    std::vector<int> m_rows;
};
