#pragma once

#include "core/auth/oauthtokens.h"

#include <QCoreApplication>
#include <QJsonObject>

class QNetworkReply;

// One answer of the identity provider, classified: success, an OAuth error ("error" and
// "error_description", as RFC 6749 defines them), or no usable answer at all.
class OAuthReply
{
    Q_DECLARE_TR_FUNCTIONS(OAuthReply)

public:
    enum class Kind {
        Success,
        OAuthError, // the server said no, with an error code
        Network,    // no HTTP answer: offline, refused, dropped, timed out, TLS
        Malformed,  // an answer that is not the JSON OAuth promises
        Refused,    // we did not send it: the URL is not allowed
    };

    static OAuthReply fromNetworkReply(QNetworkReply *reply);
    // The same from its parts: status 0 means no HTTP answer (networkError says why).
    static OAuthReply fromAnswer(int httpStatus, const QByteArray &body,
                                 const QString &networkError = {});
    static OAuthReply refused(const QString &why);

    Kind kind() const { return m_kind; }
    bool isSuccess() const { return m_kind == Kind::Success; }
    int httpStatus() const { return m_httpStatus; }
    // The OAuth "error" code, e.g. authorization_pending.
    QString error() const { return m_error; }
    // The server's or the transport's own words; never contains a token.
    QString description() const { return m_description; }
    const QJsonObject &body() const { return m_body; }

    // access_token, refresh_token and expires_in (relative to now) of a token answer.
    OAuthTokens tokens(const QDateTime &now) const;
    // A translated sentence for the user about a failure.
    QString userMessage() const;

private:
    Kind m_kind = Kind::Malformed;
    int m_httpStatus = 0;
    QString m_error;
    QString m_description;
    QJsonObject m_body;
};
