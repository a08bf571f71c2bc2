#include "bulkconfirmdialog.h"

#include "ui/enterconfirms.h"
#include "ui/headinglabel.h"
#include "ui/heightforwidthwindow.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
enum Change { Remove, Suspend, Cancel, Terminate, Prepare, ChangeCount };
}

BulkConfirmDialog::BulkConfirmDialog(const Counts &counts, QWidget *parent)
    : QDialog(parent)
    , m_counts(counts)
    , m_heading(new HeadingLabel(this, HeadingLabel::Level::Section))
    , m_intro(new QLabel(this))
    , m_terminate(new QCheckBox(this))
    , m_prompt(new QLabel(this))
    , m_count(new QLineEdit(this))
{
    setWindowModality(Qt::WindowModal);
    setMinimumWidth(480);
    m_heading->setWordWrap(true);
    m_intro->setWordWrap(true);
    m_prompt->setWordWrap(true);
    m_prompt->setBuddy(m_count);
    m_terminate->setChecked(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    for (int i = 0; i < ChangeCount; ++i) {
        auto *label = new QLabel(this);
        label->setWordWrap(true);
        label->setIndent(12);
        m_changes.append(label);
        layout->addWidget(label);
    }
    layout->addWidget(m_terminate);
    layout->addSpacing(8);
    layout->addWidget(m_prompt);
    layout->addWidget(m_count);
    auto *buttons = new QDialogButtonBox(this);
    m_confirm = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setDefault(true);
    new EnterConfirms(m_count, m_confirm);
    layout->addStretch(1);
    layout->addWidget(buttons);

    HeightForWidthWindow::follow(this);

    connect(m_count, &QLineEdit::textChanged, this, &BulkConfirmDialog::updateMatch);
    connect(m_terminate, &QCheckBox::toggled, this, &BulkConfirmDialog::retranslateUi);
    connect(m_confirm, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    retranslateUi();
}

bool BulkConfirmDialog::terminateAdminRelationships() const
{
    return m_terminate->isChecked();
}

QStringList BulkConfirmDialog::texts() const
{
    QStringList out{m_heading->text(), m_intro->text()};
    for (const QLabel *label : m_changes) {
        if (!label->isHidden())
            out.append(label->text());
    }
    out.append(m_prompt->text());
    return out;
}

void BulkConfirmDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void BulkConfirmDialog::updateMatch()
{
    bool ok = false;
    const int typed = QLocale().toInt(m_count->text().trimmed(), &ok);
    const int plain = m_count->text().trimmed().toInt();
    m_confirm->setEnabled(m_counts.removals > 0 &&
                          ((ok && typed == m_counts.removals) || plain == m_counts.removals));
}

void BulkConfirmDialog::retranslateUi()
{
    const Counts &n = m_counts;
    setWindowTitle(tr("Offboard customers"));
    m_heading->setText(tr("Offboard %Ln customer(s)?", "", n.removals));
    m_intro->setText(tr("This cannot be undone. Partner Center will be asked to:"));
    const int terminate = m_terminate->isChecked() ? n.terminate : 0;
    const QStringList texts{
        tr("• remove the reseller relationship with %Ln customer(s): each leaves your customer "
           "list, you leave their support contacts, your delegated admin privileges are removed "
           "and you can no longer make purchases for them;",
           "", n.removals),
        tr("• suspend %Ln subscription(s);", "", n.suspend),
        tr("• cancel %Ln subscription(s) and software purchase(s);", "", n.cancel),
        tr("• terminate %Ln admin relationship(s);", "", terminate),
        tr("• and prepare %Ln more customer(s) that cannot be removed yet (their changes are "
           "counted above).",
           "", n.prepared),
    };
    for (int i = 0; i < ChangeCount; ++i)
        m_changes.at(i)->setText(texts.at(i));
    m_changes.at(Prepare)->setVisible(n.prepared > 0);
    m_terminate->setText(tr("Also terminate admin relationships (GDAP)"));
    m_prompt->setText(tr("To confirm, type the number of customers that will be removed (%1):")
                          .arg(QLocale().toString(n.removals)));
    m_count->setAccessibleName(tr("Number of customers that will be removed"));
    m_confirm->setText(tr("Offboard %Ln customer(s)", "", n.removals));
    const QString why = tr("Type the number of customers that will be removed to enable this "
                           "button.");
    m_confirm->setToolTip(why);
    m_confirm->setAccessibleDescription(why);
    updateMatch();
}
