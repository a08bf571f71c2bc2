#pragma once

#include "sandbox/recordedrequest.h"
#include "sandbox/sandboxreply.h"

#include <QDateTime>

class SandboxStore;
struct SandboxCustomer;
struct SandboxSubscription;
struct SandboxUser;

// The /v1 Partner Center routes, for an already authenticated user.
class SandboxApi
{
public:
    explicit SandboxApi(SandboxStore &store);

    // Sets *changed when the store changed (so the server saves and signals).
    SandboxReply handle(const RecordedRequest &request, const SandboxUser &user,
                        const QDateTime &now, bool *changed);

private:
    SandboxReply listCustomers(const RecordedRequest &request);
    SandboxReply removeRelationship(SandboxCustomer &customer, const RecordedRequest &request,
                                    const SandboxUser &user, const QDateTime &now, bool *changed);
    SandboxReply listSubscriptions(const SandboxCustomer &customer,
                                   const RecordedRequest &request) const;
    SandboxReply listEntitlements(const SandboxCustomer &customer,
                                  const RecordedRequest &request) const;
    SandboxReply listAzureEntitlements(const SandboxSubscription &plan,
                                       const RecordedRequest &request) const;
    SandboxReply cancelOrder(SandboxCustomer &customer, const QString &orderId,
                             const RecordedRequest &request, const QDateTime &now, bool *changed);
    SandboxReply relationshipRequest() const;
    SandboxReply partnerRelationships(const RecordedRequest &request,
                                      const SandboxUser &user) const;

    SandboxStore &m_store;
};
