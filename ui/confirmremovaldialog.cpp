#include "confirmremovaldialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

ConfirmRemovalDialog::ConfirmRemovalDialog(const Customer &customer, QWidget *parent)
    : QDialog(parent)
    , m_customer(customer)
    , m_intro(new QLabel(this))
    , m_consequences(new QLabel(this))
    , m_prompt(new QLabel(this))
    , m_domain(new QLineEdit(this))
{
    setWindowModality(Qt::WindowModal);
    setMinimumWidth(560);
    auto *buttons = new QDialogButtonBox(this);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_confirm = buttons->addButton(QString(), QDialogButtonBox::DestructiveRole);
    m_confirm->setEnabled(false);
    m_confirm->setAutoDefault(false);
    m_cancel->setDefault(true);
    m_confirm->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));

    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::RichText);
    m_consequences->setWordWrap(true);
    m_consequences->setTextFormat(Qt::RichText);
    m_prompt->setWordWrap(true);
    m_prompt->setBuddy(m_domain);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(m_intro);
    layout->addWidget(m_consequences);
    layout->addSpacing(6);
    layout->addWidget(m_prompt);
    layout->addWidget(m_domain);
    layout->addSpacing(6);
    layout->addWidget(buttons);

    connect(m_domain, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_confirm->setEnabled(matches(text, m_customer.domain()));
    });
    connect(m_confirm, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    retranslateUi();
}

bool ConfirmRemovalDialog::matches(const QString &typed, const QString &domain)
{
    return !domain.isEmpty() && typed.trimmed().compare(domain.trimmed(), Qt::CaseInsensitive) == 0;
}

void ConfirmRemovalDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ConfirmRemovalDialog::retranslateUi()
{
    setWindowTitle(tr("Remove reseller relationship"));
    m_intro->setText(tr("Remove the reseller relationship with <b>%1</b>? This has the "
                        "following consequences:")
                         .arg(m_customer.companyName().toHtmlEscaped()));
    const QStringList consequences{
        tr("The customer is removed from your customer list."),
        tr("You are removed from the customer's list of available support contacts."),
        tr("Your delegated admin privileges for the customer are removed."),
        tr("You can no longer make purchases for the customer."),
    };
    QString list = u"<ul style=\"margin-top: 0px; margin-bottom: 0px; -qt-list-indent: 1\">"_s;
    for (const QString &line : consequences)
        list += u"<li>"_s + line.toHtmlEscaped() + u"</li>"_s;
    m_consequences->setText(list + u"</ul>"_s);
    m_consequences->setAccessibleName(consequences.join(u' '));
    m_prompt->setText(tr("Type the primary domain to confirm (%1):").arg(m_customer.domain()));
    m_domain->setAccessibleName(tr("Type the primary domain to confirm"));
    m_confirm->setText(tr("Remove reseller relationship"));
    m_confirm->setAccessibleName(tr("Remove reseller relationship"));
    const QString why = tr("Type the primary domain above to enable this button.");
    m_confirm->setToolTip(why);
    m_confirm->setAccessibleDescription(why);
}
