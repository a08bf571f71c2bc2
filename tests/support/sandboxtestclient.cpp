#include "sandboxtestclient.h"

#include <QJsonDocument>
#include <QSignalSpy>

TestReply SandboxTestClient::call(const QByteArray &verb, const QString &pathAndQuery,
                                  const QByteArray &body,
                                  const QList<std::pair<QByteArray, QByteArray>> &headers)
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
    return finish(m_nam.sendCustomRequest(request, verb, body));
}

TestReply SandboxTestClient::patch(const QString &path, const QJsonObject &body)
{
    return call("PATCH", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

TestReply SandboxTestClient::postForm(const QString &path, const QUrlQuery &form)
{
    QNetworkRequest request(base.resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded");
    return finish(m_nam.post(request, form.toString(QUrl::FullyEncoded).toUtf8()));
}

TestReply SandboxTestClient::finish(QNetworkReply *reply)
{
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
