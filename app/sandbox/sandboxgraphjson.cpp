#include "sandboxgraphjson.h"
#include "sandbox/sandboxjson.h"

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr qint64 requestedSeconds = 60;
constexpr qint64 terminatingSeconds = 300;

void putDate(QJsonObject &o, const QString &key, const QDateTime &date)
{
    if (date.isValid())
        o.insert(key, SandboxJson::dateToString(date));
}
} // namespace

QString SandboxGraphJson::statusAt(const SandboxAdminRelationship &r, const QDateTime &now)
{
    if (r.terminationRequestedDateTime.isValid()) {
        const qint64 elapsed = r.terminationRequestedDateTime.secsTo(now);
        if (elapsed < requestedSeconds)
            return u"terminationRequested"_s;
        return elapsed < terminatingSeconds ? u"terminating"_s : u"terminated"_s;
    }
    if (r.status == u"active" && r.endDateTime.isValid() && now >= r.endDateTime)
        return u"expired"_s;
    return r.status;
}

QDateTime SandboxGraphJson::endAt(const SandboxAdminRelationship &r, const QDateTime &now)
{
    if (r.terminationRequestedDateTime.isValid() && statusAt(r, now) == u"terminated")
        return r.terminationRequestedDateTime.addSecs(terminatingSeconds);
    return r.endDateTime;
}

QJsonObject SandboxGraphJson::relationshipToWire(const SandboxAdminRelationship &r,
                                                 const SandboxCustomer &customer,
                                                 const QDateTime &now)
{
    QJsonArray roles;
    for (const QString &id : r.roleDefinitionIds)
        roles.append(QJsonObject{{u"roleDefinitionId"_s, id}});
    const QString status = statusAt(r, now);
    QDateTime modified = r.terminationRequestedDateTime.isValid() ? r.terminationRequestedDateTime
                                                                  : r.activatedDateTime;
    if (status == u"terminating")
        modified = r.terminationRequestedDateTime.addSecs(requestedSeconds);
    else if (status == u"terminated")
        modified = endAt(r, now);
    QJsonObject o{{u"@odata.type"_s, u"#microsoft.graph.delegatedAdminRelationship"_s},
                  {u"@odata.etag"_s, u"W/\"%1\""_s.arg(QString::number(qHash(r.id + status), 16))},
                  {u"id"_s, r.id},
                  {u"displayName"_s, r.displayName},
                  {u"duration"_s, r.duration},
                  {u"status"_s, status},
                  {u"autoExtendDuration"_s, r.autoExtendDuration},
                  {u"customer"_s, QJsonObject{{u"tenantId"_s, customer.tenantId},
                                              {u"displayName"_s, customer.companyName}}},
                  {u"accessDetails"_s, QJsonObject{{u"unifiedRoles"_s, roles}}}};
    putDate(o, u"createdDateTime"_s, r.createdDateTime);
    putDate(o, u"lastModifiedDateTime"_s, modified.isValid() ? modified : r.createdDateTime);
    putDate(o, u"activatedDateTime"_s, r.activatedDateTime);
    putDate(o, u"endDateTime"_s, endAt(r, now));
    return o;
}

QJsonObject SandboxGraphJson::terminateRequestToWire(const SandboxAdminRelationship &r,
                                                     const QDateTime &now)
{
    const QString status = statusAt(r, now);
    const QString requestStatus = status == u"terminated"             ? u"succeeded"_s
                                  : status == u"terminationRequested" ? u"created"_s
                                                                      : u"pending"_s;
    QJsonObject o{{u"@odata.type"_s, u"#microsoft.graph.delegatedAdminRelationshipRequest"_s},
                  {u"id"_s, r.terminationRequestId},
                  {u"action"_s, u"terminate"_s},
                  {u"status"_s, requestStatus}};
    putDate(o, u"createdDateTime"_s, r.terminationRequestedDateTime);
    putDate(o, u"lastModifiedDateTime"_s, r.terminationRequestedDateTime);
    return o;
}

QJsonArray SandboxGraphJson::relationshipsToState(const QList<SandboxAdminRelationship> &list)
{
    QJsonArray out;
    for (const SandboxAdminRelationship &r : list) {
        QJsonObject o{{u"id"_s, r.id},
                      {u"displayName"_s, r.displayName},
                      {u"status"_s, r.status},
                      {u"roleDefinitionIds"_s, QJsonArray::fromStringList(r.roleDefinitionIds)},
                      {u"duration"_s, r.duration},
                      {u"autoExtendDuration"_s, r.autoExtendDuration}};
        putDate(o, u"createdDateTime"_s, r.createdDateTime);
        putDate(o, u"activatedDateTime"_s, r.activatedDateTime);
        putDate(o, u"endDateTime"_s, r.endDateTime);
        putDate(o, u"terminationRequestedDateTime"_s, r.terminationRequestedDateTime);
        if (!r.terminationRequestId.isEmpty())
            o.insert(u"terminationRequestId"_s, r.terminationRequestId);
        out.append(o);
    }
    return out;
}

QList<SandboxAdminRelationship> SandboxGraphJson::relationshipsFromState(const QJsonArray &array,
                                                                         const QDateTime &now)
{
    using J = SandboxJson;
    QList<SandboxAdminRelationship> out;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        SandboxAdminRelationship r;
        r.id = J::string(o, u"id");
        if (r.id.isEmpty())
            continue;
        r.displayName = J::string(o, u"displayName");
        if (const QString status = J::string(o, u"status"); !status.isEmpty())
            r.status = status;
        const QJsonArray roles = J::value(o, u"roleDefinitionIds").toArray();
        for (const QJsonValue &role : roles)
            r.roleDefinitionIds.append(role.toString());
        if (const QString duration = J::string(o, u"duration"); !duration.isEmpty())
            r.duration = duration;
        if (const QString extend = J::string(o, u"autoExtendDuration"); !extend.isEmpty())
            r.autoExtendDuration = extend;
        r.createdDateTime = J::parseDate(J::value(o, u"createdDateTime"), now);
        r.activatedDateTime = J::parseDate(J::value(o, u"activatedDateTime"), now);
        r.endDateTime = J::parseDate(J::value(o, u"endDateTime"), now);
        r.terminationRequestedDateTime =
            J::parseDate(J::value(o, u"terminationRequestedDateTime"), now);
        r.terminationRequestId = J::string(o, u"terminationRequestId");
        out.append(r);
    }
    return out;
}
