#include "removalresultdialog.h"

#include "ui/heightforwidthwindow.h"
#include "ui/nextstepswidget.h"
#include "ui/palette.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

RemovalResultDialog::RemovalResultDialog(const Customer &customer, PartnerCenterClient *client,
                                         QWidget *parent)
    : QDialog(parent)
    , m_customer(customer)
    , m_icon(new QLabel(this))
    , m_message(new QLabel(this))
    , m_adminRelationships(new QLabel(this))
    , m_nextSteps(new NextStepsWidget(client, this))
{
    setMinimumWidth(560);
    m_nextSteps->setRecipient(customer.companyProfile.email);
    m_icon->setPixmap(Palette::pixmap(Palette::Icon::Done, 32, this));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_adminRelationships->setWordWrap(true);
    m_adminRelationships->setTextFormat(Qt::PlainText);
    m_adminRelationships->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_adminRelationships->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *texts = new QVBoxLayout;
    texts->addWidget(m_message);
    texts->addWidget(m_adminRelationships);
    auto *top = new QHBoxLayout;
    top->addWidget(m_icon, 0, Qt::AlignTop);
    top->addLayout(texts, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(14);
    layout->addLayout(top);
    layout->addWidget(m_nextSteps);
    layout->addWidget(buttons);
    // Next steps' messages arrive after the dialog is shown, some of them two lines long.
    HeightForWidthWindow::follow(this);
    retranslateUi();
}

QString RemovalResultDialog::messageText() const
{
    return m_message->text();
}

void RemovalResultDialog::setAdminRelationships(const QList<JobItem> &terminations, int kept)
{
    m_terminations = terminations;
    m_kept = kept;
    retranslateUi();
}

QString RemovalResultDialog::adminRelationshipsText() const
{
    return m_adminRelationships->text();
}

void RemovalResultDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void RemovalResultDialog::retranslateUi()
{
    setWindowTitle(tr("Reseller relationship removed"));
    m_message->setText(tr("✓ The reseller relationship with %1 (%2) has been removed. The "
                          "customer is no longer in your customer list.")
                           .arg(m_customer.companyName(), m_customer.domain()));

    // Each admin relationship by name, as Graph answered for it.
    QStringList lines;
    for (const JobItem &item : std::as_const(m_terminations)) {
        if (item.succeeded())
            lines.append(tr("✓ Admin relationship “%1”: termination requested; Microsoft Graph "
                            "ends it within minutes.")
                             .arg(item.name));
        else if (item.outcomeUnknown())
            lines.append(tr("⚠ Admin relationship “%1”: it is not known whether the termination "
                            "was requested. %2",
                            "%1 relationship name, %2 the error")
                             .arg(item.name, item.error.summary()));
        else
            lines.append(tr("✗ Admin relationship “%1” was not terminated. %2",
                            "%1 relationship name, %2 why")
                             .arg(item.name, item.error.userMessage()));
    }
    if (m_kept > 0)
        lines.append(tr("%Ln admin relationship(s) with the customer remain active: your "
                        "organisation keeps admin access to its tenant until they are terminated "
                        "or end.",
                        "", m_kept));
    else if (m_kept < 0)
        lines.append(tr("The admin relationships could not be read, so none was terminated. "
                        "Check them in Partner Center."));
    m_adminRelationships->setText(lines.join(u'\n'));
    m_adminRelationships->setVisible(!lines.isEmpty());
}
