#include "subscriptionspage.h"

#include "core/customer/customerstate.h"
#include "core/models/subscriptionmodel.h"
#include "ui/subscriptiondetailspanel.h"
#include "ui/subscriptiontableview.h"
#include "ui/suspendalldialog.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>

using namespace Qt::Literals::StringLiterals;

SubscriptionsPage::SubscriptionsPage(const AppContext &context, QWidget *parent)
    : TablePage(Kind::Section, parent)
    , m_context(context)
    , m_model(new SubscriptionModel(this))
    , m_summary(new QLabel(this))
    , m_suspendAll(new QPushButton(this))
    , m_table(new SubscriptionTableView(m_model, this))
    , m_details(new SubscriptionDetailsPanel(context, this))
{
    addToolbarWidget(m_summary, 1);
    addToolbarButton(m_suspendAll);
    setContent(m_table, m_details, DetailsPanel::besideWidth(fontMetrics()));

    connect(m_table, &SubscriptionTableView::currentSubscriptionChanged, m_details,
            &SubscriptionDetailsPanel::setSubscriptionId);
    connect(m_details, &SubscriptionDetailsPanel::subscriptionRequested, m_table,
            &SubscriptionTableView::selectSubscription);
    // Submit and the choices are disabled while the change is sent; the focus would otherwise
    // move on past them, out of the page. It goes to the subscription's row instead.
    connect(m_details, &SubscriptionDetailsPanel::changeStarted, this, [this] {
        if (m_details->isAncestorOf(QApplication::focusWidget()))
            m_table->setFocus(Qt::OtherFocusReason);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &SubscriptionsPage::updateState);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &SubscriptionsPage::updateState);
    const auto refresh = [this] {
        if (m_state)
            m_state->refresh();
    };
    connect(this, &TablePage::refreshRequested, this, refresh);
    connect(this, &TablePage::stateButtonClicked, this, refresh);
    connect(m_suspendAll, &QPushButton::clicked, this, &SubscriptionsPage::suspendAll);
    retranslateUi();
}

void SubscriptionsPage::setState(std::shared_ptr<CustomerState> state)
{
    if (m_state)
        disconnect(m_state.get(), nullptr, this, nullptr);
    m_state = std::move(state);
    m_model->setState(m_state.get());
    m_details->setState(m_state);
    if (m_state)
        connect(m_state.get(), &CustomerState::loadStateChanged, this,
                &SubscriptionsPage::updateState);
    updateState();
}

bool SubscriptionsPage::showSubscription(const QString &subscriptionId,
                                         RemovalBlocker::Action action)
{
    if (!m_table->selectSubscription(subscriptionId))
        return false;
    switch (action) {
    case RemovalBlocker::Action::Suspend:
        // Straight to the choice the portal asks for: Suspended.
        m_details->suspendedChoice()->setFocus(Qt::OtherFocusReason);
        break;
    case RemovalBlocker::Action::CancelSubscription:
        m_details->cancelChoice()->setFocus(Qt::OtherFocusReason);
        break;
    case RemovalBlocker::Action::TurnOffAutoRenew:
        m_details->turnAutoRenewOff();
        break;
    default:
        m_table->setFocus(Qt::OtherFocusReason);
        break;
    }
    return true;
}

QString SubscriptionsPage::summaryText() const
{
    return m_summary->text();
}

void SubscriptionsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    TablePage::changeEvent(event);
}

void SubscriptionsPage::retranslateUi()
{
    m_suspendAll->setText(tr("Suspend all active…"));
    m_suspendAll->setAccessibleName(tr("Suspend all active…"));
    refreshButton()->setText(tr("Refresh"));
    refreshButton()->setToolTip(tr("Read this customer's subscriptions again from Partner Center"));
    m_table->setAccessibleName(tr("Subscriptions"));
    updateState();
}

void SubscriptionsPage::updateState()
{
    using Part = CustomerState::Part;
    const bool loaded = m_model->isLoaded();
    const int active = m_state ? m_state->activeSubscriptionCount() : 0;
    m_summary->setText(loaded ? tr("%Ln subscription(s)", "", m_model->rowCount()) + u" · "_s +
                                    tr("%Ln active", "subscriptions", active)
                              : QString());

    QString why;
    if (!m_context.claims.mayChangeSubscriptions())
        why = tr("Your role (%1) does not allow changing subscriptions.")
                  .arg(m_context.claims.roleSummary());
    else if (!loaded)
        why = tr("The subscriptions are still loading.");
    else if (m_dialog && m_dialog->isRunning())
        why = tr("Suspending is already under way.");
    else if (active == 0)
        why = tr("No subscription is active.");
    m_suspendAll->setEnabled(why.isEmpty());
    m_suspendAll->setToolTip(why.isEmpty() ? tr("Suspend every active subscription of this "
                                                "customer, with a result for each")
                                           : why);
    m_suspendAll->setAccessibleDescription(why);

    const auto state =
        m_state ? m_state->loadState(Part::Subscriptions) : CustomerState::LoadState::NotLoaded;
    // Reading again failed: the rows stay, as last read, and the page says so above them.
    setBanner(loaded && state == CustomerState::LoadState::Failed
                  ? tr("The subscriptions could not be read again; they are shown as last "
                       "read. %1")
                        .arg(m_state->error(Part::Subscriptions).userMessage())
                  : QString());
    if (loaded && m_model->rowCount() > 0) {
        showContent();
    } else if (state == CustomerState::LoadState::Failed) {
        showState(StatePanel::Tone::Error, tr("Subscriptions could not be loaded"),
                  m_state->error(Part::Subscriptions).userMessage(), tr("Retry"));
    } else if (!loaded || state == CustomerState::LoadState::Loading) {
        showState(StatePanel::Tone::Busy, tr("Loading subscriptions…"), QString());
    } else {
        showState(StatePanel::Tone::Info, tr("No subscriptions"),
                  tr("This customer has no subscriptions with you."));
    }
}

void SubscriptionsPage::suspendAll()
{
    // A fresh dialog per run of the button: the page shows the next customer, the dialog does
    // not follow.
    if (m_dialog)
        m_dialog->deleteLater();
    m_dialog = new SuspendAllDialog(m_state, m_context.audit, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &SuspendAllDialog::runFinished, this, &SubscriptionsPage::updateState);
    m_dialog->confirm();
    updateState();
}
