#pragma once

#include "core/api/graphclient.h"
#include "core/api/partnercenterclient.h"
#include "core/customer/removalblocker.h"
#include "core/customer/statereadiness.h"
#include "core/domain/adminrelationship.h"
#include "core/domain/apierror.h"
#include "core/domain/azureentitlement.h"
#include "core/domain/customer.h"
#include "core/domain/entitlement.h"
#include "core/domain/subscription.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class Clock;
class PartLoads;

// One customer as the servers last described it: the profile, the subscriptions, the software
// purchases and Azure reservations, the Azure subscriptions under each Azure plan, the admin
// relationships (GDAP, from Microsoft Graph), and the readiness for removal computed from them. It
// needs no widget and no model, so the GUI holds one per opened customer, the CLI one per command,
// and bulk offboarding many.
//
// There is one way to read it again: refresh(parts). A refresh started while another runs takes
// over what that one was reading; answers of an abandoned read are ignored. Each part is loaded
// and reported on its own (a page can say which part failed), and keeps its rows while it is
// read again or when reading it failed. Jobs report what the server answered them through the
// apply…() methods, so they never touch a view model.
class CustomerState : public QObject
{
    Q_OBJECT

public:
    // What a refresh reads.
    enum class Part {
        Profile = 0x1,       // GET /customers/{id}
        Subscriptions = 0x2, // GET /customers/{id}/subscriptions
        Purchases = 0x4,     // software purchases, then Azure reservations: two requests
        // GET /v1.0/tenantRelationships/delegatedAdminRelationships for the customer's tenant;
        // read only when the state has a Graph client.
        AdminRelationships = 0x8,
        // GET …/subscriptions/{planId}/azureEntitlements for each active Azure plan, once the
        // subscriptions it is read with have answered.
        AzureEntitlements = 0x10,
    };
    Q_DECLARE_FLAGS(Parts, Part)
    Q_FLAG(Parts)
    static constexpr int PartCount = 5;
    static Parts allParts()
    {
        return Parts(Part::Profile) | Part::Subscriptions | Part::Purchases |
               Part::AdminRelationships | Part::AzureEntitlements;
    }
    // What the removal rule reads.
    static Parts readinessParts() { return Parts(Part::Subscriptions) | Part::Purchases; }

    enum class LoadState { NotLoaded, Loading, Loaded, Failed };
    Q_ENUM(LoadState)

    // error: the first failure among the parts waited for; Cancelled when cancel() stopped them.
    using Done = std::function<void(const ApiError &error)>;

    // Starts with what the customer list knows (id, name, domain); refresh() reads the rest.
    CustomerState(PartnerCenterClient *client, Clock *clock, const Customer &customer,
                  QObject *parent = nullptr);
    ~CustomerState() override;

    // Shared by the page that shows the customer and the jobs working on it: a job that outlives
    // the page keeps reporting into its own customer's state. Deleted with deleteLater(), so the
    // last holder may let go inside one of the state's signals.
    static std::shared_ptr<CustomerState> create(PartnerCenterClient *client, Clock *clock,
                                                 const Customer &customer);

    PartnerCenterClient *client() const { return m_client; }
    // Without one the admin relationships are not read (and their part stays NotLoaded).
    void setGraph(GraphClient *graph);
    GraphClient *graph() const { return m_graph; }
    Clock *clock() const { return m_clock; }
    const Customer &customer() const { return m_customer; }
    QString customerId() const { return m_customer.id; }
    bool isRemoved() const { return m_removed; }

    const QList<Subscription> &subscriptions() const { return m_subscriptions; }
    int subscriptionRow(const QString &id) const;
    const Subscription *subscription(const QString &id) const;
    // The add-ons of a base subscription, as last read.
    QList<Subscription> addOnsOf(const QString &baseId) const;
    // The add-ons that take `target` with base: Partner Center suspends a live base's live
    // add-ons with it; nothing else cascades (an add-on is reactivated on its own).
    QList<Subscription> addOnsFollowing(const Subscription &base,
                                        const SubscriptionStatus &target) const;
    // Software purchases in the server's order, then Azure reservations in the server's order.
    const QList<Entitlement> &purchases() const { return m_purchases; }
    int purchaseRow(const QString &orderId) const;
    const Entitlement *purchase(const QString &orderId) const;

    // Every admin relationship with the customer's tenant, whatever its status.
    const QList<AdminRelationship> &adminRelationships() const { return m_adminRelationships; }
    const AdminRelationship *adminRelationship(const QString &id) const;
    // Those that still give the partner admin access.
    QList<AdminRelationship> activeAdminRelationships() const;
    // The Azure subscriptions by Azure plan subscription id; a plan missing here was not read.
    const QHash<QString, QList<AzureEntitlement>> &azureEntitlements() const
    {
        return m_azureEntitlements;
    }
    // The tenant id Graph filters on: the profile's, else the customer id (the same for CSP).
    QString tenantId() const;

    LoadState loadState(Part part) const;
    // All parts that can be read together: Loading while any is read, Failed if any failed,
    // Loaded when all are.
    LoadState loadState() const;
    // The part's last failure; no error once it loads again.
    ApiError error(Part part) const;
    // The first failure of any part, in Part order.
    ApiError error() const;
    // Whether the part has been read at least once (its rows are kept while it is read again).
    bool hasData(Part part) const;
    bool isLoading() const;

    // Every blocker, or NotLoaded / LoadFailed while the rule's parts are not (all) there.
    const QList<RemovalBlocker> &blockers() const { return m_readiness.blockers(); }
    bool isReady() const { return blockers().isEmpty(); }
    QList<Subscription> activeSubscriptions() const;
    int activeSubscriptionCount() const { return int(activeSubscriptions().size()); }
    // Why the removal is unavailable, translated; empty when it is available.
    QString readinessReason() const;

    // Reads the parts (and whatever is being read already) from the server. done, if given,
    // runs once those parts have answered, and only while context lives. A job passes its
    // options, so its re-reads carry its correlation id.
    void refresh(Parts parts = allParts(), QObject *context = nullptr, Done done = {},
                 const CallOptions &options = {});
    // Stops reading: the parts keep what they had.
    void cancel();

    // The server's answer about one subscription; false if the state does not list it.
    bool applySubscription(const Subscription &subscription);
    // The server's answer about an order: its purchases now have this status.
    void applyOrderStatus(const QString &orderId, const QString &status);
    // Graph's answer about one admin relationship; false if the state does not list it.
    bool applyAdminRelationship(const AdminRelationship &relationship);
    // The relationship is gone: the customer is no longer the partner's.
    void markRemoved(const Customer &customer);

signals:
    void customerChanged(const Customer &customer);
    void loadStateChanged(CustomerState::Part part, CustomerState::LoadState state);
    // Every refresh ends with this, once all its parts have answered.
    void refreshFinished(CustomerState::Parts parts, const ApiError &error);
    // Rows with other ids (or another order): a model resets between these two.
    void subscriptionsAboutToBeReplaced();
    void subscriptionsReplaced();
    // The same rows with new values.
    void subscriptionsChanged(int firstRow, int lastRow);
    void purchasesAboutToBeReplaced();
    void purchasesReplaced();
    void purchasesChanged(int firstRow, int lastRow);
    // The admin relationships or the Azure entitlements were read, or one changed.
    void adminRelationshipsChanged();
    void azureEntitlementsChanged();
    // The blockers or the active count (and so isReady() and the reason) changed.
    void readinessChanged();
    void removed(const Customer &customer);

private:
    void load(Part part);
    void loadAzureEntitlements();
    // The callback of a part's read: applies a good answer, then says the part answered. An
    // answer of an abandoned read does nothing.
    template<typename T, typename Apply> auto answer(Part part, Apply apply);
    Parts readableParts() const;
    // One part answered; stale answers (an older generation) are ignored.
    void partDone(quint64 generation, Part part, const ApiError &error);
    void setLoadState(Part part, LoadState state);
    void setSubscriptions(const QList<Subscription> &subscriptions);
    void setPurchases(const QList<Entitlement> &purchases);
    void updateReadiness();

    PartnerCenterClient *m_client;
    QPointer<GraphClient> m_graph;
    Clock *m_clock;
    Customer m_customer;
    bool m_removed = false;
    QList<Subscription> m_subscriptions;
    QList<Entitlement> m_purchases;
    QList<AdminRelationship> m_adminRelationships;
    QHash<QString, QList<AzureEntitlement>> m_azureEntitlements;
    // Each part's load state, and the read in progress.
    std::unique_ptr<PartLoads> m_loads;
    StateReadiness m_readiness;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(CustomerState::Parts)
