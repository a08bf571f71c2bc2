#include "apierror.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr qsizetype MaxDescription = 1024;
}

ApiError::ApiError(Kind kind, QString description)
    : m_kind(kind)
{
    setDescription(description);
}

ApiError ApiError::http(int status, QString code, QString description)
{
    ApiError error(Kind::Http, std::move(description));
    error.m_httpStatus = status;
    error.m_code = std::move(code);
    return error;
}

void ApiError::setDescription(const QString &description)
{
    m_description = description.left(MaxDescription);
}

bool ApiError::isGraphPermissionMissing() const
{
    static const QStringList consentCodes{u"consent_required"_s, u"invalid_scope"_s,
                                          u"Authorization_RequestDenied"_s};
    return m_service == Service::Graph && (m_httpStatus == 403 || consentCodes.contains(m_code));
}

QString ApiError::graphSummary() const
{
    if (isGraphPermissionMissing())
        return tr("Microsoft Graph refused access to the admin relationships. Add the delegated "
                  "Microsoft Graph permission DelegatedAdminRelationship.ReadWrite.All to the app "
                  "registration and grant admin consent; your account also needs the Admin agent "
                  "role.");
    if (m_outcomeUnknown && m_kind != Kind::Cancelled)
        return tr("The answer from Microsoft Graph was lost, so it is not known whether the "
                  "change was made.");
    switch (m_kind) {
    case Kind::Network:
        return tr("Microsoft Graph could not be reached.");
    case Kind::Timeout:
        return tr("Microsoft Graph did not answer in time.");
    case Kind::Throttled:
        return tr("Microsoft Graph is busy and asked us to slow down. Try again in a minute.");
    case Kind::Malformed:
        return tr("Microsoft Graph sent an answer that could not be read.");
    case Kind::Http:
        if (m_httpStatus == 404)
            return tr("Microsoft Graph does not know this admin relationship.");
        if (m_httpStatus >= 500)
            return tr("Microsoft Graph had an internal error.");
        return tr("Microsoft Graph refused the request (HTTP %1).").arg(m_httpStatus);
    default:
        return {};
    }
}

QString ApiError::summary() const
{
    // Refused before anything was sent: our own words are the whole story.
    if (m_kind == Kind::Refused)
        return m_description;
    if (m_service == Service::Graph) {
        if (const QString graph = graphSummary(); !graph.isEmpty())
            return graph;
    }
    // Whatever went wrong, the one thing the user must know is that the change may have happened.
    if (m_outcomeUnknown && m_kind == Kind::Cancelled)
        return tr("The request was cancelled after it was sent, so it is not known whether the "
                  "change was made.");
    if (m_outcomeUnknown)
        return tr("The answer from Partner Center was lost, so it is not known whether the change "
                  "was made.");
    if (isStaleEtag())
        return tr("Someone else changed this item in the meantime. Refresh and try again.");
    // Known Partner Center codes first: they say more than the HTTP status.
    if (m_code == "900150"_L1)
        return tr("Your role does not allow this. Ask a Global admin or an Admin agent.");
    if (m_code == "900115"_L1)
        return tr("An Azure plan cannot be suspended while Azure subscriptions under it are "
                  "active.");
    if (m_code == "900117"_L1)
        return tr("The cancellation window has passed.");
    if (m_code == "20002"_L1)
        return tr("There is no relationship between your organization and this customer.");
    if (m_code == "800091"_L1)
        return tr("A suspended subscription cannot be updated.");
    if (m_code == "27009"_L1)
        return tr("An add-on cannot be reactivated while its parent subscription is inactive.");

    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        return tr("Partner Center could not be reached.");
    case Kind::Timeout:
        return tr("Partner Center did not answer in time.");
    case Kind::Throttled:
        return tr("Partner Center is busy and asked us to slow down. Try again in a minute.");
    case Kind::Malformed:
        return tr("Partner Center sent an answer that could not be read.");
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    case Kind::InsecureEndpoint:
        return tr("Refused to send credentials over an unencrypted connection.");
    case Kind::Unauthenticated:
        return tr("You are not signed in, or your session has expired. Sign in again.");
    case Kind::Unexpected:
        return tr("Partner Center accepted the request but did not confirm the change.");
    case Kind::Refused:
    case Kind::Http:
        break;
    }
    switch (m_httpStatus) {
    case 401:
        return tr("You are not signed in, or your session has expired. Sign in again.");
    case 403:
        return tr("Your role does not allow this.");
    case 404:
        return tr("Partner Center does not know this item any more.");
    case 409:
        return tr("Partner Center refused the change.");
    default:
        if (m_httpStatus >= 500)
            return tr("Partner Center had an internal error.");
        return tr("Partner Center refused the request (HTTP %1).").arg(m_httpStatus);
    }
}

QString ApiError::userMessage() const
{
    QString text = summary();
    // Only an error answer carries the server's own words; anything else (a lost connection, a
    // body that could not be read) is described by us and is not dressed up as theirs.
    const bool serverWords = m_kind == Kind::Http || m_kind == Kind::Throttled;
    if (m_kind != Kind::Refused && !m_description.isEmpty() && m_description != text)
        text += u"\n\n"_s +
                (serverWords && m_service == Service::Graph
                     ? tr("Microsoft Graph said: %1").arg(m_description)
                 : serverWords
                     ? tr("Partner Center said: %1").arg(m_description)
                     : tr("Details: %1", "technical details of a failure").arg(m_description));
    if (!m_correlationId.isEmpty())
        text += u"\n\n"_s + tr("Correlation ID: %1").arg(m_correlationId);
    // Graph knows the request by the client-request-id it was sent with, not our correlation.
    if (m_service == Service::Graph && !m_requestId.isEmpty())
        text += u"\n"_s + tr("Microsoft Graph client-request-id: %1").arg(m_requestId);
    return text;
}
