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
    , m_nextSteps(new NextStepsWidget(client, this))
{
    setMinimumWidth(560);
    m_nextSteps->setRecipient(customer.companyProfile.email);
    m_icon->setPixmap(Palette::pixmap(Palette::Icon::Done, 32, this));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(m_icon, 0, Qt::AlignTop);
    top->addWidget(m_message, 1);
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
}
