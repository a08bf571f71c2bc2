#include "httpexchange.h"

#include "core/api/accesstokensource.h"
#include "core/api/clock.h"
#include "core/api/partnercenterclient.h"
#include "core/api/wirecodec.h"

#include <QJsonDocument>
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
            return int(std::max<qint64>(0, now.secsTo(when)));
    }
    static const QRegularExpression inSeconds(u"(\\d+)\\s*second"_s);
    const auto match = inSeconds.match(QString::fromUtf8(body));
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

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
} // namespace

HttpExchange::HttpExchange(PartnerCenterClient *client, HttpRequest request, Done done)
    : QObject(client)
    , m_client(client)
    , m_request(std::move(request))
    , m_done(std::move(done))
    , m_requestId(braceless(QUuid::createUuid()))
{
}

void HttpExchange::start()
{
    ++m_attempt;
    QString why;
    if (!PartnerCenterClient::isAllowedEndpoint(m_request.url, &why)) {
        finish(0, {}, ApiError(ApiError::Kind::InsecureEndpoint, why));
        return;
    }
    m_client->m_tokens->fetchToken(this, [this](const QString &token, const ApiError &error) {
        if (m_finished)
            return;
        if (error.isError())
            finish(0, {}, error);
        else
            sendWithToken(token);
    });
}

void HttpExchange::sendWithToken(const QString &token)
{
    QNetworkRequest request(m_request.url);
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("MS-CorrelationId", braceless(m_request.correlationId).toLatin1());
    request.setRawHeader("MS-RequestId", m_requestId.toLatin1());
    request.setRawHeader("X-Locale", m_client->localeTag().toLatin1());
    request.setRawHeader("MS-PartnerCenter-Application", "PartnerDesk");
    for (const auto &[name, value] : m_request.extraHeaders)
        request.setRawHeader(name, value);
    // A redirect could carry the bearer token to another host: follow none.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(int(m_client->retryPolicy().transferTimeout.count()));

    QByteArray payload;
    if (m_request.body) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        payload = QJsonDocument(*m_request.body).toJson(QJsonDocument::Compact);
    }
    // A GET goes without an upload device: with one, Qt writes the request in two segments and
    // Nagle's algorithm plus delayed ACKs cost ~40 ms on every page.
    m_reply = m_request.body
                  ? m_client->m_network.sendCustomRequest(request, m_request.method, payload)
                  : m_client->m_network.sendCustomRequest(request, m_request.method);
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
    const QByteArray body = reply->readAll();
    const QNetworkReply::NetworkError networkError = reply->error();

    if (status == 0) {
        // No HTTP answer at all: the connection failed, dropped or timed out.
        const bool timedOut = networkError == QNetworkReply::OperationCanceledError ||
                              networkError == QNetworkReply::TimeoutError;
        if (isTransportFailure(networkError) && retryLater(backoff()))
            return;
        ApiError error(timedOut ? ApiError::Kind::Timeout : ApiError::Kind::Network,
                       reply->errorString());
        finish(0, {}, error);
        return;
    }
    if (status == 401 && !m_refreshedToken && m_client->m_tokens->invalidateToken(token)) {
        m_refreshedToken = true;
        --m_attempt; // a refreshed token is not a failed attempt
        start();
        return;
    }
    if (status == 429) {
        const int seconds = retryAfterSeconds(reply, body, m_client->clock()->now());
        emit m_client->throttled(seconds);
        if (retryLater(std::max<milliseconds>(seconds * 1000ms, backoff())))
            return;
        ApiError error = WireCodec::error(status, body);
        error.setRetryAfterSeconds(seconds);
        finish(status, body, error);
        return;
    }
    // A PATCH that met a 500 may have been applied; 502–504 come from in front of the service.
    const bool retriable =
        m_request.isIdempotentRead() ? status >= 500 : (status >= 502 && status <= 504);
    if (retriable && retryLater(backoff()))
        return;
    if (status >= 200 && status < 300) {
        finish(status, body, {});
        return;
    }
    finish(status, body, WireCodec::error(status, body));
}

milliseconds HttpExchange::backoff() const
{
    const RetryPolicy policy = m_client->retryPolicy();
    const int exponent = std::clamp(m_attempt - 1, 0, 20);
    return std::min<milliseconds>(policy.maxBackoff,
                                  milliseconds(policy.initialBackoff.count() << exponent));
}

bool HttpExchange::retryLater(milliseconds delay)
{
    if (m_attempt >= m_client->retryPolicy().maxAttempts)
        return false;
    m_client->clock()->callAfter(delay, this, [this] {
        if (!m_finished)
            start();
    });
    return true;
}

void HttpExchange::cancel()
{
    if (m_finished)
        return;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    finish(0, {}, ApiError(ApiError::Kind::Cancelled));
}

ApiError HttpExchange::withIds(ApiError error) const
{
    if (error.isError()) {
        error.setCorrelationId(braceless(m_request.correlationId));
        error.setRequestId(m_requestId);
    }
    return error;
}

void HttpExchange::finish(int status, const QByteArray &body, ApiError error)
{
    if (m_finished)
        return;
    m_finished = true;
    error = withIds(error);
    if (error.isError() && error.kind() != ApiError::Kind::Cancelled)
        emit m_client->callFailed(error);
    // The callback may start the next page or delete the context; nothing here runs after it.
    auto done = std::move(m_done);
    deleteLater();
    done(status, body, error);
}
