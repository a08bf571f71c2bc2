#pragma once

#include "core/api/customerquery.h"
#include "core/api/httpanswer.h"
#include "core/api/httpenvironment.h"
#include "core/api/httprequest.h"
#include "core/api/retrypolicy.h"
#include "core/domain/customer.h"
#include "core/domain/entitlement.h"
#include "core/domain/order.h"
#include "core/domain/result.h"
#include "core/domain/subscription.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUuid>

#include <optional>

class AccessTokenSource;
class Clock;
class PendingCall;

// Per user action: every request made for one click shares its MS-CorrelationId.
struct CallOptions
{
    QUuid correlationId = QUuid::createUuid();
};

// The subset of the Partner Center REST API that PartnerDesk uses (the same one app/sandbox
// serves), on one QNetworkAccessManager. Every call is asynchronous and calls back exactly once
// (paging: once per page, then once at the end), in the context object's thread and only while
// the context lives. A change whose answer is lost fails with ApiError::isOutcomeUnknown().
class PartnerCenterClient : public QObject
{
    Q_OBJECT

public:
    template<typename T> using Callback = std::function<void(const Result<T> &)>;
    using PageCallback = std::function<void(const QList<Customer> &page)>;
    using DoneCallback = std::function<void(const ApiError &error)>;

    PartnerCenterClient(const QUrl &baseUrl, AccessTokenSource *tokens, Clock *clock,
                        QObject *parent = nullptr);
    ~PartnerCenterClient() override;

    // https:// anywhere, http:// only to loopback. why is set to a translated reason.
    static bool isAllowedEndpoint(const QUrl &url, QString *why = nullptr);

    QUrl baseUrl() const { return m_baseUrl; }
    // BCP 47 tag sent as X-Locale, e.g. "cs-CZ"; the server answers its messages in it.
    void setLocaleTag(const QString &tag) { m_environment.localeTag = tag; }
    QString localeTag() const { return m_environment.localeTag; }
    void setRetryPolicy(const RetryPolicy &policy) { m_environment.retryPolicy = policy; }
    RetryPolicy retryPolicy() const { return m_environment.retryPolicy; }
    Clock *clock() const { return m_environment.clock; }

    // Pages arrive one by one through onPage as the server sends them; onDone ends the call
    // (with no error after the last page).
    PendingCall *listCustomers(const CustomerQuery &query, QObject *context, PageCallback onPage,
                               DoneCallback onDone, const CallOptions &options = {});
    PendingCall *getCustomer(const QString &customerId, QObject *context, Callback<Customer> done,
                             const CallOptions &options = {});
    PendingCall *listSubscriptions(const QString &customerId, QObject *context,
                                   Callback<QList<Subscription>> done,
                                   const CallOptions &options = {});
    // Sends If-Match with the subscription's ETag: a stale one is refused (isStaleEtag()).
    PendingCall *setSubscriptionStatus(const QString &customerId, const Subscription &subscription,
                                       const SubscriptionStatus &status, QObject *context,
                                       Callback<Subscription> done,
                                       const CallOptions &options = {});
    PendingCall *listEntitlements(const QString &customerId, Entitlement::Type type,
                                  QObject *context, Callback<QList<Entitlement>> done,
                                  const CallOptions &options = {});
    PendingCall *cancelOrder(const QString &customerId, const QString &orderId,
                             const QString &offerId, QObject *context, Callback<Order> done,
                             const CallOptions &options = {});
    // Succeeds only when the answer says the relationship is now "none".
    PendingCall *removeRelationship(const QString &customerId, QObject *context,
                                    Callback<Customer> done, const CallOptions &options = {});
    PendingCall *getInvitationLink(QObject *context, Callback<QUrl> done,
                                   const CallOptions &options = {});

signals:
    // The server asked us to slow down; workflows lower their parallelism on it.
    void throttled(int retryAfterSeconds);
    // Every failed call, after retries: for a status line and the log (no tokens in it).
    void callFailed(const ApiError &error);

private:
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
    // The first request starts from the event loop, a follow-up at once; either way its answer
    // is handled from the event loop, never inside run().
    void run(PendingCall *call, HttpRequest request, QPointer<QObject> context, Step step,
             bool followUp = false);
    template<typename T>
    PendingCall *call(HttpRequest request, QObject *context, Callback<T> done, Decode<T> decode);
    // path comes from ApiPath::of(); the base URL's own path goes in front of it.
    HttpRequest request(QByteArray method, const QString &path, const CallOptions &options) const;
    // An answer that came but cannot be used is still a failed call: tagged with its ids,
    // an unknown outcome when it answered a change, and announced through callFailed.
    ApiError unusable(ApiError error, const HttpRequest &sent, const HttpAnswer &answer);

    QUrl m_baseUrl;
    QNetworkAccessManager m_network;
    HttpEnvironment m_environment;
};
