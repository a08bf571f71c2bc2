#include "purchasespage.h"

#include "core/models/customersession.h"
#include "core/models/entitlementmodel.h"
#include "core/workflow/cancelorderworkflow.h"
#include "ui/entitlementtableview.h"
#include "ui/masterdetailsplitter.h"
#include "ui/messageboxes.h"
#include "ui/purchasedetailspanel.h"
#include "ui/statepanel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

PurchasesPage::PurchasesPage(CustomerSession *session, const AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_context(context)
    , m_workflow(
          new CancelOrderWorkflow(context.client, session->entitlementModel(), context.audit, this))
    , m_summary(new QLabel(this))
    , m_refresh(new QPushButton(this))
    , m_stack(new QStackedWidget(this))
    , m_content(new QWidget(this))
    , m_table(new EntitlementTableView(session->entitlementModel(), m_content))
    , m_details(new PurchaseDetailsPanel(session->entitlementModel(), context, m_content))
    , m_state(new StatePanel(this))
{
    m_workflow->setClock(context.clock);
    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_summary, 1);
    toolbar->addWidget(m_refresh);

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
    setTabOrder(m_refresh, m_table);

    EntitlementModel *model = session->entitlementModel();
    connect(m_table, &EntitlementTableView::currentOrderChanged, m_details,
            &PurchaseDetailsPanel::setOrderId);
    connect(model, &QAbstractItemModel::modelReset, this, &PurchasesPage::updateState);
    connect(model, &QAbstractItemModel::dataChanged, this, &PurchasesPage::updateState);
    connect(model, &EntitlementModel::loadedChanged, this, &PurchasesPage::updateState);
    connect(session, &CustomerSession::stateChanged, this, &PurchasesPage::updateState);
    connect(m_refresh, &QPushButton::clicked, session, &CustomerSession::refresh);
    connect(m_state, &StatePanel::buttonClicked, session, &CustomerSession::refresh);
    connect(m_details, &PurchaseDetailsPanel::cancelRequested, this,
            &PurchasesPage::cancelPurchase);
    connect(m_workflow, &CancelOrderWorkflow::finished, this, &PurchasesPage::onCancelFinished);
    retranslateUi();
}

bool PurchasesPage::showPurchase(const QString &orderId)
{
    if (!m_table->selectOrder(orderId))
        return false;
    // The model reset of a re-read clears the view's selection; the panel follows the order.
    m_details->setOrderId(orderId);
    return true;
}

void PurchasesPage::cancelPurchase(const QString &orderId)
{
    if (m_workflow->isRunning() || !showPurchase(orderId))
        return;
    const EntitlementModel *model = m_session->entitlementModel();
    const Entitlement entitlement = *model->entitlementAt(model->rowOfOrder(orderId));
    const Customer customer = m_session->customer();
    MessageBoxes::question(
        this, tr("Cancel software order"),
        tr("Cancel the order for %1? The purchase is refunded according to Microsoft's "
           "cancellation policy and cannot be restored.")
            .arg(entitlement.displayName()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
        [this, customer, entitlement](MessageBoxes::Button answer) {
            if (answer != QMessageBox::Yes || m_workflow->isRunning())
                return;
            m_cancellingName = entitlement.displayName();
            m_cancellingOrderId = entitlement.orderId;
            m_details->setBusy(true);
            m_workflow->start(customer.id, customer.companyName(), entitlement);
        },
        tr("Cancel order", "confirm cancelling a software order"));
}

void PurchasesPage::onCancelFinished(bool ok, const ApiError &error)
{
    // The workflow has re-read the purchases: the table and the blockers show the server's
    // state, whatever the answer was.
    m_details->setBusy(false);
    m_details->showResult(ok, m_cancellingName, error);
    // The re-read reset the table; keep the row the result is about selected.
    m_table->selectOrder(m_cancellingOrderId);
    updateState();
}

void PurchasesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PurchasesPage::retranslateUi()
{
    m_refresh->setText(tr("Refresh"));
    m_refresh->setAccessibleName(tr("Refresh"));
    m_refresh->setToolTip(tr("Read this customer's purchases again from Partner Center"));
    m_table->setAccessibleName(tr("Software purchases and Azure reservations"));
    updateState();
}

void PurchasesPage::updateState()
{
    const EntitlementModel *model = m_session->entitlementModel();
    int software = 0;
    int reservations = 0;
    for (const Entitlement &e : model->entitlements()) {
        software += e.type == Entitlement::Type::Software ? 1 : 0;
        reservations += e.type == Entitlement::Type::ReservedInstance ? 1 : 0;
    }
    const bool loaded = model->isLoaded();
    m_summary->setText(loaded ? tr("%Ln software purchase(s)", "", software) + u" · "_s +
                                    tr("%Ln Azure reservation(s)", "", reservations)
                              : QString());

    const auto state = m_session->state();
    if (loaded && model->count() > 0) {
        m_stack->setCurrentWidget(m_content);
    } else if (state == CustomerSession::State::Failed) {
        m_stack->setCurrentWidget(m_state);
        m_state->setState(StatePanel::Tone::Error, tr("Purchases could not be loaded"),
                          m_session->error().userMessage(), tr("Retry"));
    } else if (!loaded || state == CustomerSession::State::Loading) {
        m_stack->setCurrentWidget(m_state);
        m_state->setState(StatePanel::Tone::Busy, tr("Loading purchases…"), QString());
    } else {
        m_stack->setCurrentWidget(m_state);
        m_state->setState(StatePanel::Tone::Info, tr("No software purchases or Azure reservations"),
                          tr("This customer has bought no software and no Azure reservations "
                             "through you, so nothing here stands in the way of removing the "
                             "relationship."));
    }
}
