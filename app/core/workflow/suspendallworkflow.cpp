#include "suspendallworkflow.h"

#include "core/api/pendingcall.h"
#include "core/audit/auditaction.h"
#include "core/audit/auditlog.h"
#include "core/models/subscriptionmodel.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

SuspendAllWorkflow::SuspendAllWorkflow(PartnerCenterClient *client, SubscriptionModel *model,
                                       AuditLog *audit, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
    , m_audit(audit)
{
    connect(m_client, &PartnerCenterClient::throttled, this, &SuspendAllWorkflow::onThrottled);
}

SuspendAllWorkflow::~SuspendAllWorkflow()
{
    // Late callbacks are tied to this object and die with it; nothing else to stop.
    m_running = false;
}

void SuspendAllWorkflow::start(const QString &customerId, const QString &customerName)
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    m_customerId = customerId;
    m_customerName = customerName;
    m_options = CallOptions();
    m_queue.clear();
    m_addOns.clear();
    m_total = m_succeeded = m_failed = 0;
    if (m_parallelism != InitialParallelism) {
        m_parallelism = InitialParallelism;
        emit parallelismChanged(m_parallelism);
    }
    // Never trust the view: what is active now is what the server says.
    readSubscriptions(Phase::Reading);
}

void SuspendAllWorkflow::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    // Every item gets its answer, also those never started: they stay as they are.
    const QList<Subscription> notStarted = m_queue + m_addOns;
    m_queue.clear();
    m_addOns.clear();
    for (const Subscription &s : notStarted) {
        emit itemFinished(s.id, s.displayName(), false,
                          ApiError(ApiError::Kind::Cancelled,
                                   tr("Not started: the run was cancelled before it.")));
    }
    // Cancelling reports through the callbacks, which may re-enter: work on copies.
    const QList<QPointer<PendingCall>> calls = m_inFlight.values();
    for (const QPointer<PendingCall> &call : calls) {
        if (call)
            call->cancel();
    }
    if (m_read && m_phase != Phase::FinalRead)
        m_read->cancel();
}

void SuspendAllWorkflow::readSubscriptions(Phase next)
{
    m_phase = next;
    m_read = m_client->listSubscriptions(
        m_customerId, this,
        [this, next](const Result<QList<Subscription>> &result) {
            m_read = nullptr;
            onSubscriptionsRead(next, result);
        },
        m_options);
}

void SuspendAllWorkflow::onSubscriptionsRead(Phase phase, const Result<QList<Subscription>> &result)
{
    if (result.ok() && modelIsOurs())
        m_model->setSubscriptions(result.value());

    if (phase == Phase::FinalRead) {
        finish();
        return;
    }
    if (m_cancelled) {
        readSubscriptions(Phase::FinalRead);
        return;
    }

    if (phase == Phase::Reading) {
        // If the re-read failed, go on with what the model shows: each PATCH then tells.
        // Without a model there is nothing to go on with, and "nothing was active" would
        // be a lie.
        if (!result.ok() && !modelIsOurs()) {
            emit readFailed(result.error());
            finish();
            return;
        }
        const QList<Subscription> all =
            result.ok() ? result.value()
                        : (modelIsOurs() ? m_model->subscriptions() : QList<Subscription>());
        QSet<QString> activeIds;
        for (const Subscription &s : all) {
            if (s.status.countsAsActive())
                activeIds.insert(s.id);
        }
        for (const Subscription &s : all) {
            if (!s.status.countsAsActive())
                continue;
            if (s.isAddOn() && activeIds.contains(s.parentSubscriptionId))
                m_addOns.append(s);
            else
                m_queue.append(s);
        }
        m_total = int(m_queue.size() + m_addOns.size());
        emit progress(0, m_total);
        m_phase = Phase::Bases;
        pump();
        return;
    }

    // ReadingForAddOns: those suspended together with their base are done already.
    const QList<Subscription> addOns = std::exchange(m_addOns, {});
    for (const Subscription &addOn : addOns) {
        const Subscription *fresh = nullptr;
        if (result.ok()) {
            for (const Subscription &s : result.value()) {
                if (s.id == addOn.id)
                    fresh = &s;
            }
        }
        if (fresh && !fresh->status.countsAsActive()) {
            ++m_succeeded;
            emit itemFinished(addOn.id, addOn.displayName(), true, {});
            emit progress(m_succeeded + m_failed, m_total);
        } else {
            m_queue.append(fresh ? *fresh : addOn);
        }
    }
    m_phase = Phase::AddOns;
    pump();
}

void SuspendAllWorkflow::pump()
{
    while (!m_cancelled && m_inFlight.size() < m_parallelism && !m_queue.isEmpty())
        suspendOne(m_queue.takeFirst());
    if (m_queue.isEmpty() && m_inFlight.isEmpty())
        phaseDone();
}

void SuspendAllWorkflow::suspendOne(const Subscription &subscription)
{
    audit(subscription, AuditEntry::Outcome::Attempted, u"suspended"_s);
    // Registered before the call: a callback may run before setSubscriptionStatus returns.
    m_inFlight.insert(subscription.id, nullptr);
    QPointer<PendingCall> call = m_client->setSubscriptionStatus(
        m_customerId, subscription, SubscriptionStatus(SubscriptionStatus::Value::Suspended), this,
        [this, subscription](const Result<Subscription> &result) {
            itemDone(subscription, result);
        },
        m_options);
    if (m_inFlight.contains(subscription.id))
        m_inFlight[subscription.id] = call;
}

void SuspendAllWorkflow::itemDone(const Subscription &before, const Result<Subscription> &result)
{
    m_inFlight.remove(before.id);
    if (result.ok()) {
        ++m_succeeded;
        if (modelIsOurs())
            m_model->updateSubscription(result.value());
        audit(before, AuditEntry::Outcome::Succeeded, result.value().status.toWire());
        emit itemFinished(before.id, before.displayName(), true, {});
    } else if (result.error().kind() == ApiError::Kind::Cancelled) {
        // Neither done nor failed: a later run picks it up if it is still active.
        audit(before, AuditEntry::Outcome::Cancelled, u"suspended"_s, result.error());
        emit itemFinished(before.id, before.displayName(), false, result.error());
    } else {
        ++m_failed;
        audit(before, AuditEntry::Outcome::Failed, u"suspended"_s, result.error());
        emit itemFinished(before.id, before.displayName(), false, result.error());
    }
    emit progress(m_succeeded + m_failed, m_total);
    pump();
}

void SuspendAllWorkflow::phaseDone()
{
    if (m_phase == Phase::Bases && !m_addOns.isEmpty() && !m_cancelled) {
        readSubscriptions(Phase::ReadingForAddOns);
        return;
    }
    if (m_phase == Phase::Bases || m_phase == Phase::AddOns) {
        // Whatever happened, the model ends with the server's truth.
        readSubscriptions(Phase::FinalRead);
    }
}

void SuspendAllWorkflow::finish()
{
    m_phase = Phase::Idle;
    m_running = false;
    emit finished(m_succeeded, m_failed, m_cancelled);
}

void SuspendAllWorkflow::onThrottled()
{
    if (!m_running || m_parallelism <= 1)
        return;
    m_parallelism = std::max(1, m_parallelism / 2);
    emit parallelismChanged(m_parallelism);
}

bool SuspendAllWorkflow::modelIsOurs() const
{
    // The user may have moved to another customer meanwhile: never write into their rows.
    return m_model && m_model->customerId() == m_customerId;
}

void SuspendAllWorkflow::audit(const Subscription &before, AuditEntry::Outcome outcome,
                               const QString &newStatus, const ApiError &error)
{
    AuditLog::record(m_audit,
                     {AuditAction::name(AuditAction::SuspendSubscription), m_customerId,
                      m_customerName, before.id, before.displayName(), before.status.toWire()},
                     outcome, newStatus, m_options.correlationId, error);
}
