#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QUrl>
#include <QUuid>

// One logical Partner Center request, before headers and retries.
struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    std::optional<QJsonObject> body;
    QList<QPair<QByteArray, QByteArray>> extraHeaders; // e.g. MS-ContinuationToken
    QUuid correlationId;

    bool isIdempotentRead() const { return method == "GET"; }
    // PATCH, POST: sending it twice could apply it twice.
    bool isChange() const { return !isIdempotentRead(); }
};
