#pragma once

#include "core/api/httpanswer.h"
#include "core/api/httpenvironment.h"
#include "core/api/httprequest.h"
#include "core/api/networklanes.h"
#include "core/api/retrypolicy.h"
#include "core/domain/result.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUuid>

#include <functional>
#include <optional>

class AccessTokenSource;
class Clock;
class PendingCall;

// Per user action: every request made for one click shares its correlation id.
struct CallOptions
{
    QUuid correlationId = QUuid::createUuid();
};

// What the Partner Center and the Microsoft Graph clients share: their QNetworkAccessManagers, the
// transport rules of HttpExchange (retries, Retry-After, one token refresh on 401, no redirects,
// loopback-only http, outcome-unknown for lost change answers), calls that answer exactly once
// in their context's thread and only while it lives, and multi-request calls (paging).
class RestClient : public QObject
{
    Q_OBJECT

public:
    template<typename T> using Callback = std::function<void(const Result<T> &)>;

    RestClient(const QUrl &baseUrl, AccessTokenSource *tokens, Clock *clock,
               HttpEnvironment::Dialect dialect, QObject *parent = nullptr);
    ~RestClient() override;

    // https:// anywhere, http:// only to loopback. why is set to a translated reason.
    static bool isAllowedEndpoint(const QUrl &url, QString *why = nullptr);

    QUrl baseUrl() const { return m_baseUrl; }
    // BCP 47 tag, e.g. "cs-CZ" (X-Locale for Partner Center, Accept-Language for Graph); the
    // server answers its messages in it.
    void setLocaleTag(const QString &tag) { m_environment.localeTag = tag; }
    QString localeTag() const { return m_environment.localeTag; }
    void setRetryPolicy(const RetryPolicy &policy) { m_environment.retryPolicy = policy; }
    RetryPolicy retryPolicy() const { return m_environment.retryPolicy; }
    Clock *clock() const { return m_environment.clock; }

signals:
    // The server asked us to slow down; workflows lower their parallelism on it.
    void throttled(int retryAfterSeconds);
    // Every failed call, after retries: for a status line and the log (no tokens in it).
    void callFailed(const ApiError &error);

protected:
    // What a step makes of an answer: a follow-up request (the next page) on the same call or
    // none, and what to do once the follow-up is on its way (hand the page over: the server
    // produces the next one meanwhile).
    struct FollowUp
    {
        std::optional<HttpRequest> next;
        std::function<void()> then;
    };
    // What to do with the answer to `sent`. Runs only while the call's context lives.
    using Step = std::function<FollowUp(const HttpRequest &sent, const HttpAnswer &answer)>;
    template<typename T> using Decode = std::function<Result<T>(const HttpAnswer &answer)>;

    PendingCall *start(HttpRequest request, QObject *context, Step step);
    // One request, one answer decoded into T.
    template<typename T>
    PendingCall *call(HttpRequest request, QObject *context, Callback<T> done, Decode<T> decode)
    {
        return start(
            std::move(request), context,
            [this, done, decode](const HttpRequest &sent, const HttpAnswer &answer) -> FollowUp {
                if (answer.error.isError()) {
                    done(answer.error);
                    return {};
                }
                Result<T> result = decode(answer);
                done(result.ok() ? result : Result<T>(unusable(result.error(), sent, answer)));
                return {};
            });
    }
    // path comes from ApiPath; the base URL's own path goes in front of it.
    HttpRequest request(QByteArray method, const QString &path, const CallOptions &options) const;
    // An answer that came but cannot be used is still a failed call: tagged with its ids,
    // an unknown outcome when it answered a change, and announced through callFailed.
    ApiError unusable(ApiError error, const HttpRequest &sent, const HttpAnswer &answer);

private:
    // The first request starts from the event loop, a follow-up at once; either way its answer
    // is handled from the event loop, never inside run().
    void run(PendingCall *call, HttpRequest request, QPointer<QObject> context, Step step,
             bool followUp = false);

    QUrl m_baseUrl;
    NetworkLanes m_network;
    HttpEnvironment m_environment;
};
