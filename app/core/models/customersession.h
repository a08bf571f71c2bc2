#pragma once

#include "core/domain/apierror.h"
#include "core/domain/customer.h"
#include "core/domain/entitlement.h"
#include "core/domain/subscription.h"

#include <QList>
#include <QObject>
#include <QPointer>

class EntitlementModel;
class PartnerCenterClient;
class PendingCall;
class SubscriptionModel;

// The selected customer: its full record, subscriptions, software purchases and Azure
// reservations, loaded together into the models the pages and the readiness share.
class CustomerSession : public QObject
{
    Q_OBJECT

public:
    enum class State { Empty, Loading, Loaded, Failed };
    Q_ENUM(State)

    explicit CustomerSession(PartnerCenterClient *client, QObject *parent = nullptr);
    ~CustomerSession() override;

    SubscriptionModel *subscriptionModel() const { return m_subscriptions; }
    EntitlementModel *entitlementModel() const { return m_entitlements; }

    // Starts with what the list row knows (name, domain) and loads the rest.
    void open(const Customer &customer);
    void refresh();
    void close();

    Customer customer() const { return m_customer; }
    QString customerId() const { return m_customer.id; }
    State state() const { return m_state; }
    bool isLoading() const { return m_state == State::Loading; }
    // The first failure of the last load; no error when it succeeded.
    ApiError error() const { return m_error; }

signals:
    void stateChanged(CustomerSession::State state);
    void customerChanged(const Customer &customer);
    void loadFailed(const ApiError &error);

private:
    void abandon();
    void partDone(quint64 generation, const ApiError &error);
    void setState(State state);

    PartnerCenterClient *m_client;
    SubscriptionModel *m_subscriptions;
    EntitlementModel *m_entitlements;
    Customer m_customer;
    State m_state = State::Empty;
    ApiError m_error;
    QList<QPointer<PendingCall>> m_calls;
    // The parts of one load: entitlements come in two requests and are shown together.
    QList<Entitlement> m_software;
    QList<Entitlement> m_reservations;
    bool m_entitlementsOk = true;
    int m_pending = 0;
    quint64 m_generation = 0;
};
