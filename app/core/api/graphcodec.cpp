#include "graphcodec.h"

#include "core/api/jsonfields.h"
#include "core/api/wirecodec.h"

using namespace Qt::Literals::StringLiterals;

namespace {
template<typename T> Result<T> finish(const JsonFields &f, T value)
{
    return WireCodec::unlessProblems(f.problems(), std::move(value));
}
} // namespace

Result<GraphCodec::Page> GraphCodec::page(const QJsonObject &root)
{
    JsonFields f(root, {});
    if (!f.value("value"_L1).isArray())
        return WireCodec::malformed(u"value: expected an array"_s);
    Page page{f.array("value"_L1), f.string("@odata.nextLink"_L1)};
    return finish(f, page);
}

Result<AdminRelationship> GraphCodec::adminRelationship(const QJsonObject &json,
                                                        const QString &path)
{
    JsonFields f(json, path.isEmpty() ? u"delegatedAdminRelationship"_s : path);
    AdminRelationship r;
    r.id = f.requiredString("id"_L1);
    r.displayName = f.string("displayName"_L1);
    r.status = f.string("status"_L1);
    r.duration = f.string("duration"_L1);
    r.autoExtendDuration = f.string("autoExtendDuration"_L1);
    r.createdDateTime = f.dateTime("createdDateTime"_L1);
    r.activatedDateTime = f.dateTime("activatedDateTime"_L1);
    r.endDateTime = f.dateTime("endDateTime"_L1);
    r.etag = f.string("@odata.etag"_L1);
    {
        JsonFields c(f.object("customer"_L1), f.childPath("customer"_L1));
        r.customerTenantId = c.string("tenantId"_L1);
        r.customerName = c.string("displayName"_L1);
        f.addProblems(c.problems());
    }
    {
        JsonFields access(f.object("accessDetails"_L1), f.childPath("accessDetails"_L1));
        const QJsonArray roles = access.array("unifiedRoles"_L1);
        for (qsizetype i = 0; i < roles.size(); ++i) {
            JsonFields role(roles.at(i).toObject(),
                            access.childPath("unifiedRoles"_L1) + u"[%1]"_s.arg(i));
            const QString id = role.string("roleDefinitionId"_L1);
            if (!id.isEmpty())
                r.roleDefinitionIds.append(id);
            f.addProblems(role.problems());
        }
        f.addProblems(access.problems());
    }
    return finish(f, r);
}

Result<QList<AdminRelationship>> GraphCodec::adminRelationships(const QJsonArray &value)
{
    return WireCodec::list<AdminRelationship>(value, u"value"_s, &GraphCodec::adminRelationship);
}

Result<GraphCodec::RelationshipRequest> GraphCodec::relationshipRequest(const QJsonObject &json)
{
    JsonFields f(json, u"delegatedAdminRelationshipRequest"_s);
    RelationshipRequest r{f.requiredString("id"_L1), f.string("action"_L1), f.string("status"_L1)};
    return finish(f, r);
}

QJsonObject GraphCodec::terminateBody()
{
    return {{u"action"_s, u"terminate"_s}};
}
