#include "removalreadiness.h"

#include "core/api/clock.h"
#include "core/models/customersession.h"
#include "core/models/entitlementmodel.h"
#include "core/models/subscriptionmodel.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {
bool stillBilled(const Subscription &s)
{
    // Cancelled (deleted), expired and disabled subscriptions are over; anything else,
    // including suspended and statuses we do not know, may still be billed.
    switch (s.status.value()) {
    case SubscriptionStatus::Value::Deleted:
    case SubscriptionStatus::Value::Expired:
    case SubscriptionStatus::Value::Disabled:
    case SubscriptionStatus::Value::None:
        return false;
    default:
        return true;
    }
}
} // namespace

RemovalReadiness::RemovalReadiness(SubscriptionModel *subscriptions, EntitlementModel *entitlements,
                                   Clock *clock, QObject *parent)
    : QObject(parent)
    , m_subscriptions(subscriptions)
    , m_entitlements(entitlements)
    , m_clock(clock)
{
    const auto recompute = [this] { reevaluate(); };
    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(subscriptions),
                                      static_cast<QAbstractItemModel *>(entitlements)}) {
        if (!model)
            continue;
        connect(model, &QAbstractItemModel::dataChanged, this, recompute);
        connect(model, &QAbstractItemModel::modelReset, this, recompute);
        connect(model, &QAbstractItemModel::rowsInserted, this, recompute);
        connect(model, &QAbstractItemModel::rowsRemoved, this, recompute);
    }
    reevaluate();
}

void RemovalReadiness::setDataState(DataState state)
{
    if (m_dataState == state)
        return;
    m_dataState = state;
    emit changed();
}

void RemovalReadiness::followSession(CustomerSession *session)
{
    const auto follow = [this, session](CustomerSession::State state) {
        switch (state) {
        case CustomerSession::State::Empty:
            setDataState(DataState::NotLoaded);
            break;
        case CustomerSession::State::Loading:
            // A refresh keeps showing the last answer; a new customer has none yet.
            if (!m_subscriptions || !m_subscriptions->isLoaded())
                setDataState(DataState::NotLoaded);
            break;
        case CustomerSession::State::Loaded:
            setDataState(DataState::Loaded);
            break;
        case CustomerSession::State::Failed:
            setDataState(DataState::LoadFailed);
            break;
        }
    };
    connect(session, &CustomerSession::stateChanged, this, follow);
    follow(session->state());
}

QList<RemovalBlocker> RemovalReadiness::blockers() const
{
    switch (m_dataState) {
    case DataState::NotLoaded:
        return {RemovalBlocker::notLoaded()};
    case DataState::LoadFailed:
        return {RemovalBlocker::loadFailed()};
    case DataState::Loaded:
        break;
    }
    return m_blockers;
}

int RemovalReadiness::activeSubscriptionCount() const
{
    return m_subscriptions ? m_subscriptions->activeCount() : 0;
}

QString RemovalReadiness::reason() const
{
    if (isReady())
        return {};
    if (m_dataState != DataState::Loaded)
        return blockers().constFirst().explanation();
    const int active = activeSubscriptionCount();
    if (active > 0) {
        // The portal's own note, then how many are left.
        return tr("If any subscriptions are still active, the Remove reseller relationship "
                  "action is unavailable.") +
               u'\n' + tr("%Ln active subscription(s)", "", active);
    }
    return tr("%Ln item(s) still block the removal.", "", int(m_blockers.size()));
}

QList<RemovalBlocker> RemovalReadiness::evaluate(const QList<Subscription> &subscriptions,
                                                 const QList<Entitlement> &entitlements,
                                                 const QDateTime &now)
{
    QList<RemovalBlocker> out;
    for (const Subscription &s : subscriptions) {
        if (s.isNewCommerce()) {
            // Suspending does not stop new commerce: only cancelling or the term end does.
            if (!stillBilled(s))
                continue;
            const bool cancellable = s.canCancelAt(now);
            out.append(RemovalBlocker::newCommerce(s.id, s.displayName(), cancellable,
                                                   cancellable ? s.cancellationAllowedUntilDate
                                                               : s.commitmentEndDate));
        } else if (s.status.countsAsActive()) {
            out.append(RemovalBlocker::activeSubscription(s.id, s.displayName()));
        }
    }
    for (const Entitlement &e : entitlements) {
        if (e.type == Entitlement::Type::ReservedInstance && e.isActiveAt(now))
            out.append(RemovalBlocker::reservation(e.orderId, e.displayName()));
        else if (e.type == Entitlement::Type::Software && e.canCancelAt(now))
            out.append(RemovalBlocker::softwarePurchase(e.orderId, e.displayName(),
                                                        e.cancellationAllowedUntilDate));
        // Software past its window is informational only: it no longer blocks.
    }
    return out;
}

QDateTime RemovalReadiness::nextChange(const QList<Subscription> &subscriptions,
                                       const QList<Entitlement> &entitlements, const QDateTime &now)
{
    QDateTime next;
    const auto consider = [&](const QDateTime &when) {
        if (when.isValid() && when > now && (!next.isValid() || when < next))
            next = when;
    };
    for (const Subscription &s : subscriptions) {
        if (s.isNewCommerce())
            consider(s.cancellationAllowedUntilDate);
    }
    for (const Entitlement &e : entitlements) {
        consider(e.cancellationAllowedUntilDate);
        consider(e.expiryDate);
    }
    return next;
}

void RemovalReadiness::reevaluate()
{
    const QList<Subscription> subscriptions =
        m_subscriptions ? m_subscriptions->subscriptions() : QList<Subscription>();
    const QList<Entitlement> entitlements =
        m_entitlements ? m_entitlements->entitlements() : QList<Entitlement>();
    QList<RemovalBlocker> fresh = evaluate(subscriptions, entitlements, m_clock->now());
    scheduleWindowCheck();
    if (fresh == m_blockers)
        return;
    m_blockers = std::move(fresh);
    emit changed();
}

void RemovalReadiness::scheduleWindowCheck()
{
    const QDateTime now = m_clock->now();
    const QDateTime next =
        nextChange(m_subscriptions ? m_subscriptions->subscriptions() : QList<Subscription>(),
                   m_entitlements ? m_entitlements->entitlements() : QList<Entitlement>(), now);
    if (next == m_checkScheduledFor)
        return;
    m_checkScheduledFor = next;
    const quint64 generation = ++m_timerGeneration;
    if (!next.isValid())
        return;
    // One millisecond past the end (at the end itself the window is still open), and at most a
    // day ahead: timers do not reach weeks, and the day's check schedules the next one.
    constexpr qint64 Day = 24 * 60 * 60 * 1000;
    const qint64 delay = std::min(now.msecsTo(next) + 1, Day);
    m_clock->callAfter(std::chrono::milliseconds(delay), this, [this, generation] {
        if (generation != m_timerGeneration)
            return;
        m_checkScheduledFor = {};
        reevaluate();
    });
}
