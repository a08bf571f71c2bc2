#include "subscriptionspage.h"

#include "core/models/customersession.h"
#include "core/models/subscriptionmodel.h"
#include "core/workflow/suspendallworkflow.h"
#include "ui/masterdetailsplitter.h"
#include "ui/statepanel.h"
#include "ui/subscriptiondetailspanel.h"
#include "ui/subscriptiontableview.h"
#include "ui/suspendalldialog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

SubscriptionsPage::SubscriptionsPage(CustomerSession *session, const AppContext &context,
                                     QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_context(context)
    , m_workflow(
          new SuspendAllWorkflow(context.client, session->subscriptionModel(), context.audit, this))
    , m_summary(new QLabel(this))
    , m_suspendAll(new QPushButton(this))
    , m_refresh(new QPushButton(this))
    , m_stack(new QStackedWidget(this))
    , m_content(new QWidget(this))
    , m_table(new SubscriptionTableView(session->subscriptionModel(), m_content))
    , m_details(new SubscriptionDetailsPanel(session, context, m_content))
    , m_state(new StatePanel(this))
{
    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_summary, 1);
    toolbar->addWidget(m_suspendAll);
    toolbar->addWidget(m_refresh);

    // About 45 characters: room for a status choice and its reason; a GUID goes under its label.
    auto *splitter = new MasterDetailSplitter(m_table, m_details,
                                              fontMetrics().averageCharWidth() * 46, m_content);
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(splitter);

    m_stack->addWidget(m_content);
    m_stack->addWidget(m_state);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addLayout(toolbar);
    layout->addWidget(m_stack, 1);
    setTabOrder(m_suspendAll, m_refresh);
    setTabOrder(m_refresh, m_table);

    SubscriptionModel *model = session->subscriptionModel();
    connect(m_table, &SubscriptionTableView::currentSubscriptionChanged, m_details,
            &SubscriptionDetailsPanel::setSubscriptionId);
    connect(model, &SubscriptionModel::activeCountChanged, this, &SubscriptionsPage::updateState);
    connect(model, &QAbstractItemModel::modelReset, this, &SubscriptionsPage::updateState);
    connect(model, &SubscriptionModel::loadedChanged, this, &SubscriptionsPage::updateState);
    connect(session, &CustomerSession::stateChanged, this, &SubscriptionsPage::updateState);
    connect(m_refresh, &QPushButton::clicked, session, &CustomerSession::refresh);
    connect(m_suspendAll, &QPushButton::clicked, this, &SubscriptionsPage::suspendAll);
    connect(m_state, &StatePanel::buttonClicked, session, &CustomerSession::refresh);
    connect(m_workflow, &SuspendAllWorkflow::finished, this, &SubscriptionsPage::updateState);
    retranslateUi();
}

void SubscriptionsPage::showSubscription(const QString &subscriptionId)
{
    if (!m_table->selectSubscription(subscriptionId))
        return;
    // Straight to the choice the portal asks for: Suspended.
    m_details->suspendedChoice()->setFocus(Qt::OtherFocusReason);
}

void SubscriptionsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SubscriptionsPage::retranslateUi()
{
    m_suspendAll->setText(tr("Suspend all active…"));
    m_suspendAll->setAccessibleName(tr("Suspend all active…"));
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Read this customer's subscriptions again from Partner Center"));
    m_table->setAccessibleName(tr("Subscriptions"));
    updateState();
}

void SubscriptionsPage::updateState()
{
    SubscriptionModel *model = m_session->subscriptionModel();
    const int active = model->activeCount();
    const bool loaded = model->isLoaded();
    m_summary->setText(loaded ? tr("%Ln subscription(s)", "", model->count()) + u" · "_s +
                                    tr("%Ln active", "subscriptions", active)
                              : QString());

    QString why;
    if (!m_context.claims.mayChangeSubscriptions())
        why = tr("Your role (%1) does not allow changing subscriptions.")
                  .arg(m_context.claims.roleSummary());
    else if (!loaded)
        why = tr("The subscriptions are still loading.");
    else if (m_workflow->isRunning())
        why = tr("Suspending is already under way.");
    else if (active == 0)
        why = tr("No subscription is active.");
    m_suspendAll->setEnabled(why.isEmpty());
    m_suspendAll->setToolTip(why.isEmpty() ? tr("Suspend every active subscription of this "
                                                "customer, with a result for each")
                                           : why);
    m_suspendAll->setAccessibleDescription(why);

    const auto state = m_session->state();
    if (loaded && model->count() > 0) {
        m_stack->setCurrentWidget(m_content);
    } else if (state == CustomerSession::State::Failed) {
        m_stack->setCurrentWidget(m_state);
        m_state->setState(StatePanel::Tone::Error, tr("Subscriptions could not be loaded"),
                          m_session->error().userMessage(), tr("Retry"));
    } else if (!loaded || state == CustomerSession::State::Loading) {
        m_stack->setCurrentWidget(m_state);
        m_state->setState(StatePanel::Tone::Busy, tr("Loading subscriptions…"), QString());
    } else {
        m_stack->setCurrentWidget(m_state);
        m_state->setState(StatePanel::Tone::Info, tr("No subscriptions"),
                          tr("This customer has no subscriptions with you."));
    }
}

void SubscriptionsPage::suspendAll()
{
    const Customer customer = m_session->customer();
    // A fresh dialog per run: the page is reused for the next customer, the dialog is not.
    if (m_dialog)
        m_dialog->deleteLater();
    m_dialog = new SuspendAllDialog(m_workflow, customer.id, customer.companyName(), this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->start();
}
