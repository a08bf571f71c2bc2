#pragma once

#include "core/domain/apierror.h"
#include "core/domain/customer.h"
#include "ui/searchfield.h"
#include "ui/tablepage.h"

class CustomerFilterProxy;
class CustomerListLoader;
class CustomerListModel;
class CustomerTableView;
class QAbstractItemModel;
class QAction;
class QLabel;
class QPushButton;

// Customers: search as you type, the count, and the table that fills in page by page. Shows
// the partner's list from CustomerListModel through a filter proxy; holds no rows itself.
class CustomerListPage : public TablePage
{
    Q_OBJECT

public:
    CustomerListPage(CustomerListModel *model, CustomerListLoader *loader,
                     QWidget *parent = nullptr);

    // The rows as currently filtered and sorted, for Export to CSV.
    const QAbstractItemModel &visibleRows() const;
    CustomerTableView *tableView() const { return m_table; }
    SearchField *searchField() const { return m_search; }
    // Offboard selected…: the button, the table's context menu and the File menu's item.
    QAction *offboardAction() const { return m_offboardAction; }
    QPushButton *offboardButton() const { return m_offboardButton; }
    // "20 customers", "3 customers of 20", "Loading…".
    QString countText() const;
    void setSearchText(const QString &text);
    void refresh();

signals:
    void customerActivated(const Customer &customer);
    void offboardRequested(const QList<Customer> &customers);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateState();
    void updateOffboard();

    CustomerListModel *m_model;
    CustomerListLoader *m_loader;
    CustomerFilterProxy *m_proxy;
    SearchField *m_search;
    QLabel *m_count;
    CustomerTableView *m_table;
    QAction *m_offboardAction;
    QPushButton *m_offboardButton;
    ApiError m_error;
    int m_loadedSoFar = 0;
};
