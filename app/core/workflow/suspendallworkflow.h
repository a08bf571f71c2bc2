#pragma once

#include "core/api/partnercenterclient.h"
#include "core/audit/auditentry.h"
#include "core/domain/apierror.h"
#include "core/domain/subscription.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

class AuditLog;
class PendingCall;
class SubscriptionModel;

// "Suspend all active…": suspends every active subscription of one customer, a few at a time,
// slower when Partner Center throttles, reporting each item. It starts from the server's
// current state, so running it again after a failure or a cancel only does what is left.
//
// Order matters: suspending a base subscription suspends its add-ons (and changes their ETag),
// so bases go first, then the subscriptions are re-read and only add-ons still active follow.
class SuspendAllWorkflow : public QObject
{
    Q_OBJECT

public:
    SuspendAllWorkflow(PartnerCenterClient *client, SubscriptionModel *model,
                       AuditLog *audit = nullptr, QObject *parent = nullptr);
    ~SuspendAllWorkflow() override;

    static constexpr int InitialParallelism = 4;

    // customerName only labels the audit trail. Ignored while running.
    void start(const QString &customerId, const QString &customerName = {});
    // Starts nothing new, cancels what is in flight, then re-reads the server's state.
    void cancel();

    bool isRunning() const { return m_running; }
    int parallelism() const { return m_parallelism; }
    // The correlation id every request of the current (or last) run carries.
    QUuid correlationId() const { return m_options.correlationId; }

signals:
    // total is what was active when the run started; it does not change during the run.
    void progress(int done, int total);
    void itemFinished(const QString &subscriptionId, const QString &name, bool ok,
                      const ApiError &error);
    void parallelismChanged(int parallelism);
    // The first read failed and there was no model of this customer to go on with: nothing
    // was tried. finished() follows.
    void readFailed(const ApiError &error);
    void finished(int succeeded, int failed, bool cancelled);

private:
    enum class Phase { Idle, Reading, Bases, ReadingForAddOns, AddOns, FinalRead };

    void readSubscriptions(Phase next);
    void onSubscriptionsRead(Phase phase, const Result<QList<Subscription>> &result);
    void pump();
    void suspendOne(const Subscription &subscription);
    void itemDone(const Subscription &before, const Result<Subscription> &result);
    void phaseDone();
    void finish();
    void onThrottled();
    bool modelIsOurs() const;
    void audit(const Subscription &before, AuditEntry::Outcome outcome, const QString &newStatus,
               const ApiError &error = {});

    PartnerCenterClient *m_client;
    SubscriptionModel *m_model;
    AuditLog *m_audit;
    CallOptions m_options;
    QString m_customerId;
    QString m_customerName;
    Phase m_phase = Phase::Idle;
    QList<Subscription> m_queue;
    // Add-ons wait for the re-read after their bases (their ETag will have changed).
    QList<Subscription> m_addOns;
    QHash<QString, QPointer<PendingCall>> m_inFlight;
    QPointer<PendingCall> m_read;
    int m_parallelism = InitialParallelism;
    int m_total = 0;
    int m_succeeded = 0;
    int m_failed = 0;
    int m_skipped = 0;
    bool m_running = false;
    bool m_cancelled = false;
};
