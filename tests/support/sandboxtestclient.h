#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

// Synchronous HTTP calls against the sandbox for tests: real loopback, waits on signals.
struct TestReply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonObject json;
    QMap<QByteArray, QByteArray> headers; // lower-case names
    QString description() const { return json.value(QStringLiteral("description")).toString(); }
    QJsonValue code() const { return json.value(QStringLiteral("code")); }
};

class SandboxTestClient
{
public:
    QUrl base;
    QByteArray token;
    QByteArray locale;
    int timeoutMs = 0; // per request; 0 = Qt's default

    TestReply call(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body = {},
                   const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    TestReply get(const QString &path) { return call("GET", path); }
    TestReply patch(const QString &path, const QJsonObject &body);
    // A form post without the API's headers, as an OAuth client sends it.
    TestReply postForm(const QString &path, const QUrlQuery &form);

private:
    // Waits for the reply (15 s at most) and reads it.
    static TestReply finish(QNetworkReply *reply);

    QNetworkAccessManager m_nam;
};
