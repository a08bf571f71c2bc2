#pragma once

#include "core/api/httpanswer.h"
#include "core/api/httpenvironment.h"
#include "core/api/httprequest.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkReply;

// Runs one logical request to the end: fetches a token, sends, and retries with the same
// MS-RequestId where a retry cannot apply anything twice — Retry-After then exponential back-off
// on 429 and on 503 with Retry-After; a GET also on other 5xx, time-outs, dropped connections
// and a 2xx body that does not parse; a change only when it was refused before it could be
// applied. A change whose answer is lost is reported with an unknown outcome instead. One token
// refresh on 401. Deletes itself when done.
class HttpExchange : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const HttpAnswer &answer)>;

    HttpExchange(const HttpEnvironment &environment, HttpRequest request, Done done,
                 QObject *parent);

    void start();
    void cancel();

signals:
    void throttled(int retryAfterSeconds);
    // Every failure except a cancellation, after retries.
    void failed(const ApiError &error);

private:
    void sendWithToken(const QString &token);
    void onReplyFinished(QNetworkReply *reply, const QString &token);
    void onNoAnswer(QNetworkReply *reply);
    bool retryLater(std::chrono::milliseconds atLeast);
    std::chrono::milliseconds backoff() const;
    void finish(HttpAnswer answer);
    void fail(int status, ApiError error);

    HttpEnvironment m_environment;
    HttpRequest m_request;
    Done m_done;
    QString m_requestId;
    QPointer<QNetworkReply> m_reply;
    int m_attempt = 0;
    bool m_refreshedToken = false;
    bool m_finished = false;
};
