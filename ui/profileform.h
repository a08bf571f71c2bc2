#pragma once

#include "domain/customer.h"

#include <QWidget>

class QFormLayout;
class QGroupBox;
class QLabel;

// The Account section's company profile and billing details, read-only, in form layout.
class ProfileForm : public QWidget
{
    Q_OBJECT

public:
    explicit ProfileForm(QWidget *parent = nullptr);

    void setCustomer(const Customer &customer);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QLabel *addRow(QFormLayout *form);

    QGroupBox *m_companyBox;
    QGroupBox *m_billingBox;
    QFormLayout *m_company;
    QFormLayout *m_billing;
    QList<QLabel *> m_values;
};
