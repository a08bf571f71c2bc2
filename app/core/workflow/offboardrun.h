#pragma once

#include "core/api/restclient.h"
#include "core/domain/customer.h"
#include "core/workflow/offboardplan.h"

#include <QObject>
#include <QPointer>

class AuditLog;
class Clock;
class EntitlementModel;
class GraphClient;
class PartnerCenterClient;
class SubscriptionModel;

// Carries out an OffboardPlan, one action after the other, with the workflows the pages use
// (each audited, each reading the server's truth back): what can be cleared here is cleared;
// the relationship is removed only when the plan has no blocker left (the removal re-reads and
// refuses on its own too); the admin relationships are terminated after it. A failure before
// the removal stops the run. Every result — including subscriptions the server changed along
// (add-ons following their base) — is reported with its correlation id.
class OffboardRun : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        QString what; // the action, or the subscription that changed along
        bool done = false;
        bool unknown = false; // the answer was lost and reading back did not tell
        ApiError error;
    };

    OffboardRun(PartnerCenterClient *client, GraphClient *graph, Clock *clock, AuditLog *audit,
                QObject *parent = nullptr);

    void start(const Customer &customer, const OffboardPlan &plan,
               const QList<Subscription> &subscriptions, const QList<Entitlement> &entitlements);
    const QList<Outcome> &outcomes() const { return m_outcomes; }
    bool removed() const { return m_removed; }

signals:
    void progressed(const OffboardRun::Outcome &outcome);
    // complete: removed, and every admin relationship of the plan terminated.
    void finished(bool complete);

private:
    void next();
    void report(const QString &what, bool done, const ApiError &error = {});
    void runSubscription(const OffboardPlan::Action &action, const SubscriptionStatus &target);
    void runAutoRenew(const OffboardPlan::Action &action);
    void runCancelOrder(const OffboardPlan::Action &action);
    void runRemoval();
    void runTerminate(const OffboardPlan::Action &action);
    void readBackTermination(const OffboardPlan::Action &action, const ApiError &error);

    PartnerCenterClient *m_client;
    QPointer<GraphClient> m_graph;
    Clock *m_clock;
    AuditLog *m_audit;
    SubscriptionModel *m_subscriptions;
    EntitlementModel *m_entitlements;
    Customer m_customer;
    OffboardPlan m_plan;
    int m_index = -1;
    bool m_failed = false;
    bool m_removed = false;
    QList<Outcome> m_outcomes;
};
