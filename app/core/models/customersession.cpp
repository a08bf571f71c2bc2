#include "customersession.h"

#include "core/api/partnercenterclient.h"
#include "core/api/pendingcall.h"
#include "core/models/entitlementmodel.h"
#include "core/models/subscriptionmodel.h"

#include <utility>

CustomerSession::CustomerSession(PartnerCenterClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_subscriptions(new SubscriptionModel(this))
    , m_entitlements(new EntitlementModel(this))
{
}

CustomerSession::~CustomerSession()
{
    abandon();
}

void CustomerSession::open(const Customer &customer)
{
    abandon();
    m_customer = customer;
    m_subscriptions->setCustomerId(customer.id);
    m_entitlements->setCustomerId(customer.id);
    emit customerChanged(m_customer);
    refresh();
}

void CustomerSession::refresh()
{
    if (m_customer.id.isEmpty())
        return;
    abandon();
    const quint64 generation = m_generation;
    const QString id = m_customer.id;
    const CallOptions options;
    m_error = {};
    m_software.clear();
    m_reservations.clear();
    m_entitlementsOk = true;
    m_pending = 4;
    setState(State::Loading);

    m_calls.append(m_client->getCustomer(
        id, this,
        [this, generation](const Result<Customer> &result) {
            if (generation != m_generation)
                return;
            if (result.ok()) {
                m_customer = result.value();
                emit customerChanged(m_customer);
            }
            partDone(generation, result.error());
        },
        options));
    m_calls.append(m_client->listSubscriptions(
        id, this,
        [this, generation](const Result<QList<Subscription>> &result) {
            if (generation != m_generation)
                return;
            if (result.ok())
                m_subscriptions->setSubscriptions(result.value());
            partDone(generation, result.error());
        },
        options));
    const auto entitlements = [this, generation](QList<Entitlement> *into) {
        return [this, generation, into](const Result<QList<Entitlement>> &result) {
            if (generation != m_generation)
                return;
            if (result.ok())
                *into = result.value();
            else
                m_entitlementsOk = false;
            partDone(generation, result.error());
        };
    };
    m_calls.append(m_client->listEntitlements(id, Entitlement::Type::Software, this,
                                              entitlements(&m_software), options));
    m_calls.append(m_client->listEntitlements(id, Entitlement::Type::ReservedInstance, this,
                                              entitlements(&m_reservations), options));
}

void CustomerSession::close()
{
    abandon();
    m_customer = {};
    m_error = {};
    m_subscriptions->clear();
    m_entitlements->clear();
    emit customerChanged(m_customer);
    setState(State::Empty);
}

void CustomerSession::abandon()
{
    // Callbacks of the abandoned load (including the Cancelled ones cancel() causes) see an
    // older generation and do nothing.
    ++m_generation;
    const auto calls = std::exchange(m_calls, {});
    for (const QPointer<PendingCall> &call : calls) {
        if (call)
            call->cancel();
    }
    m_pending = 0;
}

void CustomerSession::partDone(quint64 generation, const ApiError &error)
{
    if (error.isError() && !m_error.isError())
        m_error = error;
    if (--m_pending > 0 || generation != m_generation)
        return;
    m_calls.clear();
    if (m_entitlementsOk)
        m_entitlements->setEntitlements(m_software + m_reservations);
    if (m_error.isError()) {
        setState(State::Failed);
        emit loadFailed(m_error);
    } else {
        setState(State::Loaded);
    }
}

void CustomerSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}
