#pragma once

#include "core/domain/subscription.h"
#include "core/job/job.h"

// Subscriptions to a new status one after the other, as the portal does it (select, choose
// Suspended, submit): suspend, reactivate, or cancel a new-commerce subscription inside its
// window ("deleted" on the wire). Each is sent as given, with its ETag, and the subscriptions
// are read again after every change: suspending a base subscription suspends its add-ons too.
class SubscriptionStatusJob : public Job
{
    Q_OBJECT

public:
    SubscriptionStatusJob(std::shared_ptr<CustomerState> state, AuditLog *audit,
                          const QList<Subscription> &subscriptions,
                          const SubscriptionStatus &target, QObject *parent = nullptr);

    SubscriptionStatus target() const { return m_target; }

private:
    void run() override;
    void cancelled() override;
    void next();

    QList<Subscription> m_queue;
    SubscriptionStatus m_target;
};
