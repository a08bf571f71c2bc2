#include "activityfilterbar.h"

#include "core/activity/activityfilter.h"
#include "core/activity/activitymodel.h"
#include "core/audit/auditaction.h"
#include "core/display/displayformat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {
constexpr AuditEntry::Outcome Outcomes[] = {
    AuditEntry::Outcome::Succeeded, AuditEntry::Outcome::Failed,  AuditEntry::Outcome::Refused,
    AuditEntry::Outcome::Cancelled, AuditEntry::Outcome::Unknown, AuditEntry::Outcome::Attempted};
}

ActivityFilterBar::ActivityFilterBar(ActivityFilter *filter, QWidget *parent)
    : QWidget(parent)
    , m_filter(filter)
    , m_customerLabel(new QLabel(this))
    , m_customer(new QComboBox(this))
    , m_actionLabel(new QLabel(this))
    , m_action(new QComboBox(this))
    , m_resultLabel(new QLabel(this))
    , m_result(new QComboBox(this))
    , m_fromCheck(new QCheckBox(this))
    , m_from(new QDateEdit(this))
    , m_toCheck(new QCheckBox(this))
    , m_to(new QDateEdit(this))
    , m_clear(new QPushButton(this))
{
    m_customer->setEditable(true);
    m_customer->setInsertPolicy(QComboBox::NoInsert);
    m_customer->setMinimumContentsLength(18);
    m_customer->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_customer->completer()->setFilterMode(Qt::MatchContains);
    m_customer->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_customer->setCurrentIndex(-1);
    m_customerLabel->setBuddy(m_customer);
    m_actionLabel->setBuddy(m_action);
    m_resultLabel->setBuddy(m_result);
    m_action->addItem(QString(), QString());
    for (const AuditAction::Action action : AuditAction::all())
        m_action->addItem(QString(), AuditAction::name(action));
    m_result->addItem(QString(), -1);
    for (const AuditEntry::Outcome outcome : Outcomes)
        m_result->addItem(QString(), int(outcome));
    const QDate today = QDate::currentDate();
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
        edit->setDate(today);
    }
    m_from->setDate(today.addDays(-30));

    auto *choices = new QHBoxLayout;
    choices->setContentsMargins(0, 0, 0, 0);
    choices->addWidget(m_customerLabel);
    choices->addWidget(m_customer, 2);
    choices->addSpacing(8);
    choices->addWidget(m_actionLabel);
    choices->addWidget(m_action, 1);
    choices->addSpacing(8);
    choices->addWidget(m_resultLabel);
    choices->addWidget(m_result);
    auto *dates = new QHBoxLayout;
    dates->setContentsMargins(0, 0, 0, 0);
    dates->addWidget(m_fromCheck);
    dates->addWidget(m_from);
    dates->addSpacing(8);
    dates->addWidget(m_toCheck);
    dates->addWidget(m_to);
    dates->addStretch();
    dates->addWidget(m_clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(choices);
    layout->addLayout(dates);
    setTabOrder(m_customer, m_action);
    setTabOrder(m_action, m_result);
    setTabOrder(m_result, m_fromCheck);
    setTabOrder(m_fromCheck, m_from);
    setTabOrder(m_from, m_toCheck);
    setTabOrder(m_toCheck, m_to);
    setTabOrder(m_to, m_clear);

    connect(m_customer, &QComboBox::editTextChanged, this, [this](const QString &text) {
        m_filter->setCustomer(text);
        emit changed();
    });
    connect(m_action, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setAction(m_action->currentData().toString());
        emit changed();
    });
    connect(m_result, &QComboBox::currentIndexChanged, this, [this] {
        const int outcome = m_result->currentData().toInt();
        m_filter->setOutcome(outcome < 0 ? std::nullopt
                                         : std::optional(AuditEntry::Outcome(outcome)));
        emit changed();
    });
    for (QCheckBox *check : {m_fromCheck, m_toCheck})
        connect(check, &QCheckBox::toggled, this, &ActivityFilterBar::applyDates);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &ActivityFilterBar::applyDates);
    connect(m_clear, &QPushButton::clicked, this, &ActivityFilterBar::clear);

    // The customers to choose from are those the log names, as its rows arrive.
    const ActivityModel *model = filter->activityModel();
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { addCustomers(first, last); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        const QString text = m_customer->currentText();
        m_customerNames.clear();
        m_customer->clear();
        m_customer->setEditText(text);
    });
    addCustomers(0, model->rowCount() - 1);
    retranslateUi();
}

void ActivityFilterBar::addCustomers(int first, int last)
{
    const ActivityModel *model = m_filter->activityModel();
    for (int row = first; row <= last; ++row) {
        const AuditEntry &entry = model->entryAt(row);
        const QString name = entry.customerName.isEmpty() ? entry.customerId : entry.customerName;
        if (name.isEmpty() || m_customerNames.contains(name))
            continue;
        m_customerNames.insert(name);
        // Sorted as a person reads them; inserting keeps what is typed in the box.
        int at = 0;
        int end = m_customer->count();
        while (at < end) {
            const int middle = (at + end) / 2;
            if (QString::localeAwareCompare(m_customer->itemText(middle), name) < 0)
                at = middle + 1;
            else
                end = middle;
        }
        const QString typed = m_customer->currentText();
        m_customer->insertItem(at, name);
        // The first item of an empty box becomes its choice: the filter stays as typed.
        if (m_customer->currentText() != typed) {
            m_customer->setCurrentIndex(-1);
            m_customer->setEditText(typed);
        }
    }
}

void ActivityFilterBar::applyDates()
{
    m_from->setEnabled(m_fromCheck->isChecked());
    m_to->setEnabled(m_toCheck->isChecked());
    m_filter->setDateRange(m_fromCheck->isChecked() ? m_from->date() : QDate(),
                           m_toCheck->isChecked() ? m_to->date() : QDate());
    emit changed();
}

void ActivityFilterBar::clear()
{
    m_customer->setEditText(QString());
    m_action->setCurrentIndex(0);
    m_result->setCurrentIndex(0);
    m_fromCheck->setChecked(false);
    m_toCheck->setChecked(false);
}

void ActivityFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ActivityFilterBar::retranslateUi()
{
    m_customerLabel->setText(tr("&Customer:", "activity filter"));
    m_customer->lineEdit()->setPlaceholderText(tr("All customers"));
    m_customer->setAccessibleName(tr("Customer", "activity filter"));
    m_customer->setToolTip(tr("Choose a customer, or type part of a company name, a customer "
                              "ID or a primary domain"));
    m_actionLabel->setText(tr("&Action:", "activity filter"));
    m_action->setAccessibleName(tr("Action", "activity filter"));
    m_action->setItemText(0, tr("All actions"));
    for (int i = 1; i < m_action->count(); ++i)
        m_action->setItemText(i, AuditAction::displayName(m_action->itemData(i).toString()));
    m_resultLabel->setText(tr("&Result:", "activity filter"));
    m_result->setAccessibleName(tr("Result", "activity filter"));
    m_result->setItemText(0, tr("All results"));
    for (int i = 1; i < m_result->count(); ++i)
        m_result->setItemText(
            i, ActivityModel::outcomeText(AuditEntry::Outcome(m_result->itemData(i).toInt())));
    m_fromCheck->setText(tr("&From", "activity filter: first day shown"));
    m_from->setAccessibleName(tr("First day shown"));
    m_toCheck->setText(tr("&To", "activity filter: last day shown"));
    m_to->setAccessibleName(tr("Last day shown"));
    for (QDateEdit *edit : {m_from, m_to})
        edit->setDisplayFormat(DisplayFormat::dateFormat());
    m_clear->setText(tr("C&lear filters"));
}
