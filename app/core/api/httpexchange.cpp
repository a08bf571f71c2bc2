#include "httpexchange.h"

#include "core/api/accesstokensource.h"
#include "core/api/clock.h"
#include "core/api/networklanes.h"
#include "core/api/restclient.h"
#include "core/api/singleusebody.h"
#include "core/api/wirecodec.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono;

namespace {
QString braceless(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

// Retry-After is seconds, or an HTTP date; the throttle body repeats it in words.
int retryAfterSeconds(const QNetworkReply *reply, const QByteArray &body, const QDateTime &now)
{
    const QByteArray header = reply->rawHeader("Retry-After").trimmed();
    bool ok = false;
    const int seconds = header.toInt(&ok);
    if (ok && seconds >= 0)
        return seconds;
    if (!header.isEmpty()) {
        const QDateTime when = QDateTime::fromString(QString::fromLatin1(header), Qt::RFC2822Date);
        if (when.isValid())
            return int(std::clamp<qint64>(now.secsTo(when), 0, 24 * 3600));
    }
    static const QRegularExpression inSeconds(u"(\\d{1,6})\\s*second"_s);
    const auto match = inSeconds.match(QString::fromUtf8(body.left(4096)));
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

// Failures of the connection itself, which a later attempt may not meet.
bool isTransportFailure(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // the transfer timeout ends this way
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionClosedError:
        return true;
    default:
        return false;
    }
}

// Failures that happen before a byte of the request leaves: the server cannot have seen it.
bool isBeforeSending(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::ProtocolUnknownError:
        return true;
    default:
        return false;
    }
}
} // namespace

HttpExchange::HttpExchange(const HttpEnvironment &environment, HttpRequest request, Done done,
                           QObject *parent)
    : QObject(parent)
    , m_environment(environment)
    , m_request(std::move(request))
    , m_done(std::move(done))
    , m_requestId(braceless(QUuid::createUuid()))
{
}

void HttpExchange::start()
{
    ++m_attempt;
    QString why;
    if (!RestClient::isAllowedEndpoint(m_request.url, &why)) {
        fail(0, ApiError(ApiError::Kind::InsecureEndpoint, why));
        return;
    }
    m_environment.tokens->fetchToken(this, [this](const QString &token, const ApiError &error) {
        if (m_finished)
            return;
        if (error.isError())
            fail(0, error);
        else
            sendWithToken(token);
    });
}

void HttpExchange::sendWithToken(const QString &token)
{
    QNetworkRequest request(m_request.url);
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    request.setRawHeader("Accept", "application/json");
    if (m_environment.dialect == HttpEnvironment::Dialect::Graph) {
        // Graph's own tracing id, the same on every attempt like MS-RequestId.
        request.setRawHeader("client-request-id", m_requestId.toLatin1());
        request.setRawHeader("Accept-Language", m_environment.localeTag.toLatin1());
    } else {
        request.setRawHeader("MS-CorrelationId", braceless(m_request.correlationId).toLatin1());
        request.setRawHeader("MS-RequestId", m_requestId.toLatin1());
        request.setRawHeader("X-Locale", m_environment.localeTag.toLatin1());
        request.setRawHeader("MS-PartnerCenter-Application", "PartnerDesk");
    }
    for (const auto &[name, value] : m_request.extraHeaders)
        request.setRawHeader(name, value);
    // A redirect could carry the bearer token to another host: follow none.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(int(m_environment.retryPolicy.transferTimeout.count()));

    // A GET goes without an upload device: with one, Qt writes the request in two segments and
    // Nagle's algorithm plus delayed ACKs cost ~40 ms on every page.
    QNetworkAccessManager *network = m_environment.network->next();
    if (m_request.body) {
        const QByteArray payload = QJsonDocument(*m_request.body).toJson(QJsonDocument::Compact);
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        request.setHeader(QNetworkRequest::ContentLengthHeader, payload.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new SingleUseBody(payload);
        m_reply = network->sendCustomRequest(request, m_request.method, body);
        body->setParent(m_reply);
    } else {
        m_reply = network->sendCustomRequest(request, m_request.method);
    }
    connect(m_reply, &QNetworkReply::finished, this,
            [this, reply = m_reply.data(), token] { onReplyFinished(reply, token); });
}

void HttpExchange::onReplyFinished(QNetworkReply *reply, const QString &token)
{
    reply->deleteLater();
    if (m_finished)
        return;
    m_reply = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        onNoAnswer(reply);
        return;
    }
    const QByteArray body = reply->readAll();
    if (status == 401 && !m_refreshedToken && m_environment.tokens->invalidateToken(token)) {
        m_refreshedToken = true;
        --m_attempt; // a refreshed token is not a failed attempt
        start();
        return;
    }
    const bool change = m_request.isChange();
    // Refused before anything was done, and told when to come back: any request may try again.
    if (status == 429 || (status == 503 && reply->hasRawHeader("Retry-After"))) {
        const int seconds = retryAfterSeconds(reply, body, m_environment.clock->now());
        emit throttled(seconds);
        if (retryLater(std::max<milliseconds>(seconds * 1000ms, backoff())))
            return;
        ApiError error = WireCodec::error(status, body);
        error.setRetryAfterSeconds(seconds);
        fail(status, error);
        return;
    }
    if (status >= 200 && status < 300) {
        if (m_request.readBody && m_request.readBody(body)) {
            finish({status, {}, {}, m_requestId});
            return;
        }
        Result<QJsonObject> json = WireCodec::object(body);
        if (json.ok()) {
            finish({status, json.value(), {}, m_requestId});
            return;
        }
        // Unreadable: a GET asks again; a change was made, but into what is not known.
        if (!change && retryLater(backoff()))
            return;
        ApiError error = json.error();
        error.setHttpStatus(status);
        error.setOutcomeUnknown(change);
        fail(status, error);
        return;
    }
    if (status >= 500 && !change && retryLater(backoff()))
        return;
    ApiError error = WireCodec::error(status, body);
    // A change that met a server error (or a gateway's) may have been applied before it.
    error.setOutcomeUnknown(change && status >= 500 && status != 501);
    fail(status, error);
}

void HttpExchange::onNoAnswer(QNetworkReply *reply)
{
    const QNetworkReply::NetworkError networkError = reply->error();
    const bool timedOut = networkError == QNetworkReply::OperationCanceledError ||
                          networkError == QNetworkReply::TimeoutError;
    // A change that may have reached the server is never sent again: the retry would carry a
    // stale ETag, be refused, and call a change that happened a failure.
    const bool mayHaveArrived = m_request.isChange() && !isBeforeSending(networkError);
    if (isTransportFailure(networkError) && !mayHaveArrived && retryLater(backoff()))
        return;
    ApiError error(timedOut ? ApiError::Kind::Timeout : ApiError::Kind::Network,
                   reply->errorString());
    error.setOutcomeUnknown(mayHaveArrived);
    fail(0, error);
}

milliseconds HttpExchange::backoff() const
{
    const RetryPolicy &policy = m_environment.retryPolicy;
    const int exponent = std::clamp(m_attempt - 1, 0, 20);
    return std::min<milliseconds>(policy.maxBackoff,
                                  milliseconds(policy.initialBackoff.count() << exponent));
}

bool HttpExchange::retryLater(milliseconds delay)
{
    if (m_attempt >= m_environment.retryPolicy.maxAttempts)
        return false;
    m_environment.clock->callAfter(delay, this, [this] {
        if (!m_finished)
            start();
    });
    return true;
}

void HttpExchange::cancel()
{
    if (m_finished)
        return;
    const bool sent = !m_reply.isNull();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    ApiError error(ApiError::Kind::Cancelled);
    error.setOutcomeUnknown(sent && m_request.isChange());
    fail(0, error);
}

void HttpExchange::fail(int status, ApiError error)
{
    if (m_finished)
        return;
    error.setCorrelationId(braceless(m_request.correlationId));
    error.setRequestId(m_requestId);
    error.setService(m_environment.dialect == HttpEnvironment::Dialect::Graph
                         ? ApiError::Service::Graph
                         : ApiError::Service::PartnerCenter);
    if (error.kind() != ApiError::Kind::Cancelled)
        emit failed(error);
    finish({status, {}, error, m_requestId});
}

void HttpExchange::finish(HttpAnswer answer)
{
    if (m_finished)
        return;
    m_finished = true;
    // The callback may start the next page or delete the context; nothing here runs after it.
    auto done = std::move(m_done);
    deleteLater();
    done(answer);
}
