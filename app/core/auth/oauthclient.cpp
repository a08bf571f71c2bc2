#include "oauthclient.h"

#include "core/api/restclient.h"
#include "core/auth/connectionsettings.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

OAuthClient::OAuthClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
}

QByteArray OAuthClient::encodeForm(const Form &form)
{
    QByteArray out;
    for (const auto &[key, value] : form) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

void OAuthClient::requestDeviceCode(const ConnectionSettings &settings, QObject *context,
                                    Callback done)
{
    post(settings.deviceCodeUrl(),
         {{u"client_id"_s, settings.clientId.trimmed()}, {u"scope"_s, ConnectionSettings::scope()}},
         context, std::move(done));
}

void OAuthClient::pollDeviceCode(const ConnectionSettings &settings, const QString &deviceCode,
                                 QObject *context, Callback done)
{
    post(settings.tokenUrl(),
         {{u"grant_type"_s, u"urn:ietf:params:oauth:grant-type:device_code"_s},
          {u"client_id"_s, settings.clientId.trimmed()},
          {u"device_code"_s, deviceCode}},
         context, std::move(done));
}

void OAuthClient::refresh(const ConnectionSettings &settings, const QString &refreshToken,
                          QObject *context, Callback done)
{
    refresh(settings, refreshToken, ConnectionSettings::scope(), context, std::move(done));
}

void OAuthClient::refresh(const ConnectionSettings &settings, const QString &refreshToken,
                          const QString &scope, QObject *context, Callback done)
{
    post(settings.tokenUrl(),
         {{u"grant_type"_s, u"refresh_token"_s},
          {u"client_id"_s, settings.clientId.trimmed()},
          {u"refresh_token"_s, refreshToken},
          {u"scope"_s, scope}},
         context, std::move(done));
}

void OAuthClient::post(const QUrl &url, const Form &form, QObject *context, Callback done)
{
    QString why;
    if (!RestClient::isAllowedEndpoint(url, &why)) {
        // Asynchronous like every other answer, so callers need no re-entrancy care.
        QTimer::singleShot(0, context,
                           [done = std::move(done), why] { done(OAuthReply::refused(why)); });
        return;
    }
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setTransferTimeout(int(m_timeout.count()));
    QNetworkReply *reply = m_network->post(request, encodeForm(form));
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this, [reply, guard, done = std::move(done)] {
        reply->deleteLater();
        if (guard)
            done(OAuthReply::fromNetworkReply(reply));
    });
    // The caller went away: stop the transfer rather than finish it for nobody.
    connect(context, &QObject::destroyed, reply, &QNetworkReply::abort);
}
