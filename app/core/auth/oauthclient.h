#pragma once

#include "core/auth/oauthreply.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>

#include <chrono>
#include <functional>

class ConnectionSettings;
class QNetworkAccessManager;

// The two OAuth 2.0 endpoints of the device authorization grant, devicecode and token, on a
// plain QNetworkAccessManager (Qt 6.4's QtNetworkAuth has no device flow). Every request goes
// to an allowed URL only, follows no redirect (a redirected POST would carry the refresh token
// elsewhere) and never ignores TLS errors.
class OAuthClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const OAuthReply &reply)>;
    using Form = QList<QPair<QString, QString>>;

    explicit OAuthClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    void setTransferTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    void requestDeviceCode(const ConnectionSettings &settings, QObject *context, Callback done);
    void pollDeviceCode(const ConnectionSettings &settings, const QString &deviceCode,
                        QObject *context, Callback done);
    void refresh(const ConnectionSettings &settings, const QString &refreshToken, QObject *context,
                 Callback done);
    // The same for another resource's scope (Microsoft Graph's): one sign-in, several tokens.
    void refresh(const ConnectionSettings &settings, const QString &refreshToken,
                 const QString &scope, QObject *context, Callback done);

    // application/x-www-form-urlencoded, with '+' and every other reserved character escaped.
    static QByteArray encodeForm(const Form &form);

private:
    void post(const QUrl &url, const Form &form, QObject *context, Callback done);

    QNetworkAccessManager *m_network;
    std::chrono::milliseconds m_timeout{30000};
};
