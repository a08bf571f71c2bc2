#pragma once

#include "core/api/partnercenterclient.h"
#include "core/audit/auditentry.h"
#include "core/domain/apierror.h"
#include "core/domain/subscription.h"

#include <QObject>
#include <QPointer>

class AuditLog;
class PendingCall;
class SubscriptionModel;

// One subscription to a new status, as the portal does it (select, choose Suspended, submit):
// suspend, reactivate, or cancel a new-commerce subscription inside its window. The model row
// shows the server's answer; the attempt and its result go to the audit log.
class SubscriptionStatusChange : public QObject
{
    Q_OBJECT

public:
    SubscriptionStatusChange(PartnerCenterClient *client, SubscriptionModel *model,
                             AuditLog *audit = nullptr, QObject *parent = nullptr);

    // Ignored while a change is running.
    void start(const QString &customerId, const QString &customerName,
               const Subscription &subscription, const SubscriptionStatus &target);
    void suspend(const QString &customerId, const QString &customerName, const Subscription &s);
    void reactivate(const QString &customerId, const QString &customerName, const Subscription &s);
    // Cancelling is "deleted" on the wire; only new commerce, only inside the window.
    void cancelSubscription(const QString &customerId, const QString &customerName,
                            const Subscription &s);
    void abort();

    bool isRunning() const { return m_running; }

signals:
    // updated is the server's version when ok; the unchanged subscription otherwise.
    void finished(bool ok, const Subscription &updated, const ApiError &error);

private:
    void rereadThenFinish(const Result<Subscription> &result);
    void record(AuditEntry::Outcome outcome, const QString &newStatus, const ApiError &error);

    PartnerCenterClient *m_client;
    SubscriptionModel *m_model;
    AuditLog *m_audit;
    CallOptions m_options;
    QString m_customerId;
    QString m_customerName;
    Subscription m_before;
    SubscriptionStatus m_target;
    QPointer<PendingCall> m_call;
    bool m_running = false;
};
