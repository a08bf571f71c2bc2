#pragma once

#include <QByteArray>
#include <QIODevice>

// A request body that can be read once only. QNetworkAccessManager quietly sends a request
// again when its connection closes before the answer comes; for a change, that is how it gets
// applied twice (and the copy, carrying a stale ETag, is refused). With this sequential body,
// and buffering switched off, Qt cannot send it again: the reply fails with
// ContentReSendError instead, and the exchange reports that the outcome is unknown.
class SingleUseBody : public QIODevice
{
public:
    explicit SingleUseBody(QByteArray data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    // Qt's attempt to rewind for a resend: refused, quietly.
    bool seek(qint64) override { return false; }
    qint64 bytesAvailable() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_read = 0;
};
