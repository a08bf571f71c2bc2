#pragma once

#include "sandbox/sandboxtypes.h"

#include <QJsonArray>
#include <QJsonObject>

// Microsoft Graph's delegatedAdminRelationship shapes, for the sandbox's /v1.0 routes and its
// state file, and the status a relationship has at a given time.
class SandboxGraphJson
{
public:
    // Graph's terminate path: terminationRequested for a minute, terminating until five minutes
    // after the request, then terminated (on the sandbox's clock). An active relationship past
    // its endDateTime has expired.
    static QString statusAt(const SandboxAdminRelationship &r, const QDateTime &now);
    static QDateTime endAt(const SandboxAdminRelationship &r, const QDateTime &now);

    static QJsonObject relationshipToWire(const SandboxAdminRelationship &r,
                                          const SandboxCustomer &customer, const QDateTime &now);
    // The terminate request as Graph answers it (201 Created) and lists it.
    static QJsonObject terminateRequestToWire(const SandboxAdminRelationship &r,
                                              const QDateTime &now);

    static QJsonArray relationshipsToState(const QList<SandboxAdminRelationship> &list);
    static QList<SandboxAdminRelationship> relationshipsFromState(const QJsonArray &array,
                                                                  const QDateTime &now);
};
