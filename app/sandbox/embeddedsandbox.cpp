#include "embeddedsandbox.h"
#include "sandbox/httpserverlogging.h"
#include "sandbox/sandboxserver.h"

#include <QFile>
#include <QPointer>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

EmbeddedSandbox::EmbeddedSandbox(QObject *parent, const QString &stateFile)
    : QObject(parent)
    , m_stateFile(stateFile)
{
    if (m_stateFile.isEmpty()) {
        m_stateFile = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                      u"/sandbox-state.json"_s;
    }
}

EmbeddedSandbox::~EmbeddedSandbox() = default;

bool EmbeddedSandbox::start(QString *error)
{
    // The app's own requests carry the user's tokens: Qt must not log them.
    HttpServerLogging::silence();
    const QString stateFile = m_stateFile;
    QString why;
    m_baseUrl = m_thread.run([&stateFile, &why](SandboxServer &server) -> QUrl {
        bool loaded = false;
        if (QFile::exists(stateFile)) {
            QString loadError;
            loaded = server.loadState(stateFile, &loadError);
            // A damaged state file must not keep the app from starting: fall back to the demo.
            if (!loaded)
                qWarning("Sandbox: %ls; using the demo dataset", qUtf16Printable(loadError));
        }
        if (!loaded && !server.loadDemo(&why))
            return {};
        server.setStateFile(stateFile);
        if (server.start(0) == 0) {
            why = u"Cannot listen on 127.0.0.1."_s;
            return {};
        }
        return server.baseUrl();
    });
    if (error && !why.isEmpty())
        *error = why;
    return m_baseUrl.isValid();
}

QString EmbeddedSandbox::accessToken(const QString &user)
{
    return m_thread.run([&user](SandboxServer &server) { return server.issueAccessToken(user); });
}

void EmbeddedSandbox::issueAccessToken(QObject *context,
                                       std::function<void(const QString &token)> done,
                                       const QString &user)
{
    // Back through this object, which outlives the thread: `context` may be gone by then, and
    // only this thread may look at it.
    m_thread.post([this, guard = QPointer<QObject>(context), done = std::move(done),
                   user](SandboxServer &server) {
        const QString token = server.issueAccessToken(user);
        QMetaObject::invokeMethod(this, [guard, done, token] {
            if (guard)
                done(token);
        });
    });
}

void EmbeddedSandbox::reset()
{
    const QString stateFile = m_stateFile;
    m_thread.run([&stateFile](SandboxServer &server) {
        server.setStateFile({});
        QFile::remove(stateFile);
        server.loadDemo();
        server.setStateFile(stateFile);
    });
}
