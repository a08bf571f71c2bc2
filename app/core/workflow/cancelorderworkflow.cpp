#include "cancelorderworkflow.h"

#include "core/audit/auditaction.h"
#include "core/models/displayformat.h"

#include "core/api/clock.h"
#include "core/api/pendingcall.h"
#include "core/audit/auditlog.h"
#include "core/models/entitlementmodel.h"

#include <QLocale>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace {
// The same code Partner Center answers with when the window has passed, so a refusal made here
// reads exactly like the server's own.
const QString WindowPassedCode = u"900117"_s;
} // namespace

CancelOrderWorkflow::CancelOrderWorkflow(PartnerCenterClient *client, EntitlementModel *model,
                                         AuditLog *audit, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
    , m_audit(audit)
    , m_clock(client->clock())
{
}

QString CancelOrderWorkflow::offerIdFor(const Entitlement &entitlement)
{
    return entitlement.skuId.isEmpty() ? entitlement.productId
                                       : entitlement.productId + u':' + entitlement.skuId;
}

ApiError CancelOrderWorkflow::refusalFor(const Entitlement &entitlement, const QDateTime &now)
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
                .arg(name, EntitlementModel::statusDisplayName(entitlement.status)));
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

void CancelOrderWorkflow::start(const QString &customerId, const QString &customerName,
                                const Entitlement &entitlement)
{
    if (isRunning())
        return;
    ++m_generation;
    m_options = CallOptions();
    m_customerId = customerId;
    m_customerName = customerName;
    m_entitlement = entitlement;
    m_ok = false;
    m_error = {};
    m_orderStatus.clear();
    m_calls.clear();

    const QDateTime now = m_clock ? m_clock->now() : QDateTime::currentDateTimeUtc();
    if (const ApiError refusal = refusalFor(entitlement, now); refusal.isError()) {
        m_phase = Phase::Refusing;
        m_error = refusal;
        record(AuditEntry::Outcome::Refused, {}, refusal);
        // Answered like a call that failed: after start() returns, so a caller that sets up
        // its busy state after start() is not confused by an early answer.
        QMetaObject::invokeMethod(
            this,
            [this, generation = m_generation] {
                if (generation == m_generation && m_phase == Phase::Refusing)
                    finish();
            },
            Qt::QueuedConnection);
        return;
    }

    m_phase = Phase::Cancelling;
    record(AuditEntry::Outcome::Attempted, u"cancelled"_s, {});
    m_calls.append(m_client->cancelOrder(
        customerId, entitlement.orderId, offerIdFor(entitlement), this,
        [this, generation = m_generation](const Result<Order> &result) {
            if (generation == m_generation)
                cancelled(result);
        },
        m_options));
}

void CancelOrderWorkflow::cancel()
{
    switch (m_phase) {
    case Phase::Idle:
        return;
    case Phase::Refusing:
        finish();
        return;
    case Phase::Cancelling:
        // The PATCH reports Cancelled through its callback, which goes on to the re-read: the
        // request may have reached the server before we stopped waiting for it.
        break;
    case Phase::Reading:
        // Stopping the re-read: its callbacks belong to an older generation from here on.
        ++m_generation;
        break;
    }
    // Cancelling reports through the callbacks, which may re-enter: work on a copy.
    const QList<QPointer<PendingCall>> calls = std::exchange(m_calls, {});
    for (const QPointer<PendingCall> &call : calls) {
        if (call)
            call->cancel();
    }
    if (m_phase == Phase::Reading && m_calls.isEmpty())
        finish();
}

void CancelOrderWorkflow::cancelled(const Result<Order> &result)
{
    m_calls.clear();
    m_ok = result.ok();
    if (result.ok()) {
        m_orderStatus =
            result.value().status.isEmpty() ? u"cancelled"_s : result.value().status.toLower();
        record(AuditEntry::Outcome::Succeeded, m_orderStatus, {});
    } else {
        m_error = result.error();
        const bool stopped = m_error.kind() == ApiError::Kind::Cancelled;
        record(stopped ? AuditEntry::Outcome::Cancelled : AuditEntry::Outcome::Failed,
               u"cancelled"_s, m_error);
    }
    // Success or not, the server is the authority on what the purchases look like now.
    reread();
}

void CancelOrderWorkflow::reread()
{
    m_phase = Phase::Reading;
    m_software.clear();
    m_reservations.clear();
    m_freshOk = true;
    m_pending = 2;
    const auto into = [this](QList<Entitlement> *list) {
        return [this, list, generation = m_generation](const Result<QList<Entitlement>> &result) {
            if (generation != m_generation)
                return;
            if (result.ok())
                *list = result.value();
            else
                m_freshOk = false;
            readDone();
        };
    };
    m_calls.append(m_client->listEntitlements(m_customerId, Entitlement::Type::Software, this,
                                              into(&m_software), m_options));
    m_calls.append(m_client->listEntitlements(m_customerId, Entitlement::Type::ReservedInstance,
                                              this, into(&m_reservations), m_options));
}

void CancelOrderWorkflow::readDone()
{
    if (--m_pending > 0)
        return;
    m_calls.clear();
    if (modelIsOurs()) {
        if (m_freshOk) {
            // Same order as CustomerSession loads them, so rows do not jump around.
            m_model->setEntitlements(m_software + m_reservations);
        } else if (m_ok) {
            // The re-read failed, but the PATCH answer is the server's word on this order.
            const QList<Entitlement> rows = m_model->entitlements();
            for (Entitlement e : rows) {
                if (e.orderId != m_entitlement.orderId)
                    continue;
                e.status = m_orderStatus;
                m_model->updateEntitlement(e);
            }
        }
    }
    finish();
}

void CancelOrderWorkflow::finish()
{
    m_phase = Phase::Idle;
    m_pending = 0;
    m_calls.clear();
    emit finished(m_ok, m_ok ? ApiError() : m_error);
}

bool CancelOrderWorkflow::modelIsOurs() const
{
    // The user may have moved to another customer meanwhile: never write into their rows.
    return m_model && m_model->customerId() == m_customerId;
}

void CancelOrderWorkflow::record(AuditEntry::Outcome outcome, const QString &newStatus,
                                 const ApiError &error)
{
    AuditLog::record(m_audit,
                     {AuditAction::name(AuditAction::CancelOrder), m_customerId, m_customerName,
                      m_entitlement.orderId, m_entitlement.displayName(),
                      m_entitlement.status.toLower()},
                     outcome, newStatus, m_options.correlationId, error);
}
