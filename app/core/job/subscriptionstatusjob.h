#pragma once

#include "core/domain/subscription.h"
#include "core/job/job.h"

// Subscriptions to a new status one after the other, as the portal does it (select, choose
// Suspended, submit): suspend, reactivate, or cancel a new-commerce subscription inside its
// window ("deleted" on the wire). Each is sent as given, with its ETag, and the subscriptions
// are read again after every change: suspending a base subscription suspends its add-ons too,
// and each add-on that changed with its base is reported (and audited) as an item of its own,
// with JobItem::withBase set, so the screen, the CLI and the log name every subscription that
// changed.
class SubscriptionStatusJob : public Job
{
    Q_OBJECT

public:
    SubscriptionStatusJob(std::shared_ptr<CustomerState> state, AuditLog *audit,
                          const QList<Subscription> &subscriptions,
                          const SubscriptionStatus &target, QObject *parent = nullptr);

    SubscriptionStatus target() const { return m_target; }
    // An add-on's item that changed with its base, in words: "X is now suspended, with its base
    // subscription."
    static QString describeWithBase(const JobItem &item);

private:
    void run() override;
    void cancelled() override;
    void next();
    bool isQueued(const QString &id) const;
    bool isReported(const QString &id) const;
    void reportUnsent(const QList<Subscription> &subscriptions);
    // Reports every add-on of base whose status the re-read shows changed; before: the add-ons
    // as they were before base's change was sent.
    void reportAddOns(const JobItem &base, const QList<Subscription> &before);

    QList<Subscription> m_queue;
    // The subscription whose change is under way; empty between changes.
    QString m_sending;
    SubscriptionStatus m_target;
};
