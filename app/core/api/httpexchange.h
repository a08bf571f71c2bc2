#pragma once

#include "core/api/httprequest.h"
#include "core/domain/apierror.h"

#include <QObject>
#include <QPointer>

#include <functional>

class PartnerCenterClient;
class QNetworkReply;

// Runs one logical request to the end: fetches a token, sends, and retries by the rules of
// DESIGN §3 — Retry-After then exponential back-off on 429, GETs again on 5xx, time-outs and
// dropped connections, a PATCH only where it cannot have been applied twice, always with the
// same MS-RequestId — and one token refresh on 401. Deletes itself when done.
class HttpExchange : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(int status, const QByteArray &body, const ApiError &error)>;

    HttpExchange(PartnerCenterClient *client, HttpRequest request, Done done);

    void start();
    void cancel();

private:
    void sendWithToken(const QString &token);
    void onReplyFinished(QNetworkReply *reply, const QString &token);
    bool retryLater(std::chrono::milliseconds atLeast);
    std::chrono::milliseconds backoff() const;
    void finish(int status, const QByteArray &body, ApiError error);
    ApiError withIds(ApiError error) const;

    PartnerCenterClient *m_client;
    HttpRequest m_request;
    Done m_done;
    QString m_requestId;
    QPointer<QNetworkReply> m_reply;
    int m_attempt = 0;
    bool m_refreshedToken = false;
    bool m_finished = false;
};
