#include "cancelorderjob.h"

#include "core/api/clock.h"
#include "core/audit/auditaction.h"
#include "core/display/displayformat.h"
#include "core/display/displaynames.h"

using namespace Qt::Literals::StringLiterals;

namespace {
// The same code Partner Center answers with when the window has passed, so a refusal made here
// reads exactly like the server's own.
const QString WindowPassedCode = u"900117"_s;
} // namespace

CancelOrderJob::CancelOrderJob(std::shared_ptr<CustomerState> state, AuditLog *audit,
                               const Entitlement &entitlement, QObject *parent)
    : Job(std::move(state), audit, parent)
    , m_entitlement(entitlement)
{
}

QString CancelOrderJob::offerIdFor(const Entitlement &entitlement)
{
    return entitlement.skuId.isEmpty() ? entitlement.productId
                                       : entitlement.productId + u':' + entitlement.skuId;
}

ApiError CancelOrderJob::refusalFor(const Entitlement &entitlement, const QDateTime &now)
{
    const QString name = entitlement.displayName();
    if (entitlement.type == Entitlement::Type::ReservedInstance) {
        // Partner Center has no API to cancel an Azure reservation; the checklist sends the
        // admin to the Azure portal, and this must not pretend otherwise.
        return ApiError(ApiError::Kind::Refused,
                        tr("The Azure reservation “%1” is cancelled in the Azure portal, not "
                           "here.",
                           "%1 is the reservation name")
                            .arg(name));
    }
    if (entitlement.orderId.isEmpty()) {
        // The contract promises referenceOrder.id; without it there is nothing to address.
        return ApiError(ApiError::Kind::Refused,
                        tr("The purchase “%1” came without an order ID, so it cannot be "
                           "cancelled here.",
                           "%1 is the product name")
                            .arg(name));
    }
    if (entitlement.canCancelAt(now))
        return {};
    ApiError error(ApiError::Kind::Refused);
    error.setCode(WindowPassedCode);
    if (!entitlement.isActiveAt(now)) {
        error.setDescription(
            tr("The purchase “%1” is no longer active (%2), so there is nothing to cancel.",
               "%1 is the product name, %2 its status, e.g. Cancelled or Expired")
                .arg(name, DisplayNames::purchaseStatus(entitlement.status)));
    } else if (entitlement.cancellationAllowedUntilDate.isValid()) {
        error.setDescription(
            tr("The purchase “%1” could only be cancelled until %2.",
               "%1 is the product name, %2 a date and time")
                .arg(name, DisplayFormat::dateTime(entitlement.cancellationAllowedUntilDate)));
    } else {
        error.setDescription(
            tr("The purchase “%1” has no cancellation window.", "%1 is the product name")
                .arg(name));
    }
    return error;
}

void CancelOrderJob::run()
{
    const Entitlement &e = m_entitlement;
    JobItem item{e.orderId, e.displayName(), AuditAction::name(AuditAction::CancelOrder),
                 e.status.toLower(), u"cancelled"_s};
    setTotal(1);
    if (const ApiError refusal = refusalFor(e, clock()->now()); refusal.isError()) {
        item.outcome = JobItem::Outcome::Refused;
        item.error = refusal;
        reportItem(item);
        finish();
        return;
    }

    const QString orderId = e.orderId;
    Change c;
    c.item = item;
    c.send = [this](Change::Sent sent) {
        return client()->cancelOrder(
            state()->customerId(), m_entitlement.orderId, offerIdFor(m_entitlement), this,
            [sent](const Result<Order> &result) {
                const QString status = !result.ok() || result.value().status.isEmpty()
                                           ? u"cancelled"_s
                                           : result.value().status.toLower();
                sent(result.error(), result.ok() ? status : QString());
            },
            callOptions());
    };
    c.readBack = CustomerState::Part::Purchases;
    c.applied = [this, orderId](const ApiError &readError) {
        const Entitlement *now = state()->purchase(orderId);
        return !readError.isError() && now && now->status.toLower() == "cancelled"_L1;
    };
    change(c, [this, orderId](const JobItem &done, bool readBack) {
        if (readBack) {
            finish();
            return;
        }
        // Success or not, the server is the authority on what the purchases look like now.
        reread(CustomerState::Part::Purchases, [this, orderId, done](const ApiError &error) {
            // Without the re-read, the PATCH answer is the server's word on this order.
            if (error.isError())
                state()->applyOrderStatus(orderId, done.newStatus);
            finish();
        });
    });
}
