#pragma once

#include "core/api/customerquery.h"
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

class AccessTokenSource;
class Clock;
class HttpExchange;
class PendingCall;

// Per user action: every request made for one click shares its MS-CorrelationId.
struct CallOptions
{
    QUuid correlationId = QUuid::createUuid();
};

// The Partner Center REST API subset of DESIGN §3, on one QNetworkAccessManager. Every call is
// asynchronous and calls back exactly once (paging: once per page, then once at the end), in
// the context object's thread and only while the context lives.
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
    void setLocaleTag(const QString &tag) { m_localeTag = tag; }
    QString localeTag() const { return m_localeTag; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    RetryPolicy retryPolicy() const { return m_retryPolicy; }
    Clock *clock() const { return m_clock; }

    // Pages arrive one by one through onPage as the server sends them; onDone ends the call
    // (with no error after the last page).
    PendingCall *listCustomers(const CustomerQuery &query, QObject *context, PageCallback onPage,
                               DoneCallback onDone, const CallOptions &options = {});
    PendingCall *getCustomer(const QString &customerId, QObject *context, Callback<Customer> done,
                             const CallOptions &options = {});
    PendingCall *listSubscriptions(const QString &customerId, QObject *context,
                                   Callback<QList<Subscription>> done,
                                   const CallOptions &options = {});
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
    friend class HttpExchange;
    using RawCallback =
        std::function<void(int status, const QByteArray &body, const ApiError &error)>;

    // Starts request as part of call, from the event loop or (startNow) at once; done runs
    // only while context lives, never before the event loop turns, and the call is finished
    // after it unless done started a follow-up (the next page) on the same call.
    void run(PendingCall *call, HttpRequest request, QObject *context, RawCallback done,
             bool startNow = false);
    PendingCall *start(HttpRequest request, QObject *context, RawCallback done);
    // The first page starts from the event loop, each next one at once: before the page that
    // names it is handed over.
    void fetchPage(PendingCall *call, HttpRequest request, QObject *context, PageCallback onPage,
                   DoneCallback onDone, bool startNow = false);
    HttpRequest request(QByteArray method, const QString &path, const CallOptions &options) const;
    // links.next may be relative or absolute; absolute only to the same origin, so the bearer
    // token never travels to a host the user did not choose.
    std::optional<QUrl> resolveNext(const QString &uri) const;

    QUrl m_baseUrl;
    AccessTokenSource *m_tokens;
    Clock *m_clock;
    QNetworkAccessManager m_network;
    QString m_localeTag = QStringLiteral("en-US");
    RetryPolicy m_retryPolicy;
};
