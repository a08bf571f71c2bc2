#pragma once

#include "core/api/customerquery.h"
#include "core/api/restclient.h"
#include "core/domain/azureentitlement.h"
#include "core/domain/customer.h"
#include "core/domain/entitlement.h"
#include "core/domain/order.h"
#include "core/domain/partnerrelationship.h"
#include "core/domain/result.h"
#include "core/domain/subscription.h"

#include <QUrl>

// The subset of the Partner Center REST API that PartnerDesk uses (the same one app/sandbox
// serves), on RestClient's network lanes. Every call is asynchronous and calls back exactly once
// (paging: once per page, then once at the end), in the context object's thread and only while
// the context lives. A change whose answer is lost fails with ApiError::isOutcomeUnknown().
class PartnerCenterClient : public RestClient
{
    Q_OBJECT

public:
    using PageCallback = std::function<void(const QList<Customer> &page)>;
    using DoneCallback = std::function<void(const ApiError &error)>;

    PartnerCenterClient(const QUrl &baseUrl, AccessTokenSource *tokens, Clock *clock,
                        QObject *parent = nullptr);

    // Pages arrive one by one through onPage as the server sends them; onDone ends the call
    // (with no error after the last page).
    PendingCall *listCustomers(const CustomerQuery &query, QObject *context, PageCallback onPage,
                               DoneCallback onDone, const CallOptions &options = {});
    PendingCall *getCustomer(const QString &customerId, QObject *context, Callback<Customer> done,
                             const CallOptions &options = {});
    PendingCall *listSubscriptions(const QString &customerId, QObject *context,
                                   Callback<QList<Subscription>> done,
                                   const CallOptions &options = {});
    // Sends If-Match with the subscription's ETag: a stale one is refused (isStaleEtag()).
    PendingCall *setSubscriptionStatus(const QString &customerId, const Subscription &subscription,
                                       const SubscriptionStatus &status, QObject *context,
                                       Callback<Subscription> done,
                                       const CallOptions &options = {});
    // Turns a new-commerce subscription's auto-renewal on or off (PATCH autoRenewEnabled, with
    // If-Match like every subscription PATCH).
    PendingCall *setAutoRenew(const QString &customerId, const Subscription &subscription,
                              bool enabled, QObject *context, Callback<Subscription> done,
                              const CallOptions &options = {});
    // The Azure subscriptions under an Azure plan ("Get a list of Azure entitlements for a
    // subscription"): an active one blocks suspending the plan (900115).
    PendingCall *listAzureEntitlements(const QString &customerId, const QString &planId,
                                       QObject *context, Callback<QList<AzureEntitlement>> done,
                                       const CallOptions &options = {});
    PendingCall *listEntitlements(const QString &customerId, Entitlement::Type type,
                                  QObject *context, Callback<QList<Entitlement>> done,
                                  const CallOptions &options = {});
    PendingCall *cancelOrder(const QString &customerId, const QString &orderId,
                             const QString &offerId, QObject *context, Callback<Order> done,
                             const CallOptions &options = {});
    // Succeeds only when the answer says the relationship is now "none".
    PendingCall *removeRelationship(const QString &customerId, QObject *context,
                                    Callback<Customer> done, const CallOptions &options = {});
    PendingCall *getInvitationLink(QObject *context, Callback<QUrl> done,
                                   const CallOptions &options = {});
    // The signed-in partner's indirect providers (GET /v1/relationships?relationship_type=
    // IsIndirectResellerOf): empty unless the partner is an indirect reseller.
    PendingCall *listIndirectProviders(QObject *context, Callback<QList<PartnerRelationship>> done,
                                       const CallOptions &options = {});

private:
    PendingCall *patchSubscription(const QString &customerId, const Subscription &subscription,
                                   QJsonObject body, QObject *context, Callback<Subscription> done,
                                   const CallOptions &options);
};
