#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <utility>

// One HTTP answer, built by the route handlers and written by SandboxServer.
struct SandboxReply
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json; charset=utf-8");
    QList<std::pair<QByteArray, QByteArray>> headers;

    static SandboxReply json(int status, const QJsonObject &object)
    {
        return {status,
                QJsonDocument(object).toJson(QJsonDocument::Compact),
                QByteArrayLiteral("application/json; charset=utf-8"),
                {}};
    }
    // The documented Partner Center error body; `code` is a number or a string.
    static SandboxReply error(int status, const QJsonValue &code, const QString &description)
    {
        return json(status, {{QStringLiteral("code"), code},
                             {QStringLiteral("description"), description},
                             {QStringLiteral("data"), QJsonArray()},
                             {QStringLiteral("source"), QStringLiteral("PartnerFD")}});
    }
    static SandboxReply
    text(int status, const QString &text,
         const QByteArray &type = QByteArrayLiteral("text/plain; charset=utf-8"))
    {
        return {status, text.toUtf8(), type, {}};
    }
};
