#include "customersortorder.h"

#include "core/models/customerlistmodel.h"

#include <algorithm>
#include <numeric>

CustomerSortOrder::CustomerSortOrder(const CustomerListModel *model)
    : m_model(model)
    , m_keys(std::make_unique<CollationKeys>())
{
}

void CustomerSortOrder::sort(int column, Qt::SortOrder order, const QLocale &locale)
{
    const int count = m_model->count();
    // The keys are kept when only the direction changes.
    if (column != m_column || locale != m_keys->locale() || m_keys->count() != count) {
        m_keys = std::make_unique<CollationKeys>(locale);
        if (column >= 0) {
            for (int row = 0; row < count; ++row)
                m_keys->insert(row, m_model->sortText(row, column));
        }
    }
    m_column = column;
    m_order = order;
    m_rows.resize(size_t(count));
    std::iota(m_rows.begin(), m_rows.end(), 0);
    std::sort(m_rows.begin(), m_rows.end(), [this](int a, int b) { return less(a, b); });
}

std::vector<int> CustomerSortOrder::sorted(int first, int last)
{
    std::vector<int> rows(size_t(last - first + 1));
    std::iota(rows.begin(), rows.end(), first);
    if (m_column >= 0) {
        // Keys made with the page (CustomerRowBatch) are taken as they are.
        const CollationKeys *ready = m_model->arrivingKeys(m_column, m_keys->locale());
        if (ready && ready->count() != last - first + 1)
            ready = nullptr;
        for (int row = first; row <= last; ++row) {
            if (ready)
                m_keys->append(*ready, row - first);
            else
                m_keys->insert(row, m_model->sortText(row, m_column));
        }
        std::sort(rows.begin(), rows.end(), [this](int a, int b) { return less(a, b); });
    }
    return rows;
}

void CustomerSortOrder::remove(int first, int last)
{
    const int removed = last - first + 1;
    std::erase_if(m_rows, [first, last](int row) { return row >= first && row <= last; });
    for (int &row : m_rows) {
        if (row > last)
            row -= removed;
    }
    if (m_column >= 0) {
        for (int row = last; row >= first; --row)
            m_keys->remove(row);
    }
}

void CustomerSortOrder::update(int row)
{
    if (m_column < 0)
        return;
    std::erase(m_rows, row);
    m_keys->replace(row, m_model->sortText(row, m_column));
    merge(m_rows, {row});
}

void CustomerSortOrder::clear()
{
    std::vector<int>().swap(m_rows);
    m_keys = std::make_unique<CollationKeys>(m_keys->locale());
}

void CustomerSortOrder::merge(std::vector<int> &rows, const std::vector<int> &added) const
{
    if (added.empty())
        return;
    const auto less = [this](int a, int b) { return this->less(a, b); };
    // Rows arriving after every row so far (a page from a server that sorts the same way)
    // append; otherwise each is placed by a binary search from where the last one went.
    if (rows.empty() || less(rows.back(), added.front())) {
        rows.insert(rows.end(), added.begin(), added.end());
        return;
    }
    std::vector<int> merged;
    merged.reserve(rows.size() + added.size());
    auto from = rows.cbegin();
    for (const int row : added) {
        const auto to = std::upper_bound(from, rows.cend(), row, less);
        merged.insert(merged.end(), from, to);
        merged.push_back(row);
        from = to;
    }
    merged.insert(merged.end(), from, rows.cend());
    rows.swap(merged);
}
