#include "sandboxserver.h"
#include "sandbox/sandboxgenerator.h"
#include "sandbox/sandboxgraph.h"
#include "sandbox/sandboxlistener.h"
#include "sandbox/sandboxmessages.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QSaveFile>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using Msg = SandboxMessages::Message;

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QByteArrayLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QByteArrayLiteral("TRACE");
    default:
        return QByteArrayLiteral("UNKNOWN");
    }
}

// Partner Center's /v1 and Graph's /v1.0: authenticated, counted, and where faults land.
bool isApi(const QString &path)
{
    return path == u"/v1" || path.startsWith(u"/v1/") || SandboxGraph::isGraphPath(path);
}

} // namespace

SandboxServer::SandboxServer(QObject *parent)
    : QAbstractHttpServer(parent)
    , m_listener(new SandboxListener(this))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_store.setPartner(u"4b1f2c3d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"_s, u"PartnerDesk Demo"_s,
                       u"partnerdesk-demo.onmicrosoft.com"_s);
    m_store.addDefaultUsers();
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::loadDemo(QString *error)
{
    return loadState(u":/sandbox/demo.json"_s, error);
}

void SandboxServer::generate(int customers, quint32 seed)
{
    SandboxGenerator::generate(m_store, customers, seed, now());
    changed();
}

bool SandboxServer::loadState(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = u"Cannot read %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (error)
            *error = u"%1 is not a sandbox data file: %2"_s.arg(path, parseError.errorString());
        return false;
    }
    SandboxStore loaded;
    if (!loaded.fromJson(document.object(), now(), error))
        return false;
    m_store = loaded;
    emit stateChanged();
    return true;
}

void SandboxServer::setStateFile(const QString &path)
{
    m_stateFile = path;
    if (!path.isEmpty())
        saveState();
}

bool SandboxServer::saveState(QString *error) const
{
    if (m_stateFile.isEmpty())
        return true;
    QDir().mkpath(QFileInfo(m_stateFile).absolutePath());
    // QSaveFile: a crash mid-write never leaves a truncated state behind.
    QSaveFile file(m_stateFile);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(m_store.toJson()).toJson(QJsonDocument::Indented)) < 0 ||
        !file.commit()) {
        if (error)
            *error = u"Cannot write %1: %2"_s.arg(m_stateFile, file.errorString());
        qWarning("Sandbox: cannot save state to %ls: %ls", qUtf16Printable(m_stateFile),
                 qUtf16Printable(file.errorString()));
        return false;
    }
    return true;
}

void SandboxServer::setFaults(const FaultOptions &faults)
{
    m_faults.setOptions(faults);
}

void SandboxServer::clearQueuedFaults()
{
    m_faults.clearQueued();
}

void SandboxServer::failNext(Fault fault, int count, const QString &pathContains,
                             const QByteArray &method, int skip)
{
    m_faults.failNext(fault, count, pathContains, method, skip);
}

void SandboxServer::injectError(int httpStatus, const QString &code, const QString &description,
                                const QString &pathContains, const QByteArray &method)
{
    m_faults.injectError(httpStatus, code, description, pathContains, method);
}

quint16 SandboxServer::start(quint16 port)
{
    if (m_port != 0)
        return m_port;
    // Loopback only: the sandbox accepts any token it issued and must never face a network.
    if (!m_listener->listen(QHostAddress::LocalHost, port))
        return 0;
    bind(m_listener);
    m_port = m_listener->serverPort();
    return m_port;
}

void SandboxServer::setMaxBodyBytes(qint64 bytes)
{
    m_listener->setMaxBodyBytes(bytes);
}

void SandboxServer::setRequestTimeoutMs(int ms)
{
    m_listener->setRequestTimeoutMs(ms);
}

QUrl SandboxServer::baseUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_port);
    return url;
}

QString SandboxServer::issueAccessToken(const QString &user)
{
    return m_identity.issueAccessToken(user, now());
}

void SandboxServer::notifyStoreChanged()
{
    changed();
}

void SandboxServer::setClock(std::function<QDateTime()> now)
{
    m_clock = now ? std::move(now) : [] { return QDateTime::currentDateTimeUtc(); };
}

void SandboxServer::setTokenLifetime(int seconds)
{
    m_identity.setTokenLifetime(seconds);
}

void SandboxServer::setDevicePollsBeforeApproval(int polls)
{
    m_identity.setPollsBeforeApproval(polls);
}

QList<RecordedRequest> SandboxServer::recentRequests(int count) const
{
    if (count < 0 || count >= m_recent.size())
        return m_recent;
    return m_recent.mid(m_recent.size() - count);
}

void SandboxServer::clearRecentRequests()
{
    m_recent.clear();
    m_recentBytes = 0;
}

void SandboxServer::remember(const RecordedRequest &request)
{
    const auto size = [](const RecordedRequest &r) {
        qint64 bytes = r.body.size() + r.pathAndQuery.size() * 2 + r.path.size() * 2;
        for (auto it = r.headers.cbegin(); it != r.headers.cend(); ++it)
            bytes += it.key().size() + it.value().size();
        return bytes;
    };
    m_recent.append(request);
    m_recentBytes += size(request);
    while (m_recentBytes > RecentBytes && m_recent.size() > 1)
        m_recentBytes -= size(m_recent.takeFirst());
}

void SandboxServer::changed()
{
    saveState();
    emit stateChanged();
}

RecordedRequest SandboxServer::recordOf(const QHttpServerRequest &request)
{
    RecordedRequest record;
    record.method = methodName(request.method());
    const QUrl url = request.url();
    record.path = url.path(QUrl::FullyDecoded);
    record.pathAndQuery = url.path(QUrl::FullyEncoded);
    if (url.hasQuery())
        record.pathAndQuery += u'?' + url.query(QUrl::FullyEncoded);
    record.query = QUrlQuery(url);
    const auto headers = request.headers();
    for (const auto &header : headers)
        record.headers.insert(header.first.toLower(), header.second);
    record.body = request.body();
    return record;
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    if (!request.remoteAddress().isLoopback()) {
        QTimer::singleShot(0, socket, [socket] { socket->abort(); });
        return true;
    }
    // The responder writes headers and body separately: send each at once rather than let
    // Nagle's algorithm hold the second back for an ACK.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_listener->requestCompleted(socket);
    RecordedRequest record = recordOf(request);
    remember(record);
    if (m_requestHook)
        m_requestHook(record);
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    if (isApi(record.path)) {
        ++m_requestCount;
        if (const int latency = m_faults.options().latencyMs; latency > 0) {
            // The request object is reused for the socket's next request: answer from a copy.
            QTimer::singleShot(latency, this,
                               [this, record, responder, guard = QPointer<QTcpSocket>(socket)] {
                                   if (guard)
                                       dispatch(record, responder, guard);
                               });
            return true;
        }
    }
    dispatch(record, responder, socket);
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    const RecordedRequest record = recordOf(request);
    write(SandboxReply::error(
              404, u"NotFound"_s,
              SandboxMessages::text(Msg::PathNotFound, record.locale(), {record.path})),
          record, responder, socket);
}

void SandboxServer::dispatch(const RecordedRequest &request, const Responder &responder,
                             QTcpSocket *socket)
{
    SandboxReply reply;
    if (!m_faults.takeInjectedError(request, &reply)) {
        const Fault fault = isApi(request.path) ? m_faults.takeFault(request) : Fault::None;
        switch (fault) {
        case Fault::Drop:
        case Fault::LoseAnswer:
            // A lost answer is a change made and then never told: the client cannot know.
            if (fault == Fault::LoseAnswer)
                route(request);
            // Deferred: the server still touches the socket after handleRequest returns.
            QTimer::singleShot(0, socket, [socket] { socket->abort(); });
            return;
        case Fault::Stall:
            // Made, and never told: the connection stays open until the client gives up.
            route(request);
            return;
        case Fault::ExpireToken:
            m_identity.expireToken(request.header(QByteArrayLiteral("authorization")), now());
            reply = route(request);
            break;
        case Fault::Malformed:
            // A 2xx says the server did it; only the body is lost on the way.
            reply = route(request);
            if (reply.status >= 200 && reply.status < 300)
                reply = m_faults.reply(fault, request.locale());
            break;
        case Fault::None:
            reply = route(request);
            break;
        default:
            reply = m_faults.reply(fault, request.locale());
            break;
        }
    }
    if (SandboxGraph::isGraphPath(request.path))
        reply = SandboxGraph::graphShaped(reply, request, now());
    write(reply, request, *responder, socket);
}

SandboxReply SandboxServer::route(const RecordedRequest &request)
{
    if (isApi(request.path))
        return routeV1(request);
    const QStringList parts = request.path.split(u'/', Qt::SkipEmptyParts);
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";
    std::function<SandboxReply()> handler;
    bool methodOk = false;
    if (parts.size() == 4 && parts.at(1) == u"oauth2" && parts.at(2) == u"v2.0") {
        if (parts.at(3) == u"devicecode") {
            methodOk = post;
            handler = [&] { return m_identity.deviceCode(request, baseUrl(), now()); };
        } else if (parts.at(3) == u"token") {
            methodOk = post;
            handler = [&] { return m_identity.token(request, now()); };
        }
    } else if (parts.size() >= 2 && parts.at(0) == u"sandbox" && parts.at(1) == u"device") {
        methodOk = get;
        if (parts.size() == 2)
            handler = [&] { return m_identity.devicePage(baseUrl()); };
        else if (parts.size() == 3 && parts.at(2) == u"approve")
            handler = [&] { return m_identity.approve(request); };
        else if (parts.size() == 3 && parts.at(2) == u"decline")
            handler = [&] { return m_identity.decline(request); };
    }
    if (!handler) {
        return SandboxReply::error(
            404, u"NotFound"_s,
            SandboxMessages::text(Msg::PathNotFound, request.locale(), {request.path}));
    }
    if (!methodOk) {
        return SandboxReply::error(
            405, u"MethodNotAllowed"_s,
            SandboxMessages::text(Msg::MethodNotAllowed, request.locale(),
                                  {QString::fromLatin1(request.method), request.path}));
    }
    return handler();
}

QString SandboxServer::origin(const RecordedRequest &request) const
{
    // The address the client used, so that its same-origin check on @odata.nextLink holds.
    const QByteArray host = request.header(QByteArrayLiteral("host"));
    return host.isEmpty() ? baseUrl().toString() : u"http://"_s + QString::fromLatin1(host);
}

SandboxReply SandboxServer::routeV1(const RecordedRequest &request)
{
    QString login;
    const auto state =
        m_identity.validate(request.header(QByteArrayLiteral("authorization")), now(), &login);
    const SandboxUser *user = m_store.user(login);
    if (state != SandboxIdentity::TokenState::Valid || !user) {
        const bool expired = state == SandboxIdentity::TokenState::Expired;
        SandboxReply reply = SandboxReply::error(
            401, expired ? u"TokenExpired"_s : u"Unauthorized"_s,
            SandboxMessages::text(expired ? Msg::TokenExpired : Msg::Unauthorized,
                                  request.locale()));
        reply.headers.append({QByteArrayLiteral("WWW-Authenticate"),
                              expired ? QByteArrayLiteral("Bearer error=\"invalid_token\"")
                                      : QByteArrayLiteral("Bearer")});
        return reply;
    }
    bool storeChanged = false;
    // Copy: the handler may change the user list only through the store, never during a call.
    const SandboxUser current = *user;
    SandboxReply reply =
        SandboxGraph::isGraphPath(request.path)
            ? m_graph.handle(request, current, now(), origin(request), &storeChanged)
            : m_api.handle(request, current, now(), &storeChanged);
    if (storeChanged)
        changed();
    return reply;
}

void SandboxServer::write(const SandboxReply &reply, const RecordedRequest &request,
                          QHttpServerResponder &responder, QTcpSocket *socket)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
    responder.writeHeader(QByteArrayLiteral("Content-Type"), reply.contentType);
    responder.writeHeader(QByteArrayLiteral("Content-Length"),
                          QByteArray::number(reply.body.size()));
    // Partner Center echoes the tracing ids, Graph its client-request-id (and names the
    // request); clients log them next to errors.
    const std::pair<QByteArray, QByteArray> echoed[] = {
        {QByteArrayLiteral("ms-correlationid"), QByteArrayLiteral("MS-CorrelationId")},
        {QByteArrayLiteral("ms-requestid"), QByteArrayLiteral("MS-RequestId")},
        {QByteArrayLiteral("client-request-id"), QByteArrayLiteral("client-request-id")},
        {QByteArrayLiteral("client-request-id"), QByteArrayLiteral("request-id")}};
    for (const auto &[name, answered] : echoed) {
        const QByteArray value = request.header(name);
        if (!value.isEmpty())
            responder.writeHeader(answered, value);
    }
    for (const auto &header : reply.headers)
        responder.writeHeader(header.first, header.second);
    responder.writeBody(reply.body);
}
