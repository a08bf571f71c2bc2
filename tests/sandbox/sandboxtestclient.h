#pragma once

#include <QJsonDocument>
#include <QJsonObject>
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
                   const QList<std::pair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest request(base.resolved(QUrl(pathAndQuery)));
        request.setRawHeader("Accept", "application/json");
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        if (!locale.isEmpty())
            request.setRawHeader("X-Locale", locale);
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        for (const auto &header : headers)
            request.setRawHeader(header.first, header.second);
        if (timeoutMs > 0)
            request.setTransferTimeout(timeoutMs);
        QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(15000);
        TestReply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.error = reply->error();
        // An aborted reply (time-out) is closed: nothing to read.
        result.body = reply->isOpen() ? reply->readAll() : QByteArray();
        result.json = QJsonDocument::fromJson(result.body).object();
        for (const auto &pair : reply->rawHeaderPairs())
            result.headers.insert(pair.first.toLower(), pair.second);
        reply->deleteLater();
        return result;
    }
    TestReply get(const QString &path) { return call("GET", path); }
    TestReply patch(const QString &path, const QJsonObject &body)
    {
        return call("PATCH", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    TestReply postForm(const QString &path, const QUrlQuery &form)
    {
        QNetworkRequest request(base.resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded");
        QNetworkReply *reply = m_nam.post(request, form.toString(QUrl::FullyEncoded).toUtf8());
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(15000);
        TestReply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.error = reply->error();
        result.body = reply->readAll();
        result.json = QJsonDocument::fromJson(result.body).object();
        reply->deleteLater();
        return result;
    }

private:
    QNetworkAccessManager m_nam;
};
