#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QUrlQuery>

// A request as the sandbox received it; kept so tests can check the client's headers
// (MS-RequestId reuse, MS-CorrelationId, X-Locale).
struct RecordedRequest
{
    QByteArray method;    // "GET", "PATCH", ...
    QString path;         // decoded path, e.g. /v1/customers
    QString pathAndQuery; // as requested, e.g. /v1/customers?size=100
    QUrlQuery query;
    QMap<QByteArray, QByteArray> headers; // lower-case name -> value
    QByteArray body;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    // Partner Center's X-Locale, else the first language of Accept-Language (Graph's way).
    QString locale() const
    {
        const QByteArray locale = header(QByteArrayLiteral("x-locale"));
        if (!locale.isEmpty())
            return QString::fromLatin1(locale);
        const QByteArray accepted = header(QByteArrayLiteral("accept-language"));
        return QString::fromLatin1(accepted.split(',').constFirst().split(';').constFirst())
            .trimmed();
    }
};
