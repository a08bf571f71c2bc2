#include "purchasedetailspanel.h"

#include "core/api/clock.h"
#include "core/models/displayformat.h"
#include "core/models/entitlementmodel.h"
#include "core/workflow/cancelorderworkflow.h"
#include "ui/detailsform.h"
#include "ui/headinglabel.h"

#include <QBoxLayout>
#include <QEvent>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QResizeEvent>

using namespace Qt::Literals::StringLiterals;

namespace {
enum Row { TypeRow, ProductRow, OrderRow, QuantityRow, StatusRow, ExpiresRow, CancellableUntilRow };
} // namespace

PurchaseDetailsPanel::PurchaseDetailsPanel(EntitlementModel *model, const AppContext &context,
                                           QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_context(context)
    , m_openUrl(UrlOpener::system())
    , m_name(new HeadingLabel(this, HeadingLabel::Level::Section))
    , m_placeholder(new QLabel(this))
    , m_details(new QWidget(this))
    , m_body(new QBoxLayout(QBoxLayout::TopToBottom))
    , m_form(new DetailsForm(m_details))
    , m_actionBox(new QGroupBox(m_details))
    , m_explanation(new QLabel(m_actionBox))
    , m_cancel(new QPushButton(m_actionBox))
    , m_portal(new QPushButton(m_actionBox))
    , m_result(new QLabel(m_details))
{
    m_name->setWordWrap(true);
    m_name->setTextFormat(Qt::PlainText);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    using Value = DetailsForm::Value;
    for (Value kind : {Value::Text, Value::Identifier, Value::Identifier, Value::Text, Value::Text,
                       Value::Text, Value::Text})
        m_form->addRow(kind);
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *actionLayout = new QVBoxLayout(m_actionBox);
    actionLayout->addWidget(m_explanation);
    actionLayout->addWidget(m_cancel, 0, Qt::AlignLeft);
    actionLayout->addWidget(m_portal, 0, Qt::AlignLeft);
    auto *action = new QVBoxLayout;
    action->setSpacing(8);
    action->addWidget(m_actionBox);
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

    connect(model, &QAbstractItemModel::dataChanged, this, &PurchaseDetailsPanel::updateFromModel);
    connect(model, &QAbstractItemModel::modelReset, this, &PurchaseDetailsPanel::updateFromModel);
    connect(m_cancel, &QPushButton::clicked, this, [this] { emit cancelRequested(m_orderId); });
    connect(m_portal, &QPushButton::clicked, this, [this] { m_openUrl(reservationsPortalUrl()); });
    retranslateUi();
}

QUrl PurchaseDetailsPanel::reservationsPortalUrl()
{
    return QUrl(u"https://portal.azure.com/#view/Microsoft_Azure_Reservations/"
                "ReservationsBrowseBlade"_s);
}

void PurchaseDetailsPanel::setOrderId(const QString &orderId)
{
    if (orderId == m_orderId)
        return;
    m_orderId = orderId;
    m_hasResult = false;
    updateFromModel();
}

void PurchaseDetailsPanel::setBusy(bool busy)
{
    m_busy = busy;
    if (busy) {
        m_hasResult = false;
        m_result->setStyleSheet(QString());
        m_result->setText(tr("Cancelling the order in Partner Center…"));
    }
    updateFromModel();
}

void PurchaseDetailsPanel::showResult(bool ok, const QString &name, const ApiError &error)
{
    m_hasResult = true;
    m_resultOk = ok;
    m_resultName = name;
    m_resultError = error;
    updateResult();
}

void PurchaseDetailsPanel::updateResult()
{
    if (!m_hasResult)
        return;
    // ✓ / ✗ as well as colour: the outcome never relies on colour alone.
    if (m_resultOk) {
        m_result->setStyleSheet(u"color: #1e6b34;"_s);
        m_result->setText(tr("✓ Cancelled. The order for %1 is cancelled.", "%1 is a product name")
                              .arg(m_resultName));
    } else {
        m_result->setStyleSheet(u"color: #a4262c;"_s);
        m_result->setText(tr("✗ Not cancelled. %1").arg(m_resultError.userMessage()));
    }
}

QString PurchaseDetailsPanel::explanationText() const
{
    return m_explanation->text();
}

QString PurchaseDetailsPanel::resultText() const
{
    return m_result->text();
}

void PurchaseDetailsPanel::resizeEvent(QResizeEvent *event)
{
    // Under the table the panel is wide: the form and the action side by side save height.
    const int wide = fontMetrics().averageCharWidth() * 90;
    m_body->setDirection(event->size().width() >= wide ? QBoxLayout::LeftToRight
                                                       : QBoxLayout::TopToBottom);
    QWidget::resizeEvent(event);
}

void PurchaseDetailsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
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
        m_form->setLabel(row, labels.at(row));
    m_placeholder->setText(tr("Select a purchase to see its details and whether it can still "
                              "be cancelled."));
    m_actionBox->setTitle(tr("Cancellation", "of a purchase"));
    m_cancel->setText(tr("Cancel order…", "cancel a software purchase"));
    m_cancel->setAccessibleName(m_cancel->text());
    m_portal->setText(tr("Open the Azure portal"));
    m_portal->setAccessibleName(m_portal->text());
    updateFromModel();
    updateResult();
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
    if (const ApiError refusal = CancelOrderWorkflow::refusalFor(e, now); refusal.isError())
        return refusal.description();
    if (!m_context.claims.mayChangeSubscriptions())
        return tr("Your role (%1) does not allow cancelling purchases. An Admin agent or a "
                  "Global admin can do it.")
            .arg(m_context.claims.roleSummary());
    return tr("This purchase can be cancelled until %1. It is refunded according to Microsoft's "
              "cancellation policy; a cancelled order cannot be restored.")
        .arg(DisplayFormat::dateTime(e.cancellationAllowedUntilDate));
}

void PurchaseDetailsPanel::updateFromModel()
{
    const Entitlement *e = m_model->entitlementAt(m_model->rowOfOrder(m_orderId));
    m_details->setVisible(e);
    m_placeholder->setVisible(!e);
    if (!e) {
        m_name->setText(tr("Purchase details"));
        return;
    }
    m_name->setText(e->displayName());
    m_form->setValue(TypeRow, EntitlementModel::typeDisplayName(e->type));
    m_form->setValue(ProductRow, CancelOrderWorkflow::offerIdFor(*e));
    m_form->setValue(OrderRow, e->orderId);
    m_form->setValue(QuantityRow, QLocale().toString(e->quantity));
    m_form->setValue(StatusRow, EntitlementModel::statusDisplayName(e->status));
    m_form->setValue(ExpiresRow, DisplayFormat::dateTime(e->expiryDate));
    const QDateTime now = m_context.clock->now();
    m_form->setValue(CancellableUntilRow,
                     DisplayFormat::windowEnd(e->cancellationAllowedUntilDate, now));

    const bool software = e->type == Entitlement::Type::Software;
    const bool cancellable = software && !CancelOrderWorkflow::refusalFor(*e, now).isError() &&
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
