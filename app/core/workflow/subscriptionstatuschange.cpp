#include "subscriptionstatuschange.h"

#include "core/api/pendingcall.h"
#include "core/audit/auditaction.h"
#include "core/audit/auditlog.h"
#include "core/models/subscriptionmodel.h"

using namespace Qt::Literals::StringLiterals;

namespace {
QString actionFor(const SubscriptionStatus &target)
{
    switch (target.value()) {
    case SubscriptionStatus::Value::Suspended:
        return AuditAction::name(AuditAction::SuspendSubscription);
    case SubscriptionStatus::Value::Active:
        return AuditAction::name(AuditAction::ReactivateSubscription);
    case SubscriptionStatus::Value::Deleted:
        return AuditAction::name(AuditAction::CancelSubscription);
    default:
        return AuditAction::name(AuditAction::ChangeSubscriptionStatus);
    }
}
} // namespace

SubscriptionStatusChange::SubscriptionStatusChange(PartnerCenterClient *client,
                                                   SubscriptionModel *model, AuditLog *audit,
                                                   QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
    , m_audit(audit)
{
}

void SubscriptionStatusChange::start(const QString &customerId, const QString &customerName,
                                     const Subscription &subscription,
                                     const SubscriptionStatus &target)
{
    if (m_running)
        return;
    m_running = true;
    m_options = CallOptions();
    m_customerId = customerId;
    m_customerName = customerName;
    m_before = subscription;
    m_target = target;
    record(AuditEntry::Outcome::Attempted, target.toWire(), {});
    m_call = m_client->setSubscriptionStatus(
        customerId, subscription, target, this,
        [this](const Result<Subscription> &result) {
            m_call = nullptr;
            if (result.ok()) {
                if (m_model && m_model->customerId() == m_customerId)
                    m_model->updateSubscription(result.value());
                record(AuditEntry::Outcome::Succeeded, result.value().status.toWire(), {});
            } else {
                const bool cancelled = result.error().kind() == ApiError::Kind::Cancelled;
                record(cancelled ? AuditEntry::Outcome::Cancelled : AuditEntry::Outcome::Failed,
                       m_target.toWire(), result.error());
            }
            rereadThenFinish(result);
        },
        m_options);
}

void SubscriptionStatusChange::rereadThenFinish(const Result<Subscription> &result)
{
    // Whatever happened, the model shows the server's truth afterwards: suspending a base
    // subscription suspends its add-ons too, and a refused or cancelled change may still
    // have been applied, or someone else may have changed the subscription meanwhile.
    const auto finish = [this, result] {
        m_running = false;
        if (result.ok())
            emit finished(true, result.value(), {});
        else
            emit finished(false, m_before, result.error());
    };
    if (!m_model || m_model->customerId() != m_customerId) {
        finish();
        return;
    }
    m_call = m_client->listSubscriptions(
        m_customerId, this,
        [this, finish](const Result<QList<Subscription>> &fresh) {
            m_call = nullptr;
            if (fresh.ok() && m_model && m_model->customerId() == m_customerId)
                m_model->setSubscriptions(fresh.value());
            finish();
        },
        m_options);
}

void SubscriptionStatusChange::suspend(const QString &customerId, const QString &customerName,
                                       const Subscription &s)
{
    start(customerId, customerName, s, SubscriptionStatus(SubscriptionStatus::Value::Suspended));
}

void SubscriptionStatusChange::reactivate(const QString &customerId, const QString &customerName,
                                          const Subscription &s)
{
    start(customerId, customerName, s, SubscriptionStatus(SubscriptionStatus::Value::Active));
}

void SubscriptionStatusChange::cancelSubscription(const QString &customerId,
                                                  const QString &customerName,
                                                  const Subscription &s)
{
    start(customerId, customerName, s, SubscriptionStatus(SubscriptionStatus::Value::Deleted));
}

void SubscriptionStatusChange::abort()
{
    if (m_call)
        m_call->cancel();
}

void SubscriptionStatusChange::record(AuditEntry::Outcome outcome, const QString &newStatus,
                                      const ApiError &error)
{
    AuditLog::record(m_audit,
                     {actionFor(m_target), m_customerId, m_customerName, m_before.id,
                      m_before.displayName(), m_before.status.toWire()},
                     outcome, newStatus, m_options.correlationId, error);
}
