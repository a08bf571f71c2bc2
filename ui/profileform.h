#pragma once

#include "core/domain/customer.h"

#include <QWidget>

class DetailsForm;
class HeadingLabel;

// The Account section's company profile and billing details, read-only: two headed forms whose
// values start at the same column, like the portal's Account page.
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
    void alignLabels();

    HeadingLabel *m_companyHeading;
    HeadingLabel *m_billingHeading;
    DetailsForm *m_company;
    DetailsForm *m_billing;
};
