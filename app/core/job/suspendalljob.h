#pragma once

#include "core/domain/subscription.h"
#include "core/job/job.h"

#include <QSet>

// "Suspend all active…": every active subscription of one customer, a few at a time, fewer
// when Partner Center throttles, each reported. It starts from the server's current state, so
// running it again after a failure or a cancel only does what is left.
//
// Order matters: suspending a base subscription suspends its add-ons (and changes their ETag),
// so bases go first, then the subscriptions are read again and only add-ons still active
// follow. The run ends with one more read, so the state shows what the server has.
class SuspendAllJob : public Job
{
    Q_OBJECT

public:
    static constexpr int InitialParallelism = 4;

    SuspendAllJob(std::shared_ptr<CustomerState> state, AuditLog *audit, QObject *parent = nullptr);

    int parallelism() const { return m_parallelism; }

    // What a run would suspend, in the order it would: the active subscriptions, bases (and
    // add-ons whose base is not active) first, then the add-ons of active bases. The
    // confirmation lists exactly these; a run plans by the same rule after its own re-read.
    static QList<JobItem> plannedItems(const QList<Subscription> &subscriptions);

signals:
    void parallelismChanged(int parallelism);

private:
    enum class Phase { Reading, Bases, ReadingForAddOns, AddOns, FinalRead };

    void run() override;
    void cancelled() override;
    void plan(const ApiError &readError);
    void addOnsRead(const ApiError &readError);
    void pump();
    void suspend(const Subscription &subscription);
    void phaseDone();
    void onThrottled();
    static JobItem itemFor(const Subscription &subscription);
    static void split(const QList<Subscription> &subscriptions, QList<Subscription> *bases,
                      QList<Subscription> *addOns);

    Phase m_phase = Phase::Reading;
    QList<Subscription> m_queue;
    // Add-ons wait for the read after their bases (their ETag will have changed).
    QList<Subscription> m_addOns;
    QSet<QString> m_inFlight;
    int m_parallelism = InitialParallelism;
};
