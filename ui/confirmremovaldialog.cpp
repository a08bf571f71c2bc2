#include "confirmremovaldialog.h"

#include "ui/enterconfirms.h"
#include "ui/headinglabel.h"
#include "ui/palette.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int ConsequenceCount = 4;
} // namespace

ConfirmRemovalDialog::ConfirmRemovalDialog(const Customer &customer, QWidget *parent)
    : QDialog(parent)
    , m_customer(customer)
    , m_icon(new QLabel(this))
    , m_heading(new HeadingLabel(this, HeadingLabel::Level::Section))
    , m_intro(new QLabel(this))
    , m_prompt(new QLabel(this))
    , m_domainText(new QLabel(customer.domain(), this))
    , m_domain(new QLineEdit(this))
    , m_match(new QLabel(this))
    , m_adminRelationships(new QLabel(this))
    , m_terminate(new QCheckBox(this))
{
    setWindowModality(Qt::WindowModal);
    setMinimumWidth(560);
    auto *buttons = new QDialogButtonBox(this);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_confirm = buttons->addButton(QString(), QDialogButtonBox::DestructiveRole);
    m_confirm->setEnabled(false);
    m_confirm->setAutoDefault(false);
    m_cancel->setDefault(true);
    new EnterConfirms(m_domain, m_confirm);

    m_icon->setPixmap(Palette::pixmap(Palette::Icon::Warning, 48, this));
    m_icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_intro->setWordWrap(true);
    // A bullet and a text per consequence: wrapped lines stay indented under their text.
    auto *list = new QGridLayout;
    list->setContentsMargins(8, 0, 0, 0);
    list->setHorizontalSpacing(8);
    list->setVerticalSpacing(4);
    list->setColumnStretch(1, 1);
    for (int row = 0; row < ConsequenceCount; ++row) {
        auto *bullet = new QLabel(u"•"_s, this);
        bullet->setAccessibleName(QString());
        auto *text = new QLabel(this);
        text->setWordWrap(true);
        text->setTextFormat(Qt::PlainText);
        list->addWidget(bullet, row, 0, Qt::AlignTop);
        list->addWidget(text, row, 1);
        m_consequences.append(text);
    }
    m_adminRelationships->setWordWrap(true);
    m_adminRelationships->setTextFormat(Qt::PlainText);
    m_adminRelationships->hide();
    m_terminate->setChecked(true);
    m_terminate->hide();
    m_prompt->setWordWrap(true);
    m_prompt->setBuddy(m_domain);
    // On a line of its own and never wrapped: a domain broken at its hyphen is easy to mistype.
    QFont bold = m_domainText->font();
    bold.setBold(true);
    m_domainText->setFont(bold);
    m_domainText->setTextFormat(Qt::PlainText);
    m_domainText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_match->setWordWrap(true);
    m_match->setTextFormat(Qt::PlainText);
    // Reserve the line, so the dialog does not jump when the first letter is typed.
    m_match->setMinimumHeight(m_match->fontMetrics().height());

    auto *text = new QVBoxLayout;
    text->setSpacing(10);
    text->addWidget(m_heading);
    text->addWidget(m_intro);
    text->addLayout(list);
    text->addWidget(m_adminRelationships);
    text->addWidget(m_terminate);
    text->addSpacing(8);
    auto *prompt = new QVBoxLayout;
    prompt->setSpacing(2);
    prompt->addWidget(m_prompt);
    prompt->addWidget(m_domainText);
    text->addLayout(prompt);
    text->addWidget(m_domain);
    text->addWidget(m_match);
    auto *top = new QHBoxLayout;
    top->setSpacing(16);
    top->addWidget(m_icon, 0, Qt::AlignTop);
    top->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(16);
    layout->addLayout(top);
    layout->addWidget(buttons);

    connect(m_domain, &QLineEdit::textChanged, this, &ConfirmRemovalDialog::updateMatch);
    connect(m_confirm, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    retranslateUi();
}

bool ConfirmRemovalDialog::matches(const QString &typed, const QString &domain)
{
    return !domain.isEmpty() && typed.trimmed().compare(domain.trimmed(), Qt::CaseInsensitive) == 0;
}

QString ConfirmRemovalDialog::matchText() const
{
    return m_match->text();
}

QSize ConfirmRemovalDialog::minimumSizeHint() const
{
    QSize size = QDialog::minimumSizeHint();
    const int width = qMax(size.width(), minimumWidth());
    if (layout() && layout()->hasHeightForWidth())
        size.setHeight(qMax(size.height(), layout()->totalHeightForWidth(width)));
    return size.expandedTo({width, 0});
}

void ConfirmRemovalDialog::setActiveAdminRelationships(int count)
{
    m_activeAdminRelationships = count;
    m_adminRelationships->setVisible(count != 0);
    m_terminate->setVisible(count > 0);
    retranslateUi();
}

bool ConfirmRemovalDialog::terminatesAdminRelationships() const
{
    return m_activeAdminRelationships > 0 && m_terminate->isChecked();
}

QString ConfirmRemovalDialog::adminRelationshipsText() const
{
    return m_adminRelationships->text();
}

void ConfirmRemovalDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ConfirmRemovalDialog::updateMatch()
{
    const QString typed = m_domain->text().trimmed();
    const bool ok = matches(typed, m_customer.domain());
    m_confirm->setEnabled(ok);
    // Grey while typing, green with a mark once it matches: never red at someone mid-word.
    const QString text = typed.isEmpty() ? QString()
                         : ok            ? tr("✓ Matches the primary domain.")
                                         : tr("Does not match the primary domain yet.");
    Palette::setOutcome(m_match, ok ? Palette::Outcome::Success : Palette::Outcome::Neutral, text);
    m_match->setForegroundRole(ok ? QPalette::WindowText : QPalette::PlaceholderText);
    m_domain->setAccessibleDescription(m_match->text());
}

void ConfirmRemovalDialog::retranslateUi()
{
    setWindowTitle(tr("Remove reseller relationship"));
    m_heading->setText(tr("Remove the reseller relationship with %1?", "%1 is the company name")
                           .arg(m_customer.companyName()));
    m_intro->setText(tr("This has the following consequences:"));
    const QStringList consequences{
        tr("The customer is removed from your customer list."),
        tr("You are removed from the customer's list of available support contacts."),
        // Legacy DAP; admin relationships (GDAP) are said below: the removal does not end them.
        tr("Your legacy delegated admin privileges (DAP) for the customer are removed."),
        tr("You can no longer make purchases for the customer."),
    };
    for (int row = 0; row < ConsequenceCount; ++row)
        m_consequences.at(row)->setText(consequences.at(row));
    const int active = m_activeAdminRelationships;
    m_adminRelationships->setText(
        active < 0   ? tr("The admin relationships (GDAP) could not be read, so they cannot be "
                            "terminated here. The removal does not end them: terminate them in "
                            "Partner Center.")
        : active > 0 ? tr("%Ln admin relationship(s) (GDAP) remain after the removal: they keep "
                          "giving your organisation admin access to the customer's tenant.",
                          "", active)
                     : QString());
    m_terminate->setText(tr("Also terminate the admin relationships"));
    m_terminate->setAccessibleName(m_terminate->text());
    m_terminate->setToolTip(tr("After a successful removal, terminate every active admin "
                               "relationship with this customer. This cannot be undone."));
    m_prompt->setText(tr("To confirm, type the customer's primary domain:"));
    m_domain->setAccessibleName(tr("Type the primary domain to confirm"));
    m_confirm->setText(tr("Remove reseller relationship"));
    m_confirm->setAccessibleName(tr("Remove reseller relationship"));
    const QString why = tr("Type the primary domain above to enable this button.");
    m_confirm->setToolTip(why);
    m_confirm->setAccessibleDescription(why);
    updateMatch();
}
