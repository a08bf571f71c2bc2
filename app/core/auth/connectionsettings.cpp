#include "connectionsettings.h"

#include "core/api/partnercenterclient.h"

#include <QRegularExpression>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace {
bool isGuid(const QString &text)
{
    static const QRegularExpression guid(
        u"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"_s);
    return guid.match(text).hasMatch();
}

bool isDomain(const QString &text)
{
    // Letters, digits and hyphens in dot-separated labels: also keeps '/', '?' and '#' out of
    // the URL path the tenant is pasted into.
    static const QRegularExpression domain(
        u"^(?=.{4,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$"_s);
    return domain.match(text).hasMatch();
}

// https, or http to loopback; and nothing that would end up where it should not: credentials
// in the URL, or a query/fragment the OAuth paths are appended after.
void checkBaseUrl(const QUrl &url, const QString &what, QStringList &problems)
{
    QString why;
    if (!PartnerCenterClient::isAllowedEndpoint(url, &why)) {
        problems << ConnectionSettings::tr("%1: %2", "setting name: problem").arg(what, why);
        return;
    }
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        problems << ConnectionSettings::tr("%1: the address must not contain a user name, a "
                                           "password, a query or a fragment.",
                                           "%1 is a setting name")
                        .arg(what);
}
} // namespace

QUrl ConnectionSettings::defaultEndpoint()
{
    return QUrl(u"https://api.partnercenter.microsoft.com"_s);
}

QUrl ConnectionSettings::defaultAuthority()
{
    return QUrl(u"https://login.microsoftonline.com"_s);
}

QString ConnectionSettings::defaultTenant()
{
    return u"organizations"_s;
}

QString ConnectionSettings::scope()
{
    return u"https://api.partnercenter.microsoft.com/user_impersonation offline_access"_s;
}

QString ConnectionSettings::graphScope()
{
    return u"https://graph.microsoft.com/DelegatedAdminRelationship.ReadWrite.All offline_access"_s;
}

QStringList ConnectionSettings::validate() const
{
    QStringList problems;
    checkBaseUrl(endpoint, tr("Partner Center endpoint"), problems);
    checkBaseUrl(authority, tr("Sign-in authority"), problems);
    const QString t = tenant.trimmed();
    if (t.isEmpty())
        problems << tr("Enter the tenant: your Microsoft ID (a GUID), your domain (e.g. "
                       "contoso.onmicrosoft.com) or \"organizations\".");
    else if (t != "organizations"_L1 && t != "common"_L1 && !isGuid(t) && !isDomain(t))
        problems << tr("The tenant \"%1\" is neither a GUID nor a domain name.").arg(t);
    if (clientId.trimmed().isEmpty())
        problems << tr("Enter the application (client) ID of your app registration.");
    else if (!isGuid(clientId.trimmed()))
        problems << tr("The application (client) ID must be a GUID such as "
                       "00000000-0000-0000-0000-000000000000.");
    return problems;
}

QUrl ConnectionSettings::oauthUrl(QStringView leaf) const
{
    QUrl url = authority;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u'/' + tenant.trimmed() + u"/oauth2/v2.0/"_s + leaf.toString());
    return url;
}

QUrl ConnectionSettings::deviceCodeUrl() const
{
    return oauthUrl(u"devicecode");
}

QUrl ConnectionSettings::tokenUrl() const
{
    return oauthUrl(u"token");
}

QString ConnectionSettings::accountKey(const QString &upn) const
{
    return u"refresh-token/%1/%2/%3/%4"_s.arg(authority.host(QUrl::FullyEncoded),
                                              tenant.trimmed().toLower(),
                                              clientId.trimmed().toLower(), upn.toLower());
}

ConnectionSettings ConnectionSettings::load(QSettings &settings)
{
    ConnectionSettings s;
    settings.beginGroup(u"connection"_s);
    s.endpoint = settings.value(u"endpoint"_s, defaultEndpoint()).toUrl();
    s.authority = settings.value(u"authority"_s, defaultAuthority()).toUrl();
    s.tenant = settings.value(u"tenant"_s, defaultTenant()).toString();
    s.clientId = settings.value(u"clientId"_s).toString();
    settings.endGroup();
    return s;
}

void ConnectionSettings::save(QSettings &settings) const
{
    settings.beginGroup(u"connection"_s);
    settings.setValue(u"endpoint"_s, endpoint.toString());
    settings.setValue(u"authority"_s, authority.toString());
    settings.setValue(u"tenant"_s, tenant.trimmed());
    settings.setValue(u"clientId"_s, clientId.trimmed());
    settings.endGroup();
}
