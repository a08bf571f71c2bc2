#include "restclient.h"

#include "core/api/httpexchange.h"
#include "core/api/pendingcall.h"

#include <QCoreApplication>
#include <QHostAddress>

using namespace Qt::Literals::StringLiterals;

RestClient::RestClient(const QUrl &baseUrl, AccessTokenSource *tokens, Clock *clock,
                       HttpEnvironment::Dialect dialect, QObject *parent)
    : QObject(parent)
    , m_baseUrl(baseUrl)
    , m_environment{&m_network, tokens, clock, RetryPolicy(), u"en-US"_s, dialect}
{
}

RestClient::~RestClient() = default;

bool RestClient::isAllowedEndpoint(const QUrl &url, QString *why)
{
    // The texts keep the translation context they were written in.
    if (!url.isValid() || url.host().isEmpty()) {
        if (why)
            *why = QCoreApplication::translate("PartnerCenterClient",
                                               "The address %1 is not a valid URL.")
                       .arg(url.toDisplayString());
        return false;
    }
    if (url.scheme() == "https"_L1)
        return true;
    if (url.scheme() == "http"_L1) {
        const QHostAddress address(url.host());
        if (url.host() == "localhost"_L1 || address.isLoopback())
            return true;
        if (why)
            *why = QCoreApplication::translate("PartnerCenterClient",
                                               "Plain http:// is only allowed to this computer "
                                               "(loopback). Use https:// for %1.")
                       .arg(url.host());
        return false;
    }
    if (why)
        *why = QCoreApplication::translate("PartnerCenterClient",
                                           "Only https:// addresses are supported, not %1.")
                   .arg(url.scheme());
    return false;
}

HttpRequest RestClient::request(QByteArray method, const QString &path,
                                const CallOptions &options) const
{
    HttpRequest r;
    r.method = std::move(method);
    QUrl url = m_baseUrl;
    const QString basePath = url.path().endsWith(u'/') ? url.path().chopped(1) : url.path();
    const qsizetype query = path.indexOf(u'?');
    url.setPath(basePath + (query < 0 ? path : path.left(query)));
    if (query >= 0)
        url.setQuery(path.mid(query + 1), QUrl::StrictMode);
    r.url = url;
    r.correlationId = options.correlationId;
    return r;
}

PendingCall *RestClient::start(HttpRequest request, QObject *context, Step step)
{
    auto *call = new PendingCall(this);
    run(call, std::move(request), context, std::move(step));
    return call;
}

void RestClient::run(PendingCall *call, HttpRequest request, QPointer<QObject> context, Step step,
                     bool followUp)
{
    QPointer<PendingCall> pending(call);
    auto done = [this, pending, context, step, sent = request](const HttpAnswer &answer) {
        FollowUp follow;
        if (context && pending)
            follow = step(sent, answer);
        if (!pending)
            return;
        if (follow.next)
            run(pending, std::move(*follow.next), context, step, true);
        if (follow.then && context)
            follow.then();
        if (!follow.next && pending)
            pending->markFinished();
    };
    auto starting = std::make_shared<bool>(followUp);
    auto *exchange = new HttpExchange(
        m_environment, std::move(request),
        [this, starting, done = std::move(done)](const HttpAnswer &answer) {
            // Answered while start() still runs (a refused token): the page before is not
            // handed over yet, so this answer waits for the event loop like any other.
            if (*starting) {
                QMetaObject::invokeMethod(
                    this, [done, answer] { done(answer); }, Qt::QueuedConnection);
                return;
            }
            done(answer);
        },
        this);
    connect(exchange, &HttpExchange::throttled, this, &RestClient::throttled);
    connect(exchange, &HttpExchange::failed, this, &RestClient::callFailed);
    QPointer<HttpExchange> running(exchange);
    call->setCanceller([running] {
        if (running)
            running->cancel();
    });
    if (followUp) {
        exchange->start();
        *starting = false;
        return;
    }
    // Always answer asynchronously, even for a refused endpoint: the caller gets the
    // PendingCall before any callback runs.
    QMetaObject::invokeMethod(exchange, &HttpExchange::start, Qt::QueuedConnection);
}

ApiError RestClient::unusable(ApiError error, const HttpRequest &sent, const HttpAnswer &answer)
{
    error.setCorrelationId(sent.correlationId.toString(QUuid::WithoutBraces));
    error.setRequestId(answer.requestId);
    if (error.httpStatus() == 0)
        error.setHttpStatus(answer.status);
    error.setService(m_environment.dialect == HttpEnvironment::Dialect::Graph
                         ? ApiError::Service::Graph
                         : ApiError::Service::PartnerCenter);
    // The change was made, but what it made cannot be read from this answer.
    error.setOutcomeUnknown(sent.isChange() && error.kind() == ApiError::Kind::Malformed);
    emit callFailed(error);
    return error;
}
