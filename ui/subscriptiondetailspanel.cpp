#include "subscriptiondetailspanel.h"

#include "core/api/clock.h"
#include "core/customer/customerstate.h"
#include "core/display/displayformat.h"
#include "core/display/displaynames.h"
#include "core/job/autorenewjob.h"
#include "core/job/subscriptionstatusjob.h"
#include "ui/detailsform.h"
#include "ui/messageboxes.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QEvent>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
enum Row {
    Offer,
    Id,
    Base,
    AddOns,
    Quantity,
    Status,
    Billing,
    CommitmentEnd,
    CancellableUntil,
    AutoRenew
};
} // namespace

SubscriptionDetailsPanel::SubscriptionDetailsPanel(const AppContext &context, QWidget *parent)
    : DetailsPanel(parent)
    , m_context(context)
    , m_choices(new QButtonGroup(this))
    , m_active(new QRadioButton(actionBox()))
    , m_suspended(new QRadioButton(actionBox()))
    , m_cancel(new QRadioButton(actionBox()))
    , m_cancelUntil(new QLabel(actionBox()))
    , m_addOnsNote(new QLabel(actionBox()))
    , m_lockReason(new QLabel(actionBox()))
    , m_submit(new QPushButton(actionBox()))
    , m_autoRenew(new QCheckBox(actionBox()))
{
    using Value = DetailsForm::Value;
    for (Value kind : {Value::Text, Value::Identifier, Value::Links, Value::Links, Value::Text,
                       Value::Text, Value::Text, Value::Text, Value::Text, Value::Text})
        form()->addRow(kind);
    for (Row row : {Base, AddOns}) {
        QLabel *links = form()->valueLabel(row);
        connect(links, &QLabel::linkActivated, this, [this, links](const QString &id) {
            const bool hadFocus = links->hasFocus();
            emit subscriptionRequested(id);
            // The row followed from may not apply to the subscription now shown: the focus
            // goes to the links that do, not on to the status choice.
            if (hadFocus && links->isHidden()) {
                for (QLabel *other : {baseLinks(), addOnLinks()}) {
                    if (!other->isHidden()) {
                        other->setFocus(Qt::TabFocusReason);
                        break;
                    }
                }
            }
        });
    }

    m_choices->addButton(m_active);
    m_choices->addButton(m_suspended);
    m_choices->addButton(m_cancel);
    m_lockReason->setWordWrap(true);
    // Under the choice's text, not under its circle.
    const int indent =
        m_cancel->style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth, nullptr, m_cancel) +
        m_cancel->style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing, nullptr, m_cancel);
    for (QLabel *note : {m_cancelUntil, m_addOnsNote}) {
        // Names from Partner Center are text, never markup.
        note->setTextFormat(Qt::PlainText);
        note->setWordWrap(true);
        note->setIndent(indent);
    }
    m_cancelUntil->setForegroundRole(QPalette::PlaceholderText);
    actionLayout()->addWidget(m_active);
    actionLayout()->addWidget(m_suspended);
    actionLayout()->addWidget(m_addOnsNote);
    actionLayout()->addWidget(m_cancel);
    actionLayout()->addWidget(m_cancelUntil);
    actionLayout()->addWidget(m_lockReason);
    actionLayout()->addWidget(m_submit, 0, Qt::AlignLeft);
    actionLayout()->addWidget(m_autoRenew);

    // Read as laid out: the details' links, then the status choice and what follows it (the
    // action's widgets were made before the form's rows).
    QWidget *previous = form()->valueLabel(AddOns);
    setTabOrder(form()->valueLabel(Base), previous);
    for (QWidget *next :
         std::initializer_list<QWidget *>{m_active, m_suspended, m_cancel, m_submit, m_autoRenew}) {
        setTabOrder(previous, next);
        previous = next;
    }

    connect(m_choices, &QButtonGroup::buttonToggled, this, &SubscriptionDetailsPanel::updateSubmit);
    connect(m_submit, &QPushButton::clicked, this, &SubscriptionDetailsPanel::submit);
    // clicked, not toggled: only the user's click asks; showing the server's state does not.
    connect(m_autoRenew, &QCheckBox::clicked, this, &SubscriptionDetailsPanel::autoRenewClicked);
    retranslateUi();
}

void SubscriptionDetailsPanel::setState(std::shared_ptr<CustomerState> state)
{
    if (m_state)
        disconnect(m_state.get(), nullptr, this, nullptr);
    // A change still running belongs to the previous customer and reports into its state.
    if (m_job)
        disconnect(m_job, nullptr, this, nullptr);
    m_job = nullptr;
    m_state = std::move(state);
    m_id.clear();
    setOutcomeScope(m_state.get(), m_id);
    if (m_state) {
        connect(m_state.get(), &CustomerState::subscriptionsChanged, this,
                &SubscriptionDetailsPanel::updateFromState);
        connect(m_state.get(), &CustomerState::subscriptionsReplaced, this,
                &SubscriptionDetailsPanel::updateFromState);
    }
    updateFromState();
}

void SubscriptionDetailsPanel::setSubscriptionId(const QString &id)
{
    if (id == m_id)
        return;
    m_id = id;
    setOutcomeScope(m_state.get(), m_id);
    updateFromState();
}

void SubscriptionDetailsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    DetailsPanel::changeEvent(event);
}

void SubscriptionDetailsPanel::retranslateUi()
{
    // The colon is the translation's: French writes "Offre :".
    const QStringList labels{tr("Offer:"),
                             tr("Subscription ID:"),
                             tr("Base subscription:", "the subscription an add-on belongs to"),
                             tr("Add-ons:"),
                             tr("Quantity:"),
                             tr("Status:", "subscription status"),
                             tr("Billing cycle:"),
                             tr("Commitment end:", "end date of the subscription's term"),
                             tr("Cancellable until:"),
                             tr("Auto-renew:")};
    for (int row = 0; row < labels.size(); ++row)
        form()->setLabel(row, labels.at(row));
    actionBox()->setTitle(tr("Change status"));
    m_active->setText(tr("Active", "subscription status"));
    m_suspended->setText(tr("Suspended", "subscription status"));
    m_submit->setText(tr("Submit", "apply the chosen subscription status"));
    m_autoRenew->setText(tr("Auto-renew at the term end"));
    updateFromState();
}

bool SubscriptionDetailsPanel::isBusy() const
{
    return m_job && m_job->isRunning();
}

const Subscription *SubscriptionDetailsPanel::current() const
{
    return m_state ? m_state->subscription(m_id) : nullptr;
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
            .arg(DisplayNames::subscriptionStatus(subscription.status).toLower());
    return {};
}

void SubscriptionDetailsPanel::updateFromState()
{
    const Subscription *s = current();
    if (!s) {
        showNothing(tr("Subscription details"),
                    tr("Select a subscription to see its details and change its status."));
        return;
    }
    showItem(s->displayName());
    form()->setValue(Offer, s->offerName);
    form()->setValue(Id, s->id);
    const Subscription *base =
        s->isAddOn() ? m_state->subscription(s->parentSubscriptionId) : nullptr;
    form()->setRowVisible(Base, s->isAddOn());
    if (base)
        form()->setLinks(Base, {{base->id, base->displayName()}});
    else // not among the customer's subscriptions: its id is all there is
        form()->setValue(Base, s->parentSubscriptionId);
    QList<std::pair<QString, QString>> addOns;
    for (const Subscription &addOn : m_state->addOnsOf(s->id))
        addOns.append(
            {addOn.id, tr("%1 (%2)", "an add-on's name and its status")
                           .arg(addOn.displayName(),
                                DisplayNames::subscriptionStatus(addOn.status).toLower())});
    form()->setRowVisible(AddOns, !addOns.isEmpty());
    form()->setLinks(AddOns, addOns);
    form()->setValue(Quantity, DisplayFormat::quantity(s->quantity, s->unitType));
    form()->setValue(Status, DisplayNames::subscriptionStatus(s->status));
    form()->setValue(Billing, DisplayNames::billingCycle(s->billingCycle));
    // As the table shows them: commitment ends are whole days in UTC, windows end at a time.
    form()->setValue(CommitmentEnd, DisplayFormat::utcDate(s->commitmentEndDate));
    form()->setValue(CancellableUntil, s->cancellationWindowEnd().isValid()
                                           ? DisplayFormat::windowEnd(s->cancellationWindowEnd(),
                                                                      m_context.clock->now())
                                           : QString());
    form()->setValue(AutoRenew,
                     s->autoRenewEnabled ? tr("On", "auto-renew") : tr("Off", "auto-renew"));

    const bool inWindow = !s->isMarketplace() && s->canCancelAt(m_context.clock->now());
    const bool canCancel = inWindow || (s->isMarketplace() && s->status.isChangeable());
    m_cancel->setText(tr("Cancel subscription"));
    m_cancelUntil->setText(tr("Possible until %1.", "cancelling a new-commerce subscription")
                               .arg(DisplayFormat::dateTime(s->cancellationAllowedUntilDate)));
    m_cancel->setVisible(canCancel);
    m_cancelUntil->setVisible(inWindow);
    const QString reason = lockReason(*s);
    QStringList following;
    for (const Subscription &addOn :
         m_state->addOnsFollowing(*s, SubscriptionStatus(SubscriptionStatus::Value::Suspended)))
        following.append(addOn.displayName());
    m_addOnsNote->setText(
        tr("Suspending it suspends its %Ln active add-on(s) too: %1.", "", int(following.size()))
            .arg(following.join(tr(", ", "between names in a list"))));
    // Said only where suspending is possible at all.
    m_addOnsNote->setVisible(!following.isEmpty() && reason.isEmpty());
    // The choice starts at the current status, as in the portal.
    const bool busy = isBusy();
    QSignalBlocker blocker(m_choices);
    if (!busy) {
        if (s->status.value() == SubscriptionStatus::Value::Suspended)
            m_suspended->setChecked(true);
        else
            m_active->setChecked(true);
    }
    m_lockReason->setText(reason);
    m_lockReason->setVisible(!reason.isEmpty());
    for (QRadioButton *choice : {m_active, m_suspended, m_cancel})
        choice->setEnabled(reason.isEmpty() && !busy);
    // Partner Center changes auto-renew of active new commerce only (800091 when suspended).
    m_autoRenew->setVisible(s->isNewCommerce() && !s->isMarketplace() && s->status.isChangeable());
    m_autoRenew->setChecked(s->autoRenewEnabled);
    m_autoRenew->setEnabled(reason.isEmpty() && !busy &&
                            s->status.value() == SubscriptionStatus::Value::Active);
    actionBox()->setToolTip(reason);
    actionBox()->setAccessibleDescription(reason);
    updateSubmit();
}

void SubscriptionDetailsPanel::updateSubmit()
{
    const Subscription *s = current();
    bool changed = false;
    if (s) {
        const auto value = s->status.value();
        changed = (m_active->isChecked() && value != SubscriptionStatus::Value::Active) ||
                  (m_suspended->isChecked() && value != SubscriptionStatus::Value::Suspended) ||
                  (m_cancel->isChecked() && m_cancel->isVisible());
    }
    const bool allowed = s && lockReason(*s).isEmpty() && !isBusy();
    m_submit->setEnabled(allowed && changed);
    const QString why = !s || !lockReason(*s).isEmpty() ? m_lockReason->text()
                        : isBusy()                      ? tr("Sending the change…")
                        : !changed ? tr("Choose a status different from the current one.")
                                   : QString();
    // What the click does beyond the shown subscription is said where the click is, too.
    const QString also =
        why.isEmpty() && m_suspended->isChecked() && m_addOnsNote->isVisibleTo(this)
            ? m_addOnsNote->text()
            : QString();
    m_submit->setToolTip(why.isEmpty() ? Qt::convertFromPlainText(also) : why);
    m_submit->setAccessibleDescription(why.isEmpty() ? also : why);
}

void SubscriptionDetailsPanel::submit()
{
    const Subscription *s = current();
    if (!s || isBusy())
        return;
    const SubscriptionStatus target(m_cancel->isChecked() ? SubscriptionStatus::Value::Deleted
                                    : m_suspended->isChecked()
                                        ? SubscriptionStatus::Value::Suspended
                                        : SubscriptionStatus::Value::Active);
    if (target.value() != SubscriptionStatus::Value::Deleted) {
        send(*s, target);
        return;
    }
    // Cancelling cannot be undone: asked first, like cancelling a software order.
    const std::shared_ptr<CustomerState> state = m_state;
    const QString id = s->id;
    MessageBoxes::question(
        this, tr("Cancel subscription"),
        s->isMarketplace()
            ? tr("Cancel %1? This is final: a cancelled marketplace subscription cannot be "
                 "reactivated.")
                  .arg(s->displayName())
            : tr("Cancel %1? This is final: a cancelled new-commerce subscription cannot be "
                 "reactivated. It is refunded according to Microsoft's cancellation policy.")
                  .arg(s->displayName()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
        [this, state, id, target](MessageBoxes::Button answer) {
            // Answered for the subscription it was asked about, and only once.
            const Subscription *asked = state == m_state && id == m_id ? current() : nullptr;
            if (answer == QMessageBox::Yes && asked && !isBusy())
                send(*asked, target);
        },
        tr("Cancel subscription", "confirm cancelling a new-commerce subscription"));
}

void SubscriptionDetailsPanel::send(const Subscription &subscription,
                                    const SubscriptionStatus &target)
{
    run(new SubscriptionStatusJob(m_state, m_context.audit, {subscription}, target, this),
        [](const JobItem &item) {
            return tr("✓ Done. %1 is now %2.", "%1 subscription, %2 its status")
                .arg(item.name,
                     DisplayNames::subscriptionStatus(SubscriptionStatus::fromWire(item.newStatus))
                         .toLower());
        });
}

void SubscriptionDetailsPanel::turnAutoRenewOff()
{
    const Subscription *s = current();
    if (!s || !m_autoRenew->isVisibleTo(this) || !m_autoRenew->isEnabled() || !s->autoRenewEnabled)
        return;
    m_autoRenew->setFocus(Qt::OtherFocusReason);
    autoRenewClicked(false);
}

void SubscriptionDetailsPanel::autoRenewClicked(bool on)
{
    const Subscription *s = current();
    if (!s || isBusy())
        return;
    m_autoRenew->setChecked(s->autoRenewEnabled); // until the server says otherwise
    if (on) {
        sendAutoRenew(*s, true);
        return;
    }
    const std::shared_ptr<CustomerState> state = m_state;
    const QString id = s->id;
    MessageBoxes::question(
        this, tr("Turn auto-renew off"),
        tr("Turn auto-renew off for %1? This stops the renewal, not the bill: the subscription "
           "stays, and is billed, until its term ends on %2.")
            .arg(s->displayName(), DisplayFormat::utcDate(s->commitmentEndDate)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
        [this, state, id](MessageBoxes::Button answer) {
            const Subscription *asked = state == m_state && id == m_id ? current() : nullptr;
            if (answer == QMessageBox::Yes && asked && !isBusy())
                sendAutoRenew(*asked, false);
        },
        tr("Turn auto-renew off", "confirm"));
}

void SubscriptionDetailsPanel::sendAutoRenew(const Subscription &subscription, bool on)
{
    run(new AutoRenewJob(m_state, m_context.audit, subscription, on, this),
        [on, end = subscription.commitmentEndDate](const JobItem &item) {
            return on ? tr("✓ Auto-renew is now on for %1.").arg(item.name)
                      : tr("✓ Auto-renew is now off for %1. It stays until its term ends on %2.")
                            .arg(item.name, DisplayFormat::utcDate(end));
        });
}

void SubscriptionDetailsPanel::run(Job *job, std::function<QString(const JobItem &)> succeeded)
{
    const OutcomeLabel::Scope about = outcomeScope();
    showOutcome(about, Palette::Outcome::Neutral,
                [] { return tr("Sending the change to Partner Center…"); });
    m_job = job;
    emit changeStarted();
    job->setAutoDelete(true);
    connect(job, &Job::finished, this, [this, about, succeeded](const JobResult &result) {
        // Nobody knows what the server did: read once more, so the status shown is its word.
        if (result.items.value(0).outcomeUnknown())
            m_state->refresh(CustomerState::Part::Subscriptions);
        showResult(about, result, succeeded);
        updateFromState();
    });
    job->start();
    updateFromState();
}

QLabel *SubscriptionDetailsPanel::baseLinks() const
{
    return form()->valueLabel(Base);
}

QLabel *SubscriptionDetailsPanel::addOnLinks() const
{
    return form()->valueLabel(AddOns);
}

void SubscriptionDetailsPanel::showResult(const OutcomeLabel::Scope &about, const JobResult &result,
                                          const std::function<QString(const JobItem &)> &succeeded)
{
    const JobItem item = result.items.value(0);
    // ✓ / ⚠ / ✗ as well as colour: the outcome never relies on colour alone.
    if (item.succeeded())
        showOutcome(about, Palette::Outcome::Success, [result, item, succeeded] {
            QString text = succeeded(item);
            for (const JobItem &addOn : result.items) {
                if (!addOn.withBase.isEmpty())
                    text += u'\n' + SubscriptionStatusJob::describeWithBase(addOn);
            }
            return text;
        });
    else if (item.outcomeUnknown())
        showOutcome(about, Palette::Outcome::Uncertain, [item] {
            return tr("⚠ Outcome unknown. %1\n\nThe subscription could not be read back "
                      "either. Check its status (read again now) before trying again.",
                      "%1 is the error message with its details")
                .arg(item.error.userMessage());
        });
    else
        showOutcome(about, Palette::Outcome::Failure,
                    [item] { return tr("✗ Not changed. %1").arg(item.error.userMessage()); });
}
