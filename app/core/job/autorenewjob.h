#pragma once

#include "core/domain/subscription.h"
#include "core/job/job.h"

// Turns a new-commerce subscription's auto-renew off (PATCH autoRenewEnabled with If-Match): past
// its cancellation window that is all that can be done here, and the subscription ends at its
// term's end instead of renewing. A lost answer is settled by reading the subscriptions back.
class AutoRenewJob : public Job
{
    Q_OBJECT

public:
    AutoRenewJob(std::shared_ptr<CustomerState> state, AuditLog *audit,
                 const Subscription &subscription, bool enabled, QObject *parent = nullptr);

private:
    void run() override;

    Subscription m_subscription;
    bool m_enabled;
};
