#include "customerstate.h"

#include "core/api/pendingcall.h"
#include "core/customer/azureplanlisting.h"
#include "core/customer/partloads.h"
#include "core/customer/purchaseslisting.h"
#include "core/customer/removalreadiness.h"

#include <algorithm>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr auto &EveryPart = PartLoads::EveryPart;

bool samePurchase(const Entitlement &a, const Entitlement &b)
{
    return a.orderId == b.orderId && a.productId == b.productId && a.skuId == b.skuId &&
           a.type == b.type;
}

// Rows keep their place (and a view its selection) when the server lists the same items in
// the same order.
template<typename T, typename Same> bool sameRows(const QList<T> &a, const QList<T> &b, Same same)
{
    return a.size() == b.size() && std::equal(a.cbegin(), a.cend(), b.cbegin(), same);
}
} // namespace

CustomerState::CustomerState(PartnerCenterClient *client, Clock *clock, const Customer &customer,
                             QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_clock(clock)
    , m_customer(customer)
    , m_loads(std::make_unique<PartLoads>())
    , m_readiness(this, [this] { updateReadiness(); })
{
    updateReadiness();
}

CustomerState::~CustomerState()
{
    m_loads->abandon();
}

std::shared_ptr<CustomerState> CustomerState::create(PartnerCenterClient *client, Clock *clock,
                                                     const Customer &customer)
{
    return std::shared_ptr<CustomerState>(new CustomerState(client, clock, customer),
                                          [](CustomerState *state) { state->deleteLater(); });
}

int CustomerState::subscriptionRow(const QString &id) const
{
    // A customer has tens of subscriptions at most: a scan beats keeping an index in step.
    for (int row = 0; row < m_subscriptions.size(); ++row) {
        if (m_subscriptions.at(row).id == id)
            return row;
    }
    return -1;
}

QList<Subscription> CustomerState::addOnsOf(const QString &baseId) const
{
    QList<Subscription> addOns;
    for (const Subscription &s : m_subscriptions) {
        if (s.parentSubscriptionId == baseId)
            addOns.append(s);
    }
    return addOns;
}

QList<Subscription> CustomerState::addOnsFollowing(const Subscription &base,
                                                   const SubscriptionStatus &target) const
{
    QList<Subscription> following;
    if (target.value() != SubscriptionStatus::Value::Suspended || !base.status.countsAsActive())
        return following;
    for (const Subscription &addOn : addOnsOf(base.id)) {
        if (addOn.status.countsAsActive())
            following.append(addOn);
    }
    return following;
}

const Subscription *CustomerState::subscription(const QString &id) const
{
    const int row = subscriptionRow(id);
    return row < 0 ? nullptr : &m_subscriptions.at(row);
}

int CustomerState::purchaseRow(const QString &orderId) const
{
    for (int row = 0; row < m_purchases.size(); ++row) {
        if (m_purchases.at(row).orderId == orderId)
            return row;
    }
    return -1;
}

const Entitlement *CustomerState::purchase(const QString &orderId) const
{
    const int row = purchaseRow(orderId);
    return row < 0 ? nullptr : &m_purchases.at(row);
}

void CustomerState::setGraph(GraphClient *graph)
{
    m_graph = graph;
}

CustomerState::Parts CustomerState::readableParts() const
{
    Parts parts = allParts();
    if (!m_graph)
        parts &= ~Parts(Part::AdminRelationships);
    return parts;
}

QString CustomerState::tenantId() const
{
    return m_customer.tenantId().isEmpty() ? m_customer.id : m_customer.tenantId();
}

const AdminRelationship *CustomerState::adminRelationship(const QString &id) const
{
    for (const AdminRelationship &r : m_adminRelationships) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

QList<AdminRelationship> CustomerState::activeAdminRelationships() const
{
    QList<AdminRelationship> active;
    std::copy_if(m_adminRelationships.cbegin(), m_adminRelationships.cend(),
                 std::back_inserter(active),
                 [](const AdminRelationship &r) { return r.isActive(); });
    return active;
}

CustomerState::LoadState CustomerState::loadState(Part part) const
{
    return m_loads->state(part);
}

CustomerState::LoadState CustomerState::loadState() const
{
    return m_loads->combined(readableParts());
}

ApiError CustomerState::error(Part part) const
{
    return m_loads->error(part);
}

ApiError CustomerState::error() const
{
    return m_loads->firstError();
}

bool CustomerState::hasData(Part part) const
{
    return m_loads->hasData(part);
}

bool CustomerState::isLoading() const
{
    return m_loads->loading() != Parts();
}

QList<Subscription> CustomerState::activeSubscriptions() const
{
    QList<Subscription> active;
    std::copy_if(m_subscriptions.cbegin(), m_subscriptions.cend(), std::back_inserter(active),
                 [](const Subscription &s) { return s.status.countsAsActive(); });
    return active;
}

QString CustomerState::readinessReason() const
{
    return RemovalReadiness::reason(m_readiness.blockers(), activeSubscriptionCount());
}

void CustomerState::refresh(Parts parts, QObject *context, Done done, const CallOptions &options)
{
    if (m_customer.id.isEmpty())
        return;
    // What is in flight is read again with the rest: a read that started before a change the
    // caller knows of may describe the server from before it.
    parts |= m_loads->loading();
    parts &= readableParts();
    m_loads->abandon();
    m_loads->begin(parts, context ? context : this, std::move(done), options);
    for (const Part part : EveryPart) {
        if (parts.testFlag(part))
            setLoadState(part, LoadState::Loading);
    }
    updateReadiness();
    for (const Part part : EveryPart) {
        if (parts.testFlag(part))
            load(part);
    }
}

void CustomerState::cancel()
{
    if (!isLoading())
        return;
    // Callbacks of the abandoned calls (including the Cancelled ones this causes) see an older
    // generation and do nothing.
    m_loads->abandon();
    const Parts parts = m_loads->stop();
    for (const Part part : EveryPart) {
        if (parts.testFlag(part))
            setLoadState(part, m_loads->settled(part));
    }
    updateReadiness();
    const ApiError cancelled(ApiError::Kind::Cancelled);
    m_loads->answerWaiters(cancelled);
    emit refreshFinished(parts, cancelled);
}

template<typename T, typename Apply> auto CustomerState::answer(Part part, Apply apply)
{
    return [this, part, apply, generation = m_loads->generation()](const Result<T> &result) {
        if (generation != m_loads->generation())
            return;
        if (result.ok())
            apply(result.value());
        partDone(generation, part, result.error());
    };
}

void CustomerState::load(Part part)
{
    const QString id = m_customer.id;
    const CallOptions &options = m_loads->options();
    switch (part) {
    case Part::Profile:
        m_loads->addCall(m_client->getCustomer(id, this,
                                               answer<Customer>(part,
                                                                [this](const Customer &customer) {
                                                                    m_customer = customer;
                                                                    m_loads->setHasData(
                                                                        Part::Profile);
                                                                    emit customerChanged(customer);
                                                                }),
                                               options));
        break;
    case Part::Subscriptions:
        m_loads->addCall(m_client->listSubscriptions(
            id, this,
            answer<QList<Subscription>>(
                part, [this](const QList<Subscription> &rows) { setSubscriptions(rows); }),
            options));
        break;
    case Part::Purchases:
        for (PendingCall *call : PurchasesListing::read(
                 m_client, id, this,
                 answer<QList<Entitlement>>(
                     part, [this](const QList<Entitlement> &rows) { setPurchases(rows); }),
                 options))
            m_loads->addCall(call);
        break;
    case Part::AdminRelationships:
        m_loads->addCall(m_graph->listAdminRelationships(
            tenantId(), this,
            answer<QList<AdminRelationship>>(part,
                                             [this](const QList<AdminRelationship> &rows) {
                                                 m_adminRelationships = rows;
                                                 m_loads->setHasData(Part::AdminRelationships);
                                                 emit adminRelationshipsChanged();
                                             }),
            options));
        break;
    case Part::AzureEntitlements:
        // The plans are known once the subscriptions read with them have answered.
        if (!m_loads->loading().testFlag(Part::Subscriptions))
            loadAzureEntitlements();
        break;
    }
}

void CustomerState::loadAzureEntitlements()
{
    const auto answered = answer<AzurePlanListing::Entitlements>(
        Part::AzureEntitlements, [this](const AzurePlanListing::Entitlements &read) {
            m_azureEntitlements = read;
            m_loads->setHasData(Part::AzureEntitlements);
            emit azureEntitlementsChanged();
        });
    const ApiError subscriptionsError = error(Part::Subscriptions);
    const QList<Subscription> plans = AzurePlanListing::plans(m_subscriptions);
    if (subscriptionsError.isError() || plans.isEmpty()) {
        // Answered from the event loop, like every other part.
        QMetaObject::invokeMethod(
            this,
            [answered, subscriptionsError] {
                answered(
                    subscriptionsError.isError()
                        ? Result<AzurePlanListing::Entitlements>(subscriptionsError)
                        : Result<AzurePlanListing::Entitlements>(AzurePlanListing::Entitlements()));
            },
            Qt::QueuedConnection);
        return;
    }
    for (PendingCall *call :
         AzurePlanListing::read(m_client, m_customer.id, plans, this, answered, m_loads->options()))
        m_loads->addCall(call);
}

void CustomerState::partDone(quint64 generation, Part part, const ApiError &error)
{
    // A listener of the new rows may have started another read, which reads this part again.
    if (generation != m_loads->generation())
        return;
    m_loads->answered(part, error);
    setLoadState(part, error.isError() ? LoadState::Failed : LoadState::Loaded);
    if (part == Part::Subscriptions && m_loads->loading().testFlag(Part::AzureEntitlements))
        loadAzureEntitlements();
    updateReadiness();
    if (generation != m_loads->generation())
        return; // a listener started another read
    m_loads->answerWaiters();
    if (generation != m_loads->generation() || !m_loads->isComplete())
        return;
    const ApiError roundError = m_loads->roundError();
    const Parts parts = m_loads->finish();
    emit refreshFinished(parts, roundError);
}

void CustomerState::setLoadState(Part part, LoadState state)
{
    if (m_loads->setState(part, state))
        emit loadStateChanged(part, state);
}

void CustomerState::setSubscriptions(const QList<Subscription> &subscriptions)
{
    // An empty answer is data too: the first one replaces "not loaded yet".
    if (hasData(Part::Subscriptions) &&
        sameRows(m_subscriptions, subscriptions,
                 [](const Subscription &a, const Subscription &b) { return a.id == b.id; })) {
        m_subscriptions = subscriptions;
        if (!m_subscriptions.isEmpty())
            emit subscriptionsChanged(0, int(m_subscriptions.size()) - 1);
        return;
    }
    emit subscriptionsAboutToBeReplaced();
    m_subscriptions = subscriptions;
    m_loads->setHasData(Part::Subscriptions);
    emit subscriptionsReplaced();
}

void CustomerState::setPurchases(const QList<Entitlement> &purchases)
{
    if (hasData(Part::Purchases) && sameRows(m_purchases, purchases, samePurchase)) {
        m_purchases = purchases;
        if (!m_purchases.isEmpty())
            emit purchasesChanged(0, int(m_purchases.size()) - 1);
        return;
    }
    emit purchasesAboutToBeReplaced();
    m_purchases = purchases;
    m_loads->setHasData(Part::Purchases);
    emit purchasesReplaced();
}

bool CustomerState::applySubscription(const Subscription &subscription)
{
    const int row = subscriptionRow(subscription.id);
    if (row < 0)
        return false;
    m_subscriptions[row] = subscription;
    emit subscriptionsChanged(row, row);
    updateReadiness();
    return true;
}

void CustomerState::applyOrderStatus(const QString &orderId, const QString &status)
{
    for (int row = 0; row < m_purchases.size(); ++row) {
        if (m_purchases.at(row).orderId != orderId)
            continue;
        m_purchases[row].status = status;
        emit purchasesChanged(row, row);
    }
    updateReadiness();
}

bool CustomerState::applyAdminRelationship(const AdminRelationship &relationship)
{
    for (AdminRelationship &r : m_adminRelationships) {
        if (r.id != relationship.id)
            continue;
        r = relationship;
        emit adminRelationshipsChanged();
        return true;
    }
    return false;
}

void CustomerState::markRemoved(const Customer &customer)
{
    m_customer = customer;
    if (m_customer.id.isEmpty())
        m_customer.id = customerId();
    m_customer.relationshipToPartner = u"none"_s;
    m_removed = true;
    emit customerChanged(m_customer);
    emit removed(m_customer);
}

void CustomerState::updateReadiness()
{
    if (m_readiness.update())
        emit readinessChanged();
}
