#include "customerstate.h"

#include "core/api/clock.h"
#include "core/api/partnercenterclient.h"
#include "core/api/pendingcall.h"
#include "core/customer/azureplanlisting.h"
#include "core/customer/purchaseslisting.h"
#include "core/customer/removalreadiness.h"

#include <algorithm>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr CustomerState::Part EveryPart[] = {
    CustomerState::Part::Profile, CustomerState::Part::Subscriptions,
    CustomerState::Part::Purchases, CustomerState::Part::AdminRelationships,
    CustomerState::Part::AzureEntitlements};

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
    , m_windowTimer(clock, this, [this] { updateReadiness(); })
{
    updateReadiness();
}

CustomerState::~CustomerState()
{
    abandonCalls();
}

std::shared_ptr<CustomerState> CustomerState::create(PartnerCenterClient *client, Clock *clock,
                                                     const Customer &customer)
{
    return std::shared_ptr<CustomerState>(new CustomerState(client, clock, customer),
                                          [](CustomerState *state) { state->deleteLater(); });
}

int CustomerState::indexOf(Part part)
{
    return int(std::find(std::begin(EveryPart), std::end(EveryPart), part) - std::begin(EveryPart));
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
    return m_parts.at(indexOf(part)).state;
}

CustomerState::LoadState CustomerState::loadState() const
{
    const Parts readable = readableParts();
    const auto any = [this, readable](LoadState state) {
        return std::any_of(std::begin(EveryPart), std::end(EveryPart), [&](Part part) {
            return readable.testFlag(part) && loadState(part) == state;
        });
    };
    if (any(LoadState::Loading))
        return LoadState::Loading;
    if (any(LoadState::Failed))
        return LoadState::Failed;
    return any(LoadState::NotLoaded) ? LoadState::NotLoaded : LoadState::Loaded;
}

ApiError CustomerState::error(Part part) const
{
    return m_parts.at(indexOf(part)).error;
}

ApiError CustomerState::error() const
{
    for (const PartSlot &slot : m_parts) {
        if (slot.error.isError())
            return slot.error;
    }
    return {};
}

bool CustomerState::hasData(Part part) const
{
    return m_parts.at(indexOf(part)).hasData;
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
    return RemovalReadiness::reason(m_blockers, activeSubscriptionCount());
}

void CustomerState::refresh(Parts parts, QObject *context, Done done, const CallOptions &options)
{
    if (m_customer.id.isEmpty())
        return;
    // What is in flight is read again with the rest: a read that started before a change the
    // caller knows of may describe the server from before it.
    parts |= m_loading;
    parts &= readableParts();
    abandonCalls();
    m_loading = parts;
    m_answered = {};
    m_roundError = {};
    m_options = options;
    if (done)
        m_waiters.append({context ? context : this, parts, std::move(done)});
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
    abandonCalls();
    const Parts parts = std::exchange(m_loading, {});
    for (const Part part : EveryPart) {
        if (parts.testFlag(part))
            setLoadState(part, m_parts.at(indexOf(part)).settled);
    }
    updateReadiness();
    const ApiError cancelled(ApiError::Kind::Cancelled);
    answerWaiters(cancelled);
    emit refreshFinished(parts, cancelled);
}

void CustomerState::abandonCalls()
{
    // Callbacks of the abandoned calls (including the Cancelled ones cancel() causes) see an
    // older generation and do nothing.
    ++m_generation;
    const auto calls = std::exchange(m_calls, {});
    for (const QPointer<PendingCall> &call : calls) {
        if (call)
            call->cancel();
    }
}

void CustomerState::load(Part part)
{
    const quint64 generation = m_generation;
    const QString id = m_customer.id;
    switch (part) {
    case Part::Profile:
        m_calls.append(m_client->getCustomer(
            id, this,
            [this, generation](const Result<Customer> &result) {
                if (generation != m_generation)
                    return;
                if (result.ok()) {
                    m_customer = result.value();
                    m_parts[indexOf(Part::Profile)].hasData = true;
                    emit customerChanged(m_customer);
                }
                partDone(generation, Part::Profile, result.error());
            },
            m_options));
        break;
    case Part::Subscriptions:
        m_calls.append(m_client->listSubscriptions(
            id, this,
            [this, generation](const Result<QList<Subscription>> &result) {
                if (generation != m_generation)
                    return;
                if (result.ok())
                    setSubscriptions(result.value());
                partDone(generation, Part::Subscriptions, result.error());
            },
            m_options));
        break;
    case Part::Purchases:
        loadPurchases();
        break;
    case Part::AdminRelationships:
        loadAdminRelationships();
        break;
    case Part::AzureEntitlements:
        // The plans are known once the subscriptions read with them have answered.
        if (!m_loading.testFlag(Part::Subscriptions))
            loadAzureEntitlements();
        break;
    }
}

void CustomerState::loadAdminRelationships()
{
    const quint64 generation = m_generation;
    m_calls.append(m_graph->listAdminRelationships(
        tenantId(), this,
        [this, generation](const Result<QList<AdminRelationship>> &result) {
            if (generation != m_generation)
                return;
            if (result.ok()) {
                m_adminRelationships = result.value();
                m_parts[indexOf(Part::AdminRelationships)].hasData = true;
                emit adminRelationshipsChanged();
            }
            partDone(generation, Part::AdminRelationships, result.error());
        },
        m_options));
}

void CustomerState::loadAzureEntitlements()
{
    const quint64 generation = m_generation;
    const auto answered = [this, generation](const Result<AzurePlanListing::Entitlements> &r) {
        if (generation != m_generation)
            return;
        if (r.ok()) {
            m_azureEntitlements = r.value();
            m_parts[indexOf(Part::AzureEntitlements)].hasData = true;
            emit azureEntitlementsChanged();
        }
        partDone(generation, Part::AzureEntitlements, r.error());
    };
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
         AzurePlanListing::read(m_client, m_customer.id, plans, this, answered, m_options))
        m_calls.append(call);
}

void CustomerState::loadPurchases()
{
    const quint64 generation = m_generation;
    const QList<PendingCall *> calls = PurchasesListing::read(
        m_client, m_customer.id, this,
        [this, generation](const Result<QList<Entitlement>> &result) {
            if (generation != m_generation)
                return;
            if (result.ok())
                setPurchases(result.value());
            partDone(generation, Part::Purchases, result.error());
        },
        m_options);
    for (PendingCall *call : calls)
        m_calls.append(call);
}

void CustomerState::partDone(quint64 generation, Part part, const ApiError &error)
{
    // A listener of the new rows may have started another read, which reads this part again.
    if (generation != m_generation)
        return;
    m_parts[indexOf(part)].error = error;
    if (error.isError() && !m_roundError.isError())
        m_roundError = error;
    m_answered |= part;
    setLoadState(part, error.isError() ? LoadState::Failed : LoadState::Loaded);
    if (part == Part::Subscriptions && m_loading.testFlag(Part::AzureEntitlements))
        loadAzureEntitlements();
    updateReadiness();
    if (generation != m_generation)
        return; // a listener started another read
    answerWaiters();
    if (generation != m_generation || m_answered != m_loading)
        return;
    const Parts parts = std::exchange(m_loading, {});
    m_calls.clear();
    emit refreshFinished(parts, m_roundError);
}

void CustomerState::setLoadState(Part part, LoadState state)
{
    PartSlot &slot = m_parts[indexOf(part)];
    if (state != LoadState::Loading)
        slot.settled = state;
    if (slot.state == state)
        return;
    slot.state = state;
    emit loadStateChanged(part, state);
}

void CustomerState::answerWaiters(const ApiError &cancelled)
{
    // A waiter's callback may start another read (and add waiters): work on what is due now.
    QList<Waiter> due;
    for (qsizetype i = 0; i < m_waiters.size();) {
        const Waiter &waiter = m_waiters.at(i);
        if (cancelled.isError() || (waiter.parts & m_answered) == waiter.parts)
            due.append(m_waiters.takeAt(i));
        else
            ++i;
    }
    for (const Waiter &waiter : std::as_const(due)) {
        if (!waiter.context)
            continue;
        ApiError error = cancelled;
        for (const Part part : EveryPart) {
            if (!error.isError() && waiter.parts.testFlag(part))
                error = m_parts.at(indexOf(part)).error;
        }
        waiter.done(error);
    }
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
    m_parts[indexOf(Part::Subscriptions)].hasData = true;
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
    m_parts[indexOf(Part::Purchases)].hasData = true;
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
    QList<RemovalBlocker> fresh;
    bool loaded = true;
    for (const Part part : EveryPart) {
        if (!readinessParts().testFlag(part))
            continue;
        if (loadState(part) == LoadState::Failed) {
            fresh = {RemovalBlocker::loadFailed(part == Part::Purchases
                                                    ? RemovalBlocker::Data::Purchases
                                                    : RemovalBlocker::Data::Subscriptions)};
            break;
        }
        loaded = loaded && hasData(part);
    }
    if (fresh.isEmpty())
        fresh = loaded ? RemovalReadiness::evaluate(m_subscriptions, m_purchases, m_clock->now())
                       : QList<RemovalBlocker>{RemovalBlocker::notLoaded()};
    m_windowTimer.schedule(
        RemovalReadiness::nextChange(m_subscriptions, m_purchases, m_clock->now()));
    // The reason names the active count, which changes without a blocker changing (suspending
    // new commerce leaves it billed, so still blocking): either is a change of the readiness.
    const int active = activeSubscriptionCount();
    if (fresh == m_blockers && active == m_readinessActiveCount)
        return;
    m_blockers = std::move(fresh);
    m_readinessActiveCount = active;
    emit readinessChanged();
}
