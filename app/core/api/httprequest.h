#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QUrl>
#include <QUuid>

#include <functional>
#include <optional>

// One logical Partner Center request, before headers and retries.
struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    std::optional<QJsonObject> body;
    QList<QPair<QByteArray, QByteArray>> extraHeaders; // e.g. MS-ContinuationToken
    QUuid correlationId;
    // Reads a 2xx answer's body itself (a customer page in one pass) and says whether it could;
    // when it cannot, the body goes through WireCodec::object() like any other.
    std::function<bool(const QByteArray &body)> readBody;

    bool isIdempotentRead() const { return method == "GET"; }
    // PATCH, POST: sending it twice could apply it twice.
    bool isChange() const { return !isIdempotentRead(); }
};
