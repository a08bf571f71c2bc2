#include "purchasespage.h"

#include "core/customer/customerstate.h"
#include "core/job/cancelorderjob.h"
#include "core/models/entitlementmodel.h"
#include "ui/entitlementtableview.h"
#include "ui/messageboxes.h"
#include "ui/purchasedetailspanel.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

PurchasesPage::PurchasesPage(const AppContext &context, QWidget *parent)
    : TablePage(Kind::Section, parent)
    , m_context(context)
    , m_model(new EntitlementModel(this))
    , m_summary(new QLabel(this))
    , m_table(new EntitlementTableView(m_model, this))
    , m_details(new PurchaseDetailsPanel(context, this))
{
    addToolbarWidget(m_summary, 1);
    setContent(m_table, m_details, DetailsPanel::besideWidth(fontMetrics()));

    connect(m_table, &EntitlementTableView::currentOrderChanged, m_details,
            &PurchaseDetailsPanel::setOrderId);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PurchasesPage::updateState);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &PurchasesPage::updateState);
    const auto refresh = [this] {
        if (m_state)
            m_state->refresh();
    };
    connect(this, &TablePage::refreshRequested, this, refresh);
    connect(this, &TablePage::stateButtonClicked, this, refresh);
    connect(m_details, &PurchaseDetailsPanel::cancelRequested, this,
            &PurchasesPage::cancelPurchase);
    retranslateUi();
}

void PurchasesPage::setState(std::shared_ptr<CustomerState> state)
{
    if (m_state)
        disconnect(m_state.get(), nullptr, this, nullptr);
    // A cancellation still running reports into the previous customer's state, not here.
    if (m_job)
        disconnect(m_job, nullptr, this, nullptr);
    m_job = nullptr;
    m_state = std::move(state);
    m_model->setState(m_state.get());
    m_details->setState(m_state.get());
    if (m_state)
        connect(m_state.get(), &CustomerState::loadStateChanged, this, &PurchasesPage::updateState);
    updateState();
}

bool PurchasesPage::isCancelling() const
{
    return m_job && m_job->isRunning();
}

bool PurchasesPage::showPurchase(const QString &orderId)
{
    if (!m_table->selectOrder(orderId))
        return false;
    // A re-read that replaced the rows clears the view's selection; the panel follows the order.
    m_details->setOrderId(orderId);
    return true;
}

void PurchasesPage::cancelPurchase(const QString &orderId)
{
    if (isCancelling() || !showPurchase(orderId))
        return;
    const Entitlement entitlement = *m_state->purchase(orderId);
    const std::shared_ptr<CustomerState> state = m_state;
    MessageBoxes::question(
        this, tr("Cancel software order"),
        tr("Cancel the order for %1? The purchase is refunded according to Microsoft's "
           "cancellation policy and cannot be restored.")
            .arg(entitlement.displayName()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
        [this, state, entitlement](MessageBoxes::Button answer) {
            // Answered for the customer it was asked about, and only once.
            if (answer != QMessageBox::Yes || isCancelling() || state != m_state)
                return;
            m_details->setBusy(true);
            m_job = new CancelOrderJob(state, m_context.audit, entitlement, this);
            m_job->setAutoDelete(true);
            connect(m_job, &Job::finished, this, &PurchasesPage::onCancelFinished);
            m_job->start();
        },
        tr("Cancel order", "confirm cancelling a software order"));
}

void PurchasesPage::onCancelFinished(const JobResult &result)
{
    // The job has read the purchases again: the table and the blockers show the server's
    // state, whatever the answer was.
    const JobItem item = result.items.value(0);
    m_details->setBusy(false);
    // Keep the row the result is about selected, and the result under it.
    m_table->selectOrder(item.id);
    m_details->showResult(m_state.get(), item);
    // Nobody knows what the server did: read once more, so the table shows its word.
    if (item.outcomeUnknown() && m_state)
        m_state->refresh(CustomerState::Part::Purchases);
    updateState();
}

void PurchasesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    TablePage::changeEvent(event);
}

void PurchasesPage::retranslateUi()
{
    refreshButton()->setText(tr("Refresh"));
    refreshButton()->setAccessibleName(tr("Refresh"));
    refreshButton()->setToolTip(tr("Read this customer's purchases again from Partner Center"));
    m_table->setAccessibleName(tr("Software purchases and Azure reservations"));
    updateState();
}

void PurchasesPage::updateState()
{
    using Part = CustomerState::Part;
    int software = 0;
    int reservations = 0;
    if (m_state) {
        for (const Entitlement &e : m_state->purchases()) {
            software += e.type == Entitlement::Type::Software ? 1 : 0;
            reservations += e.type == Entitlement::Type::ReservedInstance ? 1 : 0;
        }
    }
    const bool loaded = m_model->isLoaded();
    m_summary->setText(loaded ? tr("%Ln software purchase(s)", "", software) + u" · "_s +
                                    tr("%Ln Azure reservation(s)", "", reservations)
                              : QString());

    const auto state =
        m_state ? m_state->loadState(Part::Purchases) : CustomerState::LoadState::NotLoaded;
    // Reading again failed: the rows stay, as last read, and the page says so above them.
    setBanner(loaded && state == CustomerState::LoadState::Failed
                  ? tr("The purchases could not be read again; they are shown as last read. %1")
                        .arg(m_state->error(Part::Purchases).userMessage())
                  : QString());
    if (loaded && m_model->rowCount() > 0) {
        showContent();
    } else if (state == CustomerState::LoadState::Failed) {
        showState(StatePanel::Tone::Error, tr("Purchases could not be loaded"),
                  m_state->error(Part::Purchases).userMessage(), tr("Retry"));
    } else if (!loaded || state == CustomerState::LoadState::Loading) {
        showState(StatePanel::Tone::Busy, tr("Loading purchases…"), QString());
    } else {
        showState(StatePanel::Tone::Info, tr("No software purchases or Azure reservations"),
                  tr("This customer has bought no software and no Azure reservations "
                     "through you, so nothing here stands in the way of removing the "
                     "relationship."));
    }
}
