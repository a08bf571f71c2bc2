#include "subscriptiondetailspanel.h"

#include "core/api/clock.h"
#include "core/models/customersession.h"
#include "core/models/displayformat.h"
#include "core/models/subscriptionmodel.h"
#include "core/workflow/subscriptionstatuschange.h"
#include "ui/detailsform.h"
#include "ui/headinglabel.h"

#include <QBoxLayout>
#include <QButtonGroup>
#include <QEvent>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QResizeEvent>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
enum Row { Offer, Id, Quantity, Status, Billing, CommitmentEnd, CancellableUntil, AutoRenew };
} // namespace

SubscriptionDetailsPanel::SubscriptionDetailsPanel(CustomerSession *session,
                                                   const AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_context(context)
    , m_change(new SubscriptionStatusChange(context.client, session->subscriptionModel(),
                                            context.audit, this))
    , m_name(new HeadingLabel(this, HeadingLabel::Level::Section))
    , m_placeholder(new QLabel(this))
    , m_details(new QWidget(this))
    , m_body(new QBoxLayout(QBoxLayout::TopToBottom))
    , m_form(new DetailsForm(m_details))
    , m_choiceBox(new QGroupBox(m_details))
    , m_choices(new QButtonGroup(this))
    , m_active(new QRadioButton(m_choiceBox))
    , m_suspended(new QRadioButton(m_choiceBox))
    , m_cancel(new QRadioButton(m_choiceBox))
    , m_lockReason(new QLabel(m_choiceBox))
    , m_submit(new QPushButton(m_choiceBox))
    , m_result(new QLabel(m_details))
{
    m_name->setWordWrap(true);
    m_name->setTextFormat(Qt::PlainText);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    for (DetailsForm::Value kind :
         {DetailsForm::Value::Text, DetailsForm::Value::Identifier, DetailsForm::Value::Text,
          DetailsForm::Value::Text, DetailsForm::Value::Text, DetailsForm::Value::Text,
          DetailsForm::Value::Text, DetailsForm::Value::Text})
        m_form->addRow(kind);

    m_choices->addButton(m_active);
    m_choices->addButton(m_suspended);
    m_choices->addButton(m_cancel);
    m_lockReason->setWordWrap(true);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *choiceLayout = new QVBoxLayout(m_choiceBox);
    choiceLayout->addWidget(m_active);
    choiceLayout->addWidget(m_suspended);
    choiceLayout->addWidget(m_cancel);
    choiceLayout->addWidget(m_lockReason);
    choiceLayout->addWidget(m_submit, 0, Qt::AlignLeft);

    auto *action = new QVBoxLayout;
    action->setSpacing(8);
    action->addWidget(m_choiceBox);
    action->addWidget(m_result);
    action->addStretch();
    m_body->setContentsMargins(0, 0, 0, 0);
    m_body->setSpacing(12);
    // Side by side, the form's labels and IDs need more room than the action.
    m_body->addWidget(m_form, 3);
    m_body->addLayout(action, 2);
    auto *detailsLayout = new QVBoxLayout(m_details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addLayout(m_body);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 0, 6, 6);
    layout->setSpacing(8);
    layout->addWidget(m_name);
    layout->addWidget(m_placeholder);
    layout->addWidget(m_details);
    layout->addStretch();

    SubscriptionModel *model = session->subscriptionModel();
    connect(model, &QAbstractItemModel::dataChanged, this,
            &SubscriptionDetailsPanel::updateFromModel);
    connect(model, &QAbstractItemModel::modelReset, this,
            &SubscriptionDetailsPanel::updateFromModel);
    connect(m_choices, &QButtonGroup::buttonToggled, this, &SubscriptionDetailsPanel::updateSubmit);
    connect(m_submit, &QPushButton::clicked, this, &SubscriptionDetailsPanel::submit);
    connect(m_change, &SubscriptionStatusChange::finished, this,
            [this](bool ok, const Subscription &updated, const ApiError &error) {
                m_resultOk = ok;
                m_resultError = error;
                m_resultName = updated.displayName();
                updateFromModel();
            });
    retranslateUi();
}

void SubscriptionDetailsPanel::setSubscriptionId(const QString &id)
{
    if (id == m_id)
        return;
    m_id = id;
    m_result->clear();
    m_resultName.clear();
    updateFromModel();
}

QString SubscriptionDetailsPanel::resultText() const
{
    return m_result->text();
}

void SubscriptionDetailsPanel::resizeEvent(QResizeEvent *event)
{
    // Under the table the panel is wide: the form and the status choice side by side save the
    // height the table needs.
    const int wide = fontMetrics().averageCharWidth() * 90;
    m_body->setDirection(event->size().width() >= wide ? QBoxLayout::LeftToRight
                                                       : QBoxLayout::TopToBottom);
    QWidget::resizeEvent(event);
}

void SubscriptionDetailsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SubscriptionDetailsPanel::retranslateUi()
{
    const QStringList labels{tr("Offer"),
                             tr("Subscription ID"),
                             tr("Quantity"),
                             tr("Status", "subscription status"),
                             tr("Billing cycle"),
                             tr("Commitment end", "end date of the subscription's term"),
                             tr("Cancellable until"),
                             tr("Auto-renew")};
    for (int row = 0; row < labels.size(); ++row)
        m_form->setLabel(row, labels.at(row) + u':');
    m_placeholder->setText(tr("Select a subscription to see its details and change its status."));
    m_choiceBox->setTitle(tr("Change status"));
    m_active->setText(tr("Active", "subscription status"));
    m_suspended->setText(tr("Suspended", "subscription status"));
    m_submit->setText(tr("Submit", "apply the chosen subscription status"));
    updateFromModel();
}

QString SubscriptionDetailsPanel::lockReason(const Subscription &subscription) const
{
    if (!m_context.claims.mayChangeSubscriptions())
        return tr("Your role (%1) does not allow changing subscriptions. An Admin agent or a "
                  "Global admin can do it.")
            .arg(m_context.claims.roleSummary());
    if (!subscription.status.isChangeable())
        return tr("A subscription that is %1 cannot be changed any more.",
                  "%1 is a status such as Expired")
            .arg(subscription.status.displayName().toLower());
    return {};
}

void SubscriptionDetailsPanel::updateFromModel()
{
    const Subscription *s = m_session->subscriptionModel()->subscriptionById(m_id);
    m_details->setVisible(s);
    m_placeholder->setVisible(!s);
    if (!s) {
        m_name->setText(tr("Subscription details"));
        return;
    }
    m_name->setText(s->displayName());
    m_form->setValue(Offer, s->offerName);
    m_form->setValue(Id, s->id);
    m_form->setValue(Quantity, DisplayFormat::quantity(s->quantity, s->unitType));
    m_form->setValue(Status, s->status.displayName());
    m_form->setValue(Billing, SubscriptionModel::billingCycleDisplayName(s->billingCycle));
    // As the table shows them: commitment ends are whole days in UTC, windows end at a time.
    m_form->setValue(CommitmentEnd, DisplayFormat::utcDate(s->commitmentEndDate));
    m_form->setValue(CancellableUntil, DisplayFormat::windowEnd(s->cancellationAllowedUntilDate,
                                                                m_context.clock->now()));
    m_form->setValue(AutoRenew,
                     s->autoRenewEnabled ? tr("On", "auto-renew") : tr("Off", "auto-renew"));

    const bool canCancel = s->isNewCommerce() && s->canCancelAt(m_context.clock->now());
    m_cancel->setText(tr("Cancel subscription (possible until %1)")
                          .arg(DisplayFormat::dateTime(s->cancellationAllowedUntilDate)));
    m_cancel->setVisible(canCancel);
    // The choice starts at the current status, as in the portal.
    const bool busy = m_change->isRunning();
    QSignalBlocker blocker(m_choices);
    if (!busy) {
        if (s->status.value() == SubscriptionStatus::Value::Suspended)
            m_suspended->setChecked(true);
        else
            m_active->setChecked(true);
    }
    const QString reason = lockReason(*s);
    m_lockReason->setText(reason);
    m_lockReason->setVisible(!reason.isEmpty());
    for (QRadioButton *choice : {m_active, m_suspended, m_cancel})
        choice->setEnabled(reason.isEmpty() && !busy);
    m_choiceBox->setToolTip(reason);
    m_choiceBox->setAccessibleDescription(reason);
    if (!m_resultName.isEmpty())
        showResult(*s);
    updateSubmit();
}

void SubscriptionDetailsPanel::updateSubmit()
{
    const Subscription *s = m_session->subscriptionModel()->subscriptionById(m_id);
    bool changed = false;
    if (s) {
        const auto value = s->status.value();
        changed = (m_active->isChecked() && value != SubscriptionStatus::Value::Active) ||
                  (m_suspended->isChecked() && value != SubscriptionStatus::Value::Suspended) ||
                  (m_cancel->isChecked() && m_cancel->isVisible());
    }
    const bool allowed = s && lockReason(*s).isEmpty() && !m_change->isRunning();
    m_submit->setEnabled(allowed && changed);
    const QString why = !s || !lockReason(*s).isEmpty() ? m_lockReason->text()
                        : m_change->isRunning()         ? tr("Sending the change…")
                        : !changed ? tr("Choose a status different from the current one.")
                                   : QString();
    m_submit->setToolTip(why);
    m_submit->setAccessibleDescription(why);
}

void SubscriptionDetailsPanel::submit()
{
    const Subscription *s = m_session->subscriptionModel()->subscriptionById(m_id);
    if (!s)
        return;
    const Customer customer = m_session->customer();
    const Subscription subscription = *s;
    m_resultName.clear();
    m_result->setText(tr("Sending the change to Partner Center…"));
    if (m_cancel->isChecked())
        m_change->cancelSubscription(customer.id, customer.companyName(), subscription);
    else if (m_suspended->isChecked())
        m_change->suspend(customer.id, customer.companyName(), subscription);
    else
        m_change->reactivate(customer.id, customer.companyName(), subscription);
    updateFromModel();
}

void SubscriptionDetailsPanel::showResult(const Subscription &current)
{
    // ✓ / ✗ as well as colour: the outcome never relies on colour alone.
    if (m_resultOk) {
        m_result->setStyleSheet(u"color: #1e6b34;"_s);
        m_result->setText(tr("✓ Done. %1 is now %2.", "%1 subscription, %2 its status")
                              .arg(m_resultName, current.status.displayName().toLower()));
    } else {
        m_result->setStyleSheet(u"color: #a4262c;"_s);
        m_result->setText(tr("✗ Not changed. %1").arg(m_resultError.userMessage()));
    }
}
