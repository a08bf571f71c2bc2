#pragma once

#include "core/api/graphcodec.h"
#include "core/api/restclient.h"
#include "core/domain/adminrelationship.h"

// The Microsoft Graph calls PartnerDesk makes — a customer's granular delegated admin (GDAP)
// relationships, and terminating one — on the same transport rules as PartnerCenterClient
// (RestClient, HttpExchange), in Graph's dialect (client-request-id, Accept-Language, its error
// shape). Base URL https://graph.microsoft.com, or the sandbox's own address.
class GraphClient : public RestClient
{
    Q_OBJECT

public:
    GraphClient(const QUrl &baseUrl, AccessTokenSource *tokens, Clock *clock,
                QObject *parent = nullptr);

    // $top of each page (Graph allows 1–300); the whole list is read, following
    // @odata.nextLink on the same server only.
    void setPageSize(int size) { m_pageSize = std::clamp(size, 1, 300); }
    int pageSize() const { return m_pageSize; }

    // Every admin relationship with the customer whose Microsoft Entra tenant id is given,
    // whatever its status ($filter=customer/tenantId eq '…'); one callback after the last page.
    PendingCall *listAdminRelationships(const QString &customerTenantId, QObject *context,
                                        Callback<QList<AdminRelationship>> done,
                                        const CallOptions &options = {});
    PendingCall *getAdminRelationship(const QString &relationshipId, QObject *context,
                                      Callback<AdminRelationship> done,
                                      const CallOptions &options = {});
    // POST …/requests {"action":"terminate"}: the relationship then moves through
    // terminationRequested and terminating to terminated. A lost answer is an unknown outcome:
    // read the relationship back.
    PendingCall *terminateAdminRelationship(const QString &relationshipId, QObject *context,
                                            Callback<GraphCodec::RelationshipRequest> done,
                                            const CallOptions &options = {});

private:
    int m_pageSize = 300;
};
