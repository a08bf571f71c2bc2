#include "purchasedetailspanel.h"

#include "core/api/clock.h"
#include "core/customer/customerstate.h"
#include "core/display/displayformat.h"
#include "core/display/displaynames.h"
#include "core/job/cancelorderjob.h"
#include "ui/detailsform.h"

#include <QEvent>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
enum Row { TypeRow, ProductRow, OrderRow, QuantityRow, StatusRow, ExpiresRow, CancellableUntilRow };
} // namespace

PurchaseDetailsPanel::PurchaseDetailsPanel(const AppContext &context, QWidget *parent)
    : DetailsPanel(parent)
    , m_context(context)
    , m_openUrl(UrlOpener::system())
    , m_explanation(new QLabel(actionBox()))
    , m_cancel(new QPushButton(actionBox()))
    , m_portal(new QPushButton(actionBox()))
{
    using Value = DetailsForm::Value;
    for (Value kind : {Value::Text, Value::Identifier, Value::Identifier, Value::Text, Value::Text,
                       Value::Text, Value::Text})
        form()->addRow(kind);
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    actionLayout()->addWidget(m_explanation);
    actionLayout()->addWidget(m_cancel, 0, Qt::AlignLeft);
    actionLayout()->addWidget(m_portal, 0, Qt::AlignLeft);

    connect(m_cancel, &QPushButton::clicked, this, [this] { emit cancelRequested(m_orderId); });
    connect(m_portal, &QPushButton::clicked, this, [this] { m_openUrl(reservationsPortalUrl()); });
    retranslateUi();
}

QUrl PurchaseDetailsPanel::reservationsPortalUrl()
{
    return QUrl(u"https://portal.azure.com/#view/Microsoft_Azure_Reservations/"
                "ReservationsBrowseBlade"_s);
}

void PurchaseDetailsPanel::setState(CustomerState *state)
{
    if (m_state)
        disconnect(m_state, nullptr, this, nullptr);
    m_state = state;
    m_orderId.clear();
    m_busy = false;
    setOutcomeScope(m_state, m_orderId);
    if (state) {
        connect(state, &CustomerState::purchasesChanged, this,
                &PurchaseDetailsPanel::updateFromState);
        connect(state, &CustomerState::purchasesReplaced, this,
                &PurchaseDetailsPanel::updateFromState);
    }
    updateFromState();
}

void PurchaseDetailsPanel::setOrderId(const QString &orderId)
{
    if (orderId == m_orderId)
        return;
    m_orderId = orderId;
    setOutcomeScope(m_state, m_orderId);
    updateFromState();
}

void PurchaseDetailsPanel::setBusy(bool busy)
{
    m_busy = busy;
    if (busy)
        showOutcome(outcomeScope(), Palette::Outcome::Neutral,
                    [] { return tr("Cancelling the order in Partner Center…"); });
    updateFromState();
}

void PurchaseDetailsPanel::showResult(const CustomerState *state, const JobItem &item)
{
    const OutcomeLabel::Scope about{state, item.id};
    // ✓ / ⚠ / ✗ as well as colour: the outcome never relies on colour alone.
    if (item.succeeded())
        showOutcome(about, Palette::Outcome::Success, [item] {
            return tr("✓ Cancelled. The order for %1 is cancelled.", "%1 is a product name")
                .arg(item.name);
        });
    else if (item.outcomeUnknown())
        showOutcome(about, Palette::Outcome::Uncertain, [item] {
            return tr("⚠ Outcome unknown. %1\n\nThe order could not be read back either. "
                      "Check its status (read again now) before trying again.",
                      "%1 is the error message with its details")
                .arg(item.error.userMessage());
        });
    else
        showOutcome(about, Palette::Outcome::Failure,
                    [item] { return tr("✗ Not cancelled. %1").arg(item.error.userMessage()); });
}

QString PurchaseDetailsPanel::explanationText() const
{
    return m_explanation->text();
}

void PurchaseDetailsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    DetailsPanel::changeEvent(event);
}

void PurchaseDetailsPanel::retranslateUi()
{
    const QStringList labels{tr("Type:", "software purchase or Azure reservation"),
                             tr("Product:", "product and SKU ID"),
                             tr("Order ID:"),
                             tr("Quantity:"),
                             tr("Status:", "status of a purchase"),
                             tr("Expires:"),
                             tr("Cancellable until:", "last moment a purchase can be cancelled")};
    for (int row = 0; row < labels.size(); ++row)
        form()->setLabel(row, labels.at(row));
    actionBox()->setTitle(tr("Cancellation", "of a purchase"));
    m_cancel->setText(tr("Cancel order…", "cancel a software purchase"));
    m_cancel->setAccessibleName(m_cancel->text());
    m_portal->setText(tr("Open the Azure portal"));
    m_portal->setAccessibleName(m_portal->text());
    updateFromState();
}

QString PurchaseDetailsPanel::explanation(const Entitlement &e) const
{
    const QDateTime now = m_context.clock->now();
    switch (e.type) {
    case Entitlement::Type::ReservedInstance:
        return tr("Azure reservations are cancelled or exchanged in the Azure portal (or through "
                  "Azure support), not in Partner Center. Once it is cancelled there, use "
                  "Refresh.");
    case Entitlement::Type::Other:
        return tr("PartnerDesk does not know this kind of purchase, so it cannot cancel it.");
    case Entitlement::Type::Software:
        break;
    }
    if (const ApiError refusal = CancelOrderJob::refusalFor(e, now); refusal.isError())
        return refusal.description();
    if (!m_context.claims.mayChangeSubscriptions())
        return tr("Your role (%1) does not allow cancelling purchases. An Admin agent or a "
                  "Global admin can do it.")
            .arg(m_context.claims.roleSummary());
    return tr("This purchase can be cancelled until %1. It is refunded according to Microsoft's "
              "cancellation policy; a cancelled order cannot be restored.")
        .arg(DisplayFormat::dateTime(e.cancellationAllowedUntilDate));
}

void PurchaseDetailsPanel::updateFromState()
{
    const Entitlement *e = m_state ? m_state->purchase(m_orderId) : nullptr;
    if (!e) {
        showNothing(tr("Purchase details"), tr("Select a purchase to see its details and whether "
                                               "it can still be cancelled."));
        return;
    }
    showItem(e->displayName());
    form()->setValue(TypeRow, DisplayNames::entitlementType(e->type));
    form()->setValue(ProductRow, CancelOrderJob::offerIdFor(*e));
    form()->setValue(OrderRow, e->orderId);
    form()->setValue(QuantityRow, QLocale().toString(e->quantity));
    form()->setValue(StatusRow, DisplayNames::purchaseStatus(e->status));
    form()->setValue(ExpiresRow, DisplayFormat::dateTime(e->expiryDate));
    const QDateTime now = m_context.clock->now();
    form()->setValue(CancellableUntilRow,
                     DisplayFormat::windowEnd(e->cancellationAllowedUntilDate, now));

    const bool software = e->type == Entitlement::Type::Software;
    const bool cancellable = software && !CancelOrderJob::refusalFor(*e, now).isError() &&
                             m_context.claims.mayChangeSubscriptions();
    m_explanation->setText(explanation(*e));
    // Only where cancelling is this app's business; a disabled button would promise it is.
    m_cancel->setVisible(cancellable);
    m_cancel->setEnabled(!m_busy);
    const QString why = m_busy ? tr("The order is being cancelled…") : QString();
    m_cancel->setToolTip(why);
    m_cancel->setAccessibleDescription(why);
    m_portal->setVisible(e->type == Entitlement::Type::ReservedInstance);
}
