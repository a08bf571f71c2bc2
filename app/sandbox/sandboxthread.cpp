#include "sandboxthread.h"
#include "sandbox/sandboxserver.h"

SandboxThread::SandboxThread()
    : m_context(new QObject)
{
    m_thread.setObjectName(QStringLiteral("sandbox"));
    m_context->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
    // Created on its thread, so the sockets, timers and children it makes belong there too.
    call([this] { m_server = new SandboxServer(m_context); });
}

SandboxThread::~SandboxThread()
{
    // The server is deleted on its thread while the thread's event loop still runs, so its
    // sockets and timers close the ordinary way rather than while the thread is torn down.
    call([this] {
        delete m_server;
        m_server = nullptr;
    });
    m_thread.quit();
    m_thread.wait();
}

void SandboxThread::call(const std::function<void()> &f)
{
    if (QThread::currentThread() == &m_thread)
        f();
    else
        QMetaObject::invokeMethod(m_context, f, Qt::BlockingQueuedConnection);
}

void SandboxThread::post(std::function<void(SandboxServer &)> f)
{
    QMetaObject::invokeMethod(m_context, [this, f = std::move(f)] { f(*m_server); });
}
