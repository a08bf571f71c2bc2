#include "suspendalljob.h"

#include "core/audit/auditaction.h"

using namespace Qt::Literals::StringLiterals;

SuspendAllJob::SuspendAllJob(std::shared_ptr<CustomerState> state, AuditLog *audit, QObject *parent)
    : Job(std::move(state), audit, parent)
{
    connect(client(), &PartnerCenterClient::throttled, this, &SuspendAllJob::onThrottled);
}

JobItem SuspendAllJob::itemFor(const Subscription &s)
{
    return {s.id, s.displayName(), AuditAction::name(AuditAction::SuspendSubscription),
            s.status.toWire(), u"suspended"_s};
}

void SuspendAllJob::split(const QList<Subscription> &all, QList<Subscription> *bases,
                          QList<Subscription> *addOns)
{
    QSet<QString> activeIds;
    for (const Subscription &s : all) {
        if (s.status.countsAsActive())
            activeIds.insert(s.id);
    }
    for (const Subscription &s : all) {
        if (!s.status.countsAsActive())
            continue;
        if (s.isAddOn() && activeIds.contains(s.parentSubscriptionId))
            addOns->append(s);
        else
            bases->append(s);
    }
}

QList<JobItem> SuspendAllJob::plannedItems(const QList<Subscription> &subscriptions)
{
    QList<Subscription> bases;
    QList<Subscription> addOns;
    split(subscriptions, &bases, &addOns);
    QList<JobItem> items;
    for (const Subscription &s : std::as_const(bases) + addOns)
        items.append(itemFor(s));
    return items;
}

void SuspendAllJob::run()
{
    // Never trust the view: what is active now is what the server says.
    m_phase = Phase::Reading;
    reread(CustomerState::Part::Subscriptions, [this](const ApiError &error) { plan(error); });
}

void SuspendAllJob::cancelled()
{
    // Every item gets its answer, also those never started: they stay as they are. Those in
    // flight report themselves once read back.
    const QList<Subscription> notStarted = m_queue + m_addOns;
    m_queue.clear();
    m_addOns.clear();
    for (const Subscription &s : notStarted)
        reportNotStarted(itemFor(s));
}

void SuspendAllJob::plan(const ApiError &readError)
{
    if (isCancelled()) {
        finish();
        return;
    }
    // If the read failed, go on with the subscriptions last read: each PATCH then tells. With
    // none read yet there is nothing to go on with, and "nothing was active" would be a lie.
    if (readError.isError() && !state()->hasData(CustomerState::Part::Subscriptions)) {
        finish(readError);
        return;
    }
    split(state()->subscriptions(), &m_queue, &m_addOns);
    setTotal(int(m_queue.size() + m_addOns.size()));
    m_phase = Phase::Bases;
    pump();
}

void SuspendAllJob::addOnsRead(const ApiError &readError)
{
    // Those suspended together with their base are done already.
    const QList<Subscription> addOns = std::exchange(m_addOns, {});
    for (const Subscription &addOn : addOns) {
        const Subscription *fresh = readError.isError() ? nullptr : state()->subscription(addOn.id);
        if (fresh && !fresh->status.countsAsActive()) {
            JobItem item = itemFor(addOn);
            item.outcome = JobItem::Outcome::Succeeded;
            item.newStatus = fresh->status.toWire();
            item.withBase = addOn.parentSubscriptionId;
            reportItem(item);
        } else {
            m_queue.append(fresh ? *fresh : addOn);
        }
    }
    m_phase = Phase::AddOns;
    pump();
}

void SuspendAllJob::pump()
{
    while (!isCancelled() && m_inFlight.size() < m_parallelism && !m_queue.isEmpty())
        suspend(m_queue.takeFirst());
    if (m_queue.isEmpty() && m_inFlight.isEmpty())
        phaseDone();
}

void SuspendAllJob::suspend(const Subscription &subscription)
{
    const QString id = subscription.id;
    // Registered before the call: a callback may run before the request is even sent.
    m_inFlight.insert(id);
    const Change c = subscriptionStatusChange(
        subscription, SubscriptionStatus(SubscriptionStatus::Value::Suspended),
        itemFor(subscription));
    change(c, [this, id](const JobItem &, bool) {
        m_inFlight.remove(id);
        pump();
    });
}

void SuspendAllJob::phaseDone()
{
    if (m_phase == Phase::Bases && !m_addOns.isEmpty() && !isCancelled()) {
        m_phase = Phase::ReadingForAddOns;
        reread(CustomerState::Part::Subscriptions,
               [this](const ApiError &error) { addOnsRead(error); });
        return;
    }
    if (m_phase == Phase::Bases || m_phase == Phase::AddOns) {
        // Whatever happened, the state ends with the server's truth.
        m_phase = Phase::FinalRead;
        reread(CustomerState::Part::Subscriptions, [this](const ApiError &) { finish(); });
    }
}

void SuspendAllJob::onThrottled()
{
    if (!isRunning() || m_parallelism <= 1)
        return;
    m_parallelism = std::max(1, m_parallelism / 2);
    emit parallelismChanged(m_parallelism);
}
