#include "customertableview.h"

#include "core/models/customerfilterproxy.h"
#include "core/models/customerlistmodel.h"
#include "ui/tablecolumns.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>

#include <algorithm>

CustomerTableView::CustomerTableView(CustomerFilterProxy *proxy, QWidget *parent)
    : QTableView(parent)
    , m_proxy(proxy)
{
    setModel(proxy);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSortingEnabled(true);
    sortByColumn(CustomerListModel::CompanyNameColumn, Qt::AscendingOrder);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTabKeyNavigation(false);
    verticalHeader()->hide();
    // Fixed row heights keep a list of 100,000 customers cheap to lay out.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    TableColumns::stretch(this, {CustomerListModel::CompanyNameColumn});
    // Measured on the rows in view only: Microsoft IDs are all as wide, domains and
    // relationships alike enough, and measuring 100,000 rows as pages arrive would be slow.
    horizontalHeader()->setResizeContentsPrecision(0);

    connect(this, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (const std::optional<Customer> customer = m_proxy->customerAt(index.row()))
            emit customerActivated(*customer);
    });
}

std::optional<Customer> CustomerTableView::currentCustomer() const
{
    const QModelIndex index = currentIndex();
    if (!index.isValid())
        return std::nullopt;
    return m_proxy->customerAt(index.row());
}

void CustomerTableView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        TableColumns::retranslate(this);
    QTableView::changeEvent(event);
}

QList<Customer> CustomerTableView::selectedCustomers() const
{
    QModelIndexList rows = selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<Customer> customers;
    customers.reserve(rows.size());
    for (const QModelIndex &index : std::as_const(rows)) {
        if (const std::optional<Customer> customer = m_proxy->customerAt(index.row()))
            customers.append(*customer);
    }
    return customers;
}

int CustomerTableView::selectedCount() const
{
    return int(selectionModel()->selectedRows().size());
}
