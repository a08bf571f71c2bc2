#pragma once

#include "core/domain/entitlement.h"
#include "core/domain/subscription.h"
#include "core/workflow/removalblocker.h"

#include <QList>
#include <QObject>

class Clock;
class CustomerSession;
class EntitlementModel;
class SubscriptionModel;

// The removal rule, in one place: whether "Remove reseller relationship" may be offered for the
// customer the models hold, and if not, why. Follows the models live, so the action lights up
// the moment the last active subscription is suspended, whoever suspended it.
class RemovalReadiness : public QObject
{
    Q_OBJECT

public:
    enum class DataState { NotLoaded, Loaded, LoadFailed };
    Q_ENUM(DataState)

    RemovalReadiness(SubscriptionModel *subscriptions, EntitlementModel *entitlements, Clock *clock,
                     QObject *parent = nullptr);

    // Whether the models hold fresh data, or the last load failed. NotLoaded until told.
    void setDataState(DataState state);
    DataState dataState() const { return m_dataState; }
    // Keeps the data state in step with a session's loading (its models should be the ones
    // given to the constructor).
    void followSession(CustomerSession *session);

    bool isReady() const { return m_dataState == DataState::Loaded && m_blockers.isEmpty(); }
    QList<RemovalBlocker> blockers() const;
    // Why the action is unavailable, translated; empty when it is available.
    QString reason() const;
    int activeSubscriptionCount() const;

    // The rule itself, on any data: the bound object uses it on the models, the removal
    // workflow on what it has just re-read from the server.
    static QList<RemovalBlocker> evaluate(const QList<Subscription> &subscriptions,
                                          const QList<Entitlement> &entitlements,
                                          const QDateTime &now);
    // The first moment after now at which evaluate() may answer differently (a window ends).
    static QDateTime nextChange(const QList<Subscription> &subscriptions,
                                const QList<Entitlement> &entitlements, const QDateTime &now);

    // Recomputes now; called on every model change and when a window ends.
    void reevaluate();

signals:
    void changed();

private:
    void scheduleWindowCheck();

    SubscriptionModel *m_subscriptions;
    EntitlementModel *m_entitlements;
    Clock *m_clock;
    DataState m_dataState = DataState::NotLoaded;
    QList<RemovalBlocker> m_blockers;
    quint64 m_timerGeneration = 0;
    QDateTime m_checkScheduledFor;
};
