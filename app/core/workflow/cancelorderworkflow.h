#pragma once

#include "core/api/partnercenterclient.h"
#include "core/audit/auditentry.h"
#include "core/domain/apierror.h"
#include "core/domain/entitlement.h"
#include "core/domain/order.h"

#include <QList>
#include <QObject>
#include <QPointer>

class AuditLog;
class Clock;
class EntitlementModel;
class PendingCall;

// Cancels the order behind a software purchase (the RemovalBlocker::Action::CancelOrder step),
// inside its cancellation window only. A purchase that has no order or is past its window is
// refused here, without a request. Otherwise: the PATCH, the attempt and its result in the
// audit log, then both kinds of entitlement are re-read, so the model shows the server's truth
// whatever the PATCH answered. finished() comes after that re-read, never inside start().
class CancelOrderWorkflow : public QObject
{
    Q_OBJECT

public:
    CancelOrderWorkflow(PartnerCenterClient *client, EntitlementModel *model,
                        AuditLog *audit = nullptr, QObject *parent = nullptr);

    // The clock the window is judged by; the client's own clock unless set.
    void setClock(Clock *clock) { m_clock = clock; }
    Clock *clock() const { return m_clock; }

    // customerName only labels the audit trail. Ignored while running.
    void start(const QString &customerId, const QString &customerName,
               const Entitlement &entitlement);
    // Stops what is in flight. A stopped PATCH may still have reached the server, so the
    // re-read follows it; cancelling during the re-read ends the run at once.
    void cancel();

    bool isRunning() const { return m_phase != Phase::Idle; }
    // The correlation id every request of the current (or last) run carries.
    QUuid correlationId() const { return m_options.correlationId; }

    // What goes into lineItems[0].offerId: "productId:skuId", or the product alone.
    static QString offerIdFor(const Entitlement &entitlement);
    // Why start() would refuse this purchase at `now`; no error when it may be cancelled.
    static ApiError refusalFor(const Entitlement &entitlement, const QDateTime &now);

signals:
    // ok: the server cancelled the order. error: the server's (or the local refusal's) reason.
    void finished(bool ok, const ApiError &error);

private:
    enum class Phase { Idle, Refusing, Cancelling, Reading };

    void cancelled(const Result<Order> &result);
    void reread();
    void readDone();
    void finish();
    bool modelIsOurs() const;
    void record(AuditEntry::Outcome outcome, const QString &newStatus, const ApiError &error);

    PartnerCenterClient *m_client;
    EntitlementModel *m_model;
    AuditLog *m_audit;
    Clock *m_clock;
    CallOptions m_options;
    QString m_customerId;
    QString m_customerName;
    Entitlement m_entitlement;
    QList<QPointer<PendingCall>> m_calls;
    // The outcome of the PATCH; finished() reports it once the re-read is done.
    bool m_ok = false;
    ApiError m_error;
    QString m_orderStatus;
    // The re-read: both entitlement types, shown only together and in a fixed order.
    QList<Entitlement> m_software;
    QList<Entitlement> m_reservations;
    bool m_freshOk = true;
    int m_pending = 0;
    Phase m_phase = Phase::Idle;
    // Bumped by start() and by a stopped re-read: late callbacks of an older run do nothing.
    quint64 m_generation = 0;
};
