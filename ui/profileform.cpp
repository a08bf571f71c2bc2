#include "profileform.h"

#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace {
enum Field {
    CompanyName,
    Domain,
    TenantId,
    CompanyEmail,
    CompanyAddress,
    ContactName,
    BillingEmail,
    BillingAddress,
    Language,
    FieldCount
};

QString orDash(const QString &text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("—") : text;
}
} // namespace

ProfileForm::ProfileForm(QWidget *parent)
    : QWidget(parent)
    , m_companyBox(new QGroupBox(this))
    , m_billingBox(new QGroupBox(this))
    , m_company(new QFormLayout(m_companyBox))
    , m_billing(new QFormLayout(m_billingBox))
{
    for (int field = 0; field < FieldCount; ++field)
        m_values.append(addRow(field < ContactName ? m_company : m_billing));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_companyBox);
    layout->addWidget(m_billingBox);
    layout->addStretch();
    retranslateUi();
}

QLabel *ProfileForm::addRow(QFormLayout *form)
{
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *value = new QLabel(this);
    value->setTextFormat(Qt::PlainText);
    value->setWordWrap(true);
    // Mouse-selectable only: read-only values are not tab stops.
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *label = new QLabel(this);
    label->setBuddy(value);
    form->addRow(label, value);
    return value;
}

void ProfileForm::setCustomer(const Customer &customer)
{
    const CompanyProfile &company = customer.companyProfile;
    const BillingProfile &billing = customer.billingProfile;
    m_values[CompanyName]->setText(orDash(company.companyName));
    m_values[Domain]->setText(orDash(company.domain));
    m_values[TenantId]->setText(orDash(company.tenantId));
    m_values[CompanyEmail]->setText(orDash(company.email));
    m_values[CompanyAddress]->setText(orDash(company.address.toMultiLine()));
    m_values[ContactName]->setText(orDash(billing.contactName()));
    m_values[BillingEmail]->setText(orDash(billing.email));
    m_values[BillingAddress]->setText(orDash(billing.defaultAddress.toMultiLine()));
    m_values[Language]->setText(orDash(billing.language));
}

void ProfileForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ProfileForm::retranslateUi()
{
    m_companyBox->setTitle(tr("Company profile"));
    m_billingBox->setTitle(tr("Billing details"));
    const QStringList labels{
        tr("Company name:"), tr("Primary domain:"), tr("Microsoft ID:"),
        tr("Email:"),        tr("Address:"),        tr("Contact:", "billing contact person"),
        tr("Email:"),        tr("Address:"),        tr("Language:", "billing language")};
    for (int field = 0; field < FieldCount; ++field) {
        QFormLayout *form = field < ContactName ? m_company : m_billing;
        const int row = field < ContactName ? field : field - ContactName;
        qobject_cast<QLabel *>(form->itemAt(row, QFormLayout::LabelRole)->widget())
            ->setText(labels.at(field));
    }
}
