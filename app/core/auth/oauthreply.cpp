#include "oauthreply.h"

#include <QJsonDocument>
#include <QNetworkReply>

using namespace Qt::Literals::StringLiterals;

OAuthReply OAuthReply::fromNetworkReply(QNetworkReply *reply)
{
    OAuthReply r;
    r.m_httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray data = reply->readAll();
    if (r.m_httpStatus == 0) {
        r.m_kind = Kind::Network;
        r.m_description = reply->errorString();
        return r;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    r.m_body = doc.object();
    const QJsonValue error = r.m_body.value("error"_L1);
    if (error.isString() && !error.toString().isEmpty()) {
        r.m_kind = Kind::OAuthError;
        r.m_error = error.toString();
        // AADSTS descriptions run to several lines of trace ids; the first line is the message.
        r.m_description = r.m_body.value("error_description"_L1).toString().section(u'\n', 0, 0);
        return r;
    }
    if (r.m_httpStatus >= 200 && r.m_httpStatus < 300 && doc.isObject()) {
        r.m_kind = Kind::Success;
        return r;
    }
    r.m_kind = Kind::Malformed;
    // The body of a broken answer is not shown: it might echo what we sent.
    r.m_description = tr("HTTP status %1").arg(r.m_httpStatus);
    return r;
}

OAuthReply OAuthReply::refused(const QString &why)
{
    OAuthReply r;
    r.m_kind = Kind::Refused;
    r.m_description = why;
    return r;
}

OAuthTokens OAuthReply::tokens(const QDateTime &now) const
{
    OAuthTokens t;
    t.accessToken = m_body.value("access_token"_L1).toString();
    t.refreshToken = m_body.value("refresh_token"_L1).toString();
    // expires_in is a number, though some servers send it as a string.
    const QJsonValue expiresIn = m_body.value("expires_in"_L1);
    const qint64 seconds =
        expiresIn.isString() ? expiresIn.toString().toLongLong() : qint64(expiresIn.toDouble(3600));
    t.expiresAt = now.addSecs(std::clamp<qint64>(seconds, 0, 24 * 3600));
    return t;
}

QString OAuthReply::userMessage() const
{
    switch (m_kind) {
    case Kind::Success:
        return {};
    case Kind::Network:
        return tr("The sign-in service could not be reached: %1").arg(m_description);
    case Kind::Malformed:
        return tr("The sign-in service gave an answer PartnerDesk does not understand (%1).")
            .arg(m_description);
    case Kind::Refused:
        return m_description;
    case Kind::OAuthError:
        break;
    }
    if (m_error == "invalid_grant"_L1)
        return tr("Your sign-in is no longer valid. Please sign in again.");
    if (m_error == "invalid_client"_L1 || m_error == "unauthorized_client"_L1)
        return tr("The app registration does not allow this sign-in. Check the application "
                  "(client) ID and that public client flows are allowed. The service said: %1")
            .arg(m_description);
    return tr("The sign-in service refused the request (%1): %2", "%1 is an OAuth error code")
        .arg(m_error, m_description);
}
