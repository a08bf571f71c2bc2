#include "oauthreply.h"

#include <QJsonDocument>
#include <QNetworkReply>

using namespace Qt::Literals::StringLiterals;

OAuthReply OAuthReply::fromNetworkReply(QNetworkReply *reply)
{
    return fromAnswer(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                      reply->readAll(), reply->errorString());
}

OAuthReply OAuthReply::fromAnswer(int httpStatus, const QByteArray &data,
                                  const QString &networkError)
{
    OAuthReply r;
    r.m_httpStatus = httpStatus;
    if (r.m_httpStatus == 0) {
        r.m_kind = Kind::Network;
        r.m_description = networkError;
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
    // expires_in is a number, though some servers send it as a string; missing means an hour.
    // It is clamped to a day. A value that is no number of seconds at all (1e300, text) makes the
    // token count as expired at once, so it is refreshed before use; the double is checked
    // before it is converted, since converting an out-of-range double is undefined.
    const QJsonValue expiresIn = m_body.value("expires_in"_L1);
    bool ok = true;
    const double seconds = expiresIn.isUndefined() || expiresIn.isNull() ? 3600.0
                           : expiresIn.isString() ? expiresIn.toString().toDouble(&ok)
                                                  : expiresIn.toDouble(qQNaN());
    constexpr double Day = 24 * 3600;
    const bool valid = ok && seconds >= -Day * 365 && seconds <= Day * 365;
    t.expiresAt = now.addSecs(valid ? qint64(std::clamp(seconds, 0.0, Day)) : 0);
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
