#include "removerelationshipworkflow.h"

#include "core/api/clock.h"
#include "core/api/pendingcall.h"
#include "core/audit/auditaction.h"
#include "core/audit/auditlog.h"
#include "core/models/entitlementmodel.h"
#include "core/models/subscriptionmodel.h"
#include "core/workflow/removalreadiness.h"

#include <QStringList>

#include <utility>

using namespace Qt::Literals::StringLiterals;

RemoveRelationshipWorkflow::RemoveRelationshipWorkflow(PartnerCenterClient *client, Clock *clock,
                                                       SubscriptionModel *subscriptions,
                                                       EntitlementModel *entitlements,
                                                       AuditLog *audit, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_clock(clock)
    , m_subscriptions(subscriptions)
    , m_entitlements(entitlements)
    , m_audit(audit)
{
}

void RemoveRelationshipWorkflow::start(const Customer &customer)
{
    if (isRunning())
        return;
    m_customer = customer;
    m_options = CallOptions();
    m_checkError = {};
    m_freshSubscriptions.clear();
    m_freshEntitlements.clear();
    m_subscriptionsOk = false;
    m_entitlementsOk = true;
    m_calls.clear();
    m_pending = 3;
    setStage(Stage::Checking);

    const QString id = customer.id;
    m_calls.append(m_client->listSubscriptions(
        id, this,
        [this](const Result<QList<Subscription>> &result) {
            m_subscriptionsOk = result.ok();
            if (result.ok())
                m_freshSubscriptions = result.value();
            else if (!m_checkError.isError())
                m_checkError = result.error();
            checkDone();
        },
        m_options));
    for (const Entitlement::Type type :
         {Entitlement::Type::Software, Entitlement::Type::ReservedInstance}) {
        m_calls.append(m_client->listEntitlements(
            id, type, this,
            [this](const Result<QList<Entitlement>> &result) {
                if (result.ok()) {
                    m_freshEntitlements += result.value();
                } else {
                    m_entitlementsOk = false;
                    if (!m_checkError.isError())
                        m_checkError = result.error();
                }
                checkDone();
            },
            m_options));
    }
}

void RemoveRelationshipWorkflow::cancel()
{
    // Cancelling reports through the callbacks; they may re-enter, so iterate over a copy.
    const QList<QPointer<PendingCall>> calls = std::exchange(m_calls, {});
    for (const QPointer<PendingCall> &call : calls) {
        if (call)
            call->cancel();
    }
}

void RemoveRelationshipWorkflow::checkDone()
{
    if (--m_pending > 0)
        return;
    m_calls.clear();

    // Whatever was read is the newest truth: show it, even if the rest failed.
    if (m_subscriptions && m_subscriptions->customerId() == m_customer.id && m_subscriptionsOk)
        m_subscriptions->setSubscriptions(m_freshSubscriptions);
    if (m_entitlements && m_entitlements->customerId() == m_customer.id && m_entitlementsOk)
        m_entitlements->setEntitlements(m_freshEntitlements);

    if (m_checkError.isError()) {
        // Without fresh data there is no telling whether removal is allowed: do not try.
        record(m_checkError.kind() == ApiError::Kind::Cancelled ? AuditEntry::Outcome::Cancelled
                                                                : AuditEntry::Outcome::Failed,
               m_checkError);
        setStage(Stage::Idle);
        emit failed(m_checkError);
        return;
    }
    const QList<RemovalBlocker> blockers =
        RemovalReadiness::evaluate(m_freshSubscriptions, m_freshEntitlements, m_clock->now());
    if (!blockers.isEmpty()) {
        QStringList titles;
        for (const RemovalBlocker &blocker : blockers)
            titles.append(blocker.title());
        record(AuditEntry::Outcome::Refused, {}, titles.join(u"; "_s));
        setStage(Stage::Idle);
        emit refused(blockers);
        return;
    }
    remove();
}

void RemoveRelationshipWorkflow::remove()
{
    setStage(Stage::Removing);
    record(AuditEntry::Outcome::Attempted);
    m_calls.append(m_client->removeRelationship(
        m_customer.id, this,
        [this](const Result<Customer> &result) {
            m_calls.clear();
            if (!result.ok()) {
                verifyAfterFailure(result.error());
                return;
            }
            setStage(Stage::Idle);
            Customer removed = result.value();
            // The PATCH answer may be partial; keep what the list knew for the caller.
            if (removed.id.isEmpty())
                removed.id = m_customer.id;
            if (removed.companyName().isEmpty())
                removed.companyProfile = m_customer.companyProfile;
            record(AuditEntry::Outcome::Succeeded);
            emit succeeded(removed);
        },
        m_options));
}

void RemoveRelationshipWorkflow::verifyAfterFailure(const ApiError &error)
{
    // A time-out or a dropped answer does not say the removal did not happen: ask the server
    // whether the customer is still ours, so the caller shows the truth either way.
    m_calls.append(m_client->getCustomer(
        m_customer.id, this,
        [this, error](const Result<Customer> &now) {
            m_calls.clear();
            setStage(Stage::Idle);
            const bool gone =
                now.ok() ? !now.value().hasRelationship() : now.error().httpStatus() == 404;
            if (gone) {
                Customer removed = m_customer;
                removed.relationshipToPartner = u"none"_s;
                record(AuditEntry::Outcome::Succeeded);
                emit succeeded(removed);
                return;
            }
            record(error.kind() == ApiError::Kind::Cancelled ? AuditEntry::Outcome::Cancelled
                                                             : AuditEntry::Outcome::Failed,
                   error);
            emit failed(error);
        },
        m_options));
}

void RemoveRelationshipWorkflow::setStage(Stage stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    emit stageChanged(stage);
}

void RemoveRelationshipWorkflow::record(AuditEntry::Outcome outcome, const ApiError &error,
                                        const QString &message)
{
    const QString relationship = m_customer.relationshipToPartner.isEmpty()
                                     ? u"reseller"_s
                                     : m_customer.relationshipToPartner.toLower();
    const AuditSubject subject{.action = AuditAction::name(AuditAction::RemoveRelationship),
                               .customerId = m_customer.id,
                               .customerName = m_customer.companyName(),
                               .oldStatus = relationship,
                               .customerDomain = m_customer.domain()};
    AuditLog::record(m_audit, subject, outcome, u"none"_s, m_options.correlationId, error, message);
}
