#pragma once

#include "sandbox/faultinjector.h"
#include "sandbox/faultoptions.h"
#include "sandbox/recordedrequest.h"
#include "sandbox/sandboxapi.h"
#include "sandbox/sandboxgraph.h"
#include "sandbox/sandboxidentity.h"
#include "sandbox/sandboxreply.h"
#include "sandbox/sandboxstore.h"

#include <QAbstractHttpServer>
#include <QDateTime>
#include <QUrl>

#include <functional>
#include <memory>

class QHttpServerResponder;
class QTcpSocket;
class SandboxListener;

// A Partner Center-compatible server (the API subset PartnerCenterClient calls, Microsoft
// Graph's delegatedAdminRelationships under /v1.0, plus a fake identity provider) on 127.0.0.1
// only. Routing is done here rather than with QHttpServer's router because fault injection needs
// the socket: to drop the connection, lose an answer, send broken bodies and answer late.
class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    bool loadDemo(QString *error = nullptr); // :/sandbox/demo.json
    void generate(int customers, quint32 seed);
    bool loadState(const QString &path, QString *error = nullptr);
    // Saves the state atomically to `path` now and after every change; empty = no saving.
    void setStateFile(const QString &path);
    QString stateFile() const { return m_stateFile; }
    bool saveState(QString *error = nullptr) const;

    void setFaults(const FaultOptions &faults);
    FaultOptions faults() const { return m_faults.options(); }
    // Throttle, ServerError, Drop, Malformed, LoseAnswer, Unavailable, Stall, ExpireToken.
    using Fault = FaultInjector::Fault;
    // The next `count` /v1 or /v1.0 requests whose path+query contains `pathContains` (and whose
    // method is `method`, when given) get `fault`, after `skip` such requests (a later page of a
    // list).
    void failNext(Fault fault, int count = 1, const QString &pathContains = {},
                  const QByteArray &method = {}, int skip = 0);
    // Forgets what failNext() and injectError() queued that no request has met yet.
    void clearQueuedFaults();
    // The next matching request (any path) answers this error body once.
    void injectError(int httpStatus, const QString &code, const QString &description,
                     const QString &pathContains = {}, const QByteArray &method = {});

    quint16 start(quint16 port = 0); // 0 = random; returns the port, 0 on failure
    // Larger request bodies are answered 413; a request not complete in time loses its
    // connection (see SandboxListener). Set before start().
    void setMaxBodyBytes(qint64 bytes);
    void setRequestTimeoutMs(int ms);
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;

    QString issueAccessToken(const QString &user = QStringLiteral("admin"));
    SandboxStore &store() { return m_store; }
    // Call after changing store() directly, so the state file and listeners follow.
    void notifyStoreChanged();

    void setClock(std::function<QDateTime()> now);
    QDateTime now() const { return m_clock(); }
    void setTokenLifetime(int seconds);
    void setDevicePollsBeforeApproval(int polls);

    // Called on the server's thread with every request before it is answered; tests hold an
    // answer back with it to see what waits for it and what does not.
    void setRequestHook(std::function<void(const RecordedRequest &)> hook)
    {
        m_requestHook = std::move(hook);
    }

    int requestCount() const { return m_requestCount; }
    // The most recent requests (any path), oldest first, at most RecentBytes of them together;
    // at most `count` when count >= 0.
    static constexpr qint64 RecentBytes = 8 * 1024 * 1024;
    QList<RecordedRequest> recentRequests(int count = -1) const;
    qint64 recentBytes() const { return m_recentBytes; }
    void clearRecentRequests();

signals:
    void stateChanged();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    using Responder = std::shared_ptr<QHttpServerResponder>;

    static RecordedRequest recordOf(const QHttpServerRequest &request);
    void dispatch(const RecordedRequest &request, const Responder &responder, QTcpSocket *socket);
    SandboxReply route(const RecordedRequest &request);
    // Partner Center's /v1 and Graph's /v1.0, both behind the same tokens.
    SandboxReply routeV1(const RecordedRequest &request);
    QString origin(const RecordedRequest &request) const;
    static void write(const SandboxReply &reply, const RecordedRequest &request,
                      QHttpServerResponder &responder, QTcpSocket *socket);
    void changed();
    void remember(const RecordedRequest &request);

    SandboxStore m_store;
    SandboxIdentity m_identity{m_store};
    SandboxApi m_api{m_store};
    SandboxGraph m_graph{m_store};
    FaultInjector m_faults;
    SandboxListener *m_listener;
    std::function<QDateTime()> m_clock;
    QString m_stateFile;
    quint16 m_port = 0;
    int m_requestCount = 0;
    QList<RecordedRequest> m_recent;
    std::function<void(const RecordedRequest &)> m_requestHook;
    qint64 m_recentBytes = 0;
};
