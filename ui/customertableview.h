#pragma once

#include "core/domain/customer.h"

#include <QTableView>

#include <optional>

class CustomerFilterProxy;

// The Customers table. Speaks customers, not indexes: the index mapping through the filter
// proxy stays in here. Several rows can be selected (for Offboard selected…); Enter and
// double-click open the current one.
class CustomerTableView : public QTableView
{
    Q_OBJECT

public:
    explicit CustomerTableView(CustomerFilterProxy *proxy, QWidget *parent = nullptr);

    std::optional<Customer> currentCustomer() const;
    // The selected rows (Shift/Ctrl-click, Ctrl+A: every row the search leaves), in view order.
    QList<Customer> selectedCustomers() const;
    int selectedCount() const;

signals:
    // Enter or double-click on a row.
    void customerActivated(const Customer &customer);

protected:
    void changeEvent(QEvent *event) override;

private:
    CustomerFilterProxy *m_proxy;
};
