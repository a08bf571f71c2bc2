#pragma once

#include "core/domain/customer.h"

#include <QTableView>

#include <optional>

class CustomerFilterProxy;

// The Customers table. Speaks customers, not indexes: the index mapping through the filter
// proxy stays in here.
class CustomerTableView : public QTableView
{
    Q_OBJECT

public:
    explicit CustomerTableView(CustomerFilterProxy *proxy, QWidget *parent = nullptr);

    std::optional<Customer> currentCustomer() const;

signals:
    // Enter or double-click on a row.
    void customerActivated(const Customer &customer);

protected:
    void changeEvent(QEvent *event) override;

private:
    CustomerFilterProxy *m_proxy;
};
