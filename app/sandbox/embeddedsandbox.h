#pragma once

#include "sandbox/sandboxthread.h"

#include <QObject>
#include <QUrl>

// The sandbox the GUI and the CLI start in-process when no endpoint is configured. It serves
// from a thread of its own, so the window keeps painting while it produces a page. Its state
// lives under the user's app-data folder, so a removal stays removed after a restart.
class EmbeddedSandbox : public QObject
{
    Q_OBJECT

public:
    // `stateFile` empty = <AppDataLocation>/sandbox-state.json.
    explicit EmbeddedSandbox(QObject *parent = nullptr, const QString &stateFile = {});
    ~EmbeddedSandbox() override;

    bool start(QString *error = nullptr);
    QUrl baseUrl() const { return m_baseUrl; }
    // Issued on the sandbox's thread; the caller waits for it.
    QString accessToken(const QString &user = QStringLiteral("admin"));
    // Issued on the sandbox's thread; `done` runs later on the caller's thread while `context`
    // lives.
    void issueAccessToken(QObject *context, std::function<void(const QString &token)> done,
                          const QString &user = QStringLiteral("admin"));
    // Back to the demo dataset; the saved state is deleted.
    void reset();
    QString stateFile() const { return m_stateFile; }

    // Calls f(server) on the sandbox's thread and waits for its result: the one way to reach
    // the server from elsewhere (tests change its clock or data this way).
    template<typename F> auto run(F &&f) { return m_thread.run(std::forward<F>(f)); }

private:
    SandboxThread m_thread;
    QString m_stateFile;
    QUrl m_baseUrl;
};
