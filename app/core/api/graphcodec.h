#pragma once

#include "core/domain/adminrelationship.h"
#include "core/domain/result.h"

#include <QJsonArray>
#include <QJsonObject>

// Turns Microsoft Graph's delegatedAdminRelationship JSON into domain values and back, with
// WireCodec's rules: never throws, never invents; a wrong type or a missing id is a Malformed
// error naming the field, an unknown status is kept raw.
class GraphCodec
{
public:
    // One page of a Graph collection: "value" and "@odata.nextLink" (absolute, or empty).
    struct Page
    {
        QJsonArray value;
        QString nextLink;
    };
    // A delegatedAdminRelationshipRequest (the answer to terminate).
    struct RelationshipRequest
    {
        QString id;
        QString action;
        QString status; // created, pending, succeeded, failed
    };

    static Result<Page> page(const QJsonObject &root);
    static Result<AdminRelationship> adminRelationship(const QJsonObject &json,
                                                       const QString &path = {});
    static Result<QList<AdminRelationship>> adminRelationships(const QJsonArray &value);
    static Result<RelationshipRequest> relationshipRequest(const QJsonObject &json);

    static QJsonObject terminateBody();
};
