#pragma once

#include <QThread>

#include <functional>
#include <optional>
#include <type_traits>

class SandboxServer;

// A SandboxServer on a thread of its own, so producing a page never holds up the thread that
// asked for it (the GUI's). The server is created, used and destroyed on that thread; every
// other thread reaches it through run() or post() only.
class SandboxThread
{
public:
    SandboxThread();
    ~SandboxThread();
    SandboxThread(const SandboxThread &) = delete;
    SandboxThread &operator=(const SandboxThread &) = delete;

    // Calls f(server) on the server's thread and waits for its result.
    template<typename F> auto run(F &&f) -> std::invoke_result_t<F, SandboxServer &>
    {
        using R = std::invoke_result_t<F, SandboxServer &>;
        if constexpr (std::is_void_v<R>) {
            call([&] { f(*m_server); });
        } else {
            std::optional<R> result;
            call([&] { result.emplace(f(*m_server)); });
            return std::move(*result);
        }
    }
    // Calls f(server) on the server's thread later; returns at once.
    void post(std::function<void(SandboxServer &)> f);

    QThread *thread() { return &m_thread; }

private:
    void call(const std::function<void()> &f);

    QThread m_thread;
    // Lives on m_thread and parents the server; both are deleted there: the server before the
    // thread's event loop stops, this object when the thread ends.
    QObject *m_context;
    SandboxServer *m_server = nullptr;
};
