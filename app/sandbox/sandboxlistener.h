#pragma once

#include <QHash>
#include <QPointer>
#include <QTcpServer>

class QTcpSocket;
class QTimer;

// The sandbox's listening socket, which guards every connection before QHttpServer reads it:
// QHttpServer 6.4 buffers a whole request, however large or slow, before the sandbox sees it.
// A request announcing or sending a body larger than maxBodyBytes() is answered 413 at once and
// the connection closed; a request that is not complete within requestTimeoutMs() (say, a
// Content-Length larger than what is sent) has its connection closed.
class SandboxListener : public QTcpServer
{
    Q_OBJECT

public:
    explicit SandboxListener(QObject *parent = nullptr);

    // 1 MiB: a Partner Center request body is a few kilobytes (a full subscription is ~2 KB).
    static constexpr qint64 DefaultMaxBodyBytes = 1024 * 1024;
    static constexpr int DefaultRequestTimeoutMs = 30'000;

    qint64 maxBodyBytes() const { return m_maxBodyBytes; }
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }
    int requestTimeoutMs() const { return m_requestTimeoutMs; }
    void setRequestTimeoutMs(int ms) { m_requestTimeoutMs = ms; }

    // The server got a whole request on this connection: its clock stops.
    void requestCompleted(QTcpSocket *socket);

protected:
    void incomingConnection(qintptr handle) override;

private:
    struct Pending
    {
        QByteArray head;    // the request's header bytes, until the blank line
        qint64 bodyAt = -1; // offset of the body in the request, once the head is complete
        qint64 received = 0;
        QTimer *deadline = nullptr;
    };

    void onReadyRead(QTcpSocket *socket);
    void refuseTooLarge(QTcpSocket *socket);

    qint64 m_maxBodyBytes = DefaultMaxBodyBytes;
    int m_requestTimeoutMs = DefaultRequestTimeoutMs;
    QHash<QTcpSocket *, Pending> m_pending;
};
