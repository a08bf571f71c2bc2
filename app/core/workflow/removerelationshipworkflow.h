#pragma once

#include "core/api/partnercenterclient.h"
#include "core/audit/auditentry.h"
#include "core/domain/customer.h"
#include "core/workflow/removalblocker.h"

#include <QList>
#include <QObject>
#include <QPointer>

class AuditLog;
class Clock;
class EntitlementModel;
class PendingCall;
class SubscriptionModel;

// "Remove reseller relationship", the last step. Right before the request it re-reads the
// customer's subscriptions and purchases from the server, applies RemovalReadiness::evaluate
// to that fresh data (never to what the page shows) and refreshes the models with it. Blocked:
// refused(), no request. Clear: the PATCH, then succeeded() or failed() with the server's own
// error; nothing changes locally on failure. Removing the customer from the list is the
// caller's part.
class RemoveRelationshipWorkflow : public QObject
{
    Q_OBJECT

public:
    enum class Stage { Idle, Checking, Removing };
    Q_ENUM(Stage)

    RemoveRelationshipWorkflow(PartnerCenterClient *client, Clock *clock,
                               SubscriptionModel *subscriptions = nullptr,
                               EntitlementModel *entitlements = nullptr, AuditLog *audit = nullptr,
                               QObject *parent = nullptr);

    // Ignored while running.
    void start(const Customer &customer);
    void cancel();

    bool isRunning() const { return m_stage != Stage::Idle; }
    Stage stage() const { return m_stage; }
    QUuid correlationId() const { return m_options.correlationId; }

signals:
    void stageChanged(RemoveRelationshipWorkflow::Stage stage);
    void refused(const QList<RemovalBlocker> &blockers);
    void succeeded(const Customer &customer);
    void failed(const ApiError &error);

private:
    void checkDone();
    void remove();
    void verifyAfterFailure(const ApiError &error);
    void setStage(Stage stage);
    void record(AuditEntry::Outcome outcome, const ApiError &error = {},
                const QString &message = {});

    PartnerCenterClient *m_client;
    Clock *m_clock;
    SubscriptionModel *m_subscriptions;
    EntitlementModel *m_entitlements;
    AuditLog *m_audit;
    CallOptions m_options;
    Customer m_customer;
    Stage m_stage = Stage::Idle;
    QList<QPointer<PendingCall>> m_calls;
    int m_pending = 0;
    ApiError m_checkError;
    QList<Subscription> m_freshSubscriptions;
    QList<Entitlement> m_freshEntitlements;
    bool m_subscriptionsOk = false;
    bool m_entitlementsOk = true;
};
