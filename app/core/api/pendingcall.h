#pragma once

#include <QObject>

#include <functional>

// A request in flight, for the caller to cancel. The client owns it and deletes it after it
// finishes; hold it in a QPointer.
class PendingCall : public QObject
{
    Q_OBJECT

public:
    explicit PendingCall(QObject *parent = nullptr)
        : QObject(parent)
    {
    }

    bool isFinished() const { return m_finished; }
    void cancel();

    // Used by the client: what cancel() has to stop, and the end of the call.
    void setCanceller(std::function<void()> canceller) { m_canceller = std::move(canceller); }
    void markFinished();

signals:
    void finished();

private:
    std::function<void()> m_canceller;
    bool m_finished = false;
};
