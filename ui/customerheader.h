#pragma once

#include "core/domain/customer.h"

#include <QWidget>

class QBoxLayout;
class QLabel;
class QToolButton;
class QPushButton;

// The top of a customer's page: breadcrumbs back to Customers, the company name, and the
// primary domain and Microsoft ID with copy buttons (admins paste them into tickets).
class CustomerHeader : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerHeader(QWidget *parent = nullptr);

    void setCustomer(const Customer &customer);
    QPushButton *customersCrumb() const { return m_crumb; }

signals:
    void backRequested();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslateUi();
    void arrangeIds();
    void copy(const QString &text);

    Customer m_customer;
    QPushButton *m_crumb;
    QLabel *m_separator;
    QLabel *m_crumbCurrent;
    QLabel *m_name;
    QLabel *m_domainLabel;
    QLabel *m_domain;
    QToolButton *m_copyDomain;
    QLabel *m_tenantLabel;
    QLabel *m_tenant;
    QToolButton *m_copyTenant;
    QLabel *m_copied;
    QBoxLayout *m_ids;
};
