#include "tokenclaims.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace {
QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray()) {
        if (v.isString())
            out << v.toString();
    }
    return out;
}
} // namespace

TokenClaims TokenClaims::fromAccessToken(const QString &token)
{
    TokenClaims claims;
    const QStringList parts = token.split(u'.');
    if (parts.size() != 3)
        return claims;
    const QByteArray payload = QByteArray::fromBase64(
        parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QJsonDocument doc = QJsonDocument::fromJson(payload);
    if (!doc.isObject())
        return claims;
    const QJsonObject o = doc.object();
    claims.m_name = o.value("name"_L1).toString();
    claims.m_upn = o.value("upn"_L1).toString();
    if (claims.m_upn.isEmpty())
        claims.m_upn = o.value("preferred_username"_L1).toString();
    claims.m_tenantId = o.value("tid"_L1).toString();
    // exp is seconds since 1970. A value no calendar holds (1e300, negative) makes the whole
    // token unreadable: checked as a double, before it is converted.
    const QJsonValue exp = o.value("exp"_L1);
    if (exp.isDouble()) {
        constexpr double Year9999 = 253402300799.0;
        const double seconds = exp.toDouble();
        if (!(seconds >= 0 && seconds <= Year9999))
            return {};
        claims.m_expiresAt = QDateTime::fromSecsSinceEpoch(qint64(seconds), Qt::UTC);
    }
    claims.m_wids = strings(o.value("wids"_L1));
    claims.m_roles = strings(o.value("roles"_L1));
    claims.m_valid = true;
    return claims;
}

bool TokenClaims::isGlobalAdmin() const
{
    return m_wids.contains(GlobalAdminRoleId, Qt::CaseInsensitive);
}

bool TokenClaims::hasRole(QLatin1StringView role) const
{
    return m_roles.contains(role, Qt::CaseInsensitive);
}

bool TokenClaims::mayChangeSubscriptions() const
{
    return !knowsRoles() || isGlobalAdmin() || hasRole("AdminAgent"_L1);
}

bool TokenClaims::mayRemoveRelationship() const
{
    return !knowsRoles() || isGlobalAdmin() || hasRole("AdminAgent"_L1) || hasRole("SalesAgent"_L1);
}

QString TokenClaims::roleSummary() const
{
    QStringList names;
    if (isGlobalAdmin())
        names << tr("Global admin", "Microsoft Entra role");
    if (hasRole("AdminAgent"_L1))
        names << tr("Admin agent", "Partner Center role");
    if (hasRole("SalesAgent"_L1))
        names << tr("Sales agent", "Partner Center role");
    if (hasRole("HelpdeskAgent"_L1))
        names << tr("Helpdesk agent", "Partner Center role");
    if (names.isEmpty())
        return knowsRoles() ? tr("no Partner Center role") : tr("roles not stated");
    return names.join(u", "_s);
}

QString TokenClaims::displayName() const
{
    if (m_name.isEmpty())
        return m_upn;
    if (m_upn.isEmpty())
        return m_name;
    return tr("%1 (%2)", "user name (user principal name)").arg(m_name, m_upn);
}
