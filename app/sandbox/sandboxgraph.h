#pragma once

#include "sandbox/recordedrequest.h"
#include "sandbox/sandboxreply.h"

#include <QDateTime>

class SandboxStore;
struct SandboxCustomer;
struct SandboxUser;

// The /v1.0 Microsoft Graph routes PartnerDesk uses — delegatedAdminRelationships (list with
// $filter on customer/tenantId and @odata.nextLink paging, get, terminate requests) — for an
// already authenticated user, with Graph's error shape {"error":{"code","message",
// "innerError"}}.
class SandboxGraph
{
public:
    explicit SandboxGraph(SandboxStore &store);

    static bool isGraphPath(const QString &path);

    // `origin` (scheme://host:port) starts every @odata.nextLink. Sets *changed when the store
    // changed.
    SandboxReply handle(const RecordedRequest &request, const SandboxUser &user,
                        const QDateTime &now, const QString &origin, bool *changed);

    // Graph's error body, with the ids Graph puts in innerError.
    static SandboxReply error(const RecordedRequest &request, int status, const QString &code,
                              const QString &message, const QDateTime &now);
    // A reply made in Partner Center's error shape (a fault, a 401) in Graph's instead.
    static SandboxReply graphShaped(const SandboxReply &reply, const RecordedRequest &request,
                                    const QDateTime &now);

private:
    SandboxReply list(const RecordedRequest &request, const QDateTime &now, const QString &origin);
    SandboxReply terminate(SandboxCustomer &customer, int index, const RecordedRequest &request,
                           const QDateTime &now, bool *changed);

    SandboxStore &m_store;
};
