#include "sandboxlistener.h"

#include <QTcpSocket>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace {
// Longer header sections than this are not a Partner Center client's.
constexpr qsizetype MaxHeadBytes = 64 * 1024;

// The announced body length, or -1 when none is announced.
qint64 contentLength(const QByteArray &head)
{
    const QList<QByteArray> lines = head.split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon < 0 || line.left(colon).trimmed().toLower() != "content-length")
            continue;
        bool ok = false;
        const qint64 length = line.mid(colon + 1).trimmed().toLongLong(&ok);
        return ok && length >= 0 ? length : std::numeric_limits<qint64>::max();
    }
    return -1;
}
} // namespace

SandboxListener::SandboxListener(QObject *parent)
    : QTcpServer(parent)
{
}

void SandboxListener::incomingConnection(qintptr handle)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    // Connected before QHttpServer's own handler, so this one sees each chunk first.
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    connect(socket, &QObject::destroyed, this, [this, socket] { m_pending.remove(socket); });
    addPendingConnection(socket);
}

void SandboxListener::onReadyRead(QTcpSocket *socket)
{
    // Whatever still comes on a connection being closed is dropped unread.
    if (socket->state() != QAbstractSocket::ConnectedState) {
        socket->readAll();
        return;
    }
    Pending &pending = m_pending[socket];
    if (!pending.deadline) {
        pending.deadline = new QTimer(socket);
        pending.deadline->setSingleShot(true);
        connect(pending.deadline, &QTimer::timeout, socket, [socket] { socket->abort(); });
    }
    if (!pending.deadline->isActive())
        pending.deadline->start(m_requestTimeoutMs);
    const QByteArray chunk = socket->peek(socket->bytesAvailable());
    pending.received += chunk.size();
    if (pending.bodyAt < 0) {
        pending.head += chunk.left(MaxHeadBytes - pending.head.size());
        const qsizetype end = pending.head.indexOf("\r\n\r\n");
        if (end >= 0) {
            pending.bodyAt = end + 4;
            if (contentLength(pending.head.left(end)) > m_maxBodyBytes)
                return refuseTooLarge(socket);
        } else if (pending.head.size() >= MaxHeadBytes) {
            return refuseTooLarge(socket);
        }
    }
    // No Content-Length (chunked) or more than it said: counted as it comes.
    if (pending.bodyAt >= 0 && pending.received - pending.bodyAt > m_maxBodyBytes)
        refuseTooLarge(socket);
}

void SandboxListener::requestCompleted(QTcpSocket *socket)
{
    auto it = m_pending.find(socket);
    if (it == m_pending.end())
        return;
    if (it->deadline)
        it->deadline->stop();
    // A pipelined next request may already have arrived; it is counted from here on.
    it->head.clear();
    it->bodyAt = -1;
    it->received = 0;
}

void SandboxListener::refuseTooLarge(QTcpSocket *socket)
{
    // The bytes are taken here, so QHttpServer never parses the request. The body is written
    // in English only: like Partner Center's front end, this answer comes before any routing.
    socket->readAll();
    const QByteArray body =
        u"{\"code\":\"RequestEntityTooLarge\",\"description\":\"The request body is larger than "
        u"%1 bytes.\",\"data\":[],\"source\":\"PartnerFD\"}"_s.arg(m_maxBodyBytes)
            .toUtf8();
    socket->write("HTTP/1.1 413 Payload Too Large\r\n"
                  "Content-Type: application/json; charset=utf-8\r\n"
                  "Connection: close\r\n"
                  "Content-Length: " +
                  QByteArray::number(body.size()) + "\r\n\r\n" + body);
    socket->disconnectFromHost();
    m_pending.remove(socket);
}
