#include "profileform.h"

#include "ui/detailsform.h"
#include "ui/headinglabel.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace {
enum CompanyRow { CompanyName, Domain, TenantId, CompanyEmail, CompanyAddress };
enum BillingRow { ContactName, BillingEmail, BillingAddress, Language };
} // namespace

ProfileForm::ProfileForm(QWidget *parent)
    : QWidget(parent)
    , m_companyHeading(new HeadingLabel(this, HeadingLabel::Level::Section))
    , m_billingHeading(new HeadingLabel(this, HeadingLabel::Level::Section))
    , m_company(new DetailsForm(this))
    , m_billing(new DetailsForm(this))
{
    using Value = DetailsForm::Value;
    // Domains, IDs and e-mail addresses have no spaces to wrap at: they never get cut.
    for (Value kind :
         {Value::Text, Value::Identifier, Value::Identifier, Value::Identifier, Value::Text})
        m_company->addRow(kind);
    for (Value kind : {Value::Text, Value::Identifier, Value::Text, Value::Text})
        m_billing->addRow(kind);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_companyHeading);
    layout->addWidget(m_company);
    layout->addSpacing(12);
    layout->addWidget(m_billingHeading);
    layout->addWidget(m_billing);
    layout->addStretch();
    retranslateUi();
}

void ProfileForm::setCustomer(const Customer &customer)
{
    const CompanyProfile &company = customer.companyProfile;
    const BillingProfile &billing = customer.billingProfile;
    m_company->setValue(CompanyName, company.companyName);
    m_company->setValue(Domain, company.domain);
    m_company->setValue(TenantId, company.tenantId);
    m_company->setValue(CompanyEmail, company.email);
    m_company->setValue(CompanyAddress, company.address.toMultiLine());
    m_billing->setValue(ContactName, billing.contactName());
    m_billing->setValue(BillingEmail, billing.email);
    m_billing->setValue(BillingAddress, billing.defaultAddress.toMultiLine());
    m_billing->setValue(Language, billing.language);
}

void ProfileForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ProfileForm::retranslateUi()
{
    m_companyHeading->setText(tr("Company profile"));
    m_billingHeading->setText(tr("Billing details"));
    m_company->setLabel(CompanyName, tr("Company name:"));
    m_company->setLabel(Domain, tr("Primary domain:"));
    m_company->setLabel(TenantId, tr("Microsoft ID:"));
    m_company->setLabel(CompanyEmail, tr("Email:"));
    m_company->setLabel(CompanyAddress, tr("Address:"));
    m_billing->setLabel(ContactName, tr("Contact:", "billing contact person"));
    m_billing->setLabel(BillingEmail, tr("Email:"));
    m_billing->setLabel(BillingAddress, tr("Address:"));
    m_billing->setLabel(Language, tr("Language:", "billing language"));
    alignLabels();
}

void ProfileForm::alignLabels()
{
    // One label column for both forms, so the values line up down the page.
    QList<QLabel *> labels;
    for (DetailsForm *form : {m_company, m_billing}) {
        for (int row = 0; row < form->rowCount(); ++row)
            labels.append(form->label(row));
    }
    int width = 0;
    for (QLabel *label : std::as_const(labels)) {
        label->setMinimumWidth(0);
        width = qMax(width, label->sizeHint().width());
    }
    for (QLabel *label : std::as_const(labels))
        label->setMinimumWidth(width);
}
