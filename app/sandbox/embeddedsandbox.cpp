#include "embeddedsandbox.h"
#include "sandbox/httpserverlogging.h"
#include "sandbox/sandboxserver.h"

#include <QFile>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

EmbeddedSandbox::EmbeddedSandbox(QObject *parent, const QString &stateFile)
    : QObject(parent)
    , m_server(new SandboxServer(this))
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
    bool loaded = false;
    if (QFile::exists(m_stateFile)) {
        QString loadError;
        loaded = m_server->loadState(m_stateFile, &loadError);
        // A damaged state file must not keep the app from starting: fall back to the demo.
        if (!loaded)
            qWarning("Sandbox: %ls; using the demo dataset", qUtf16Printable(loadError));
    }
    if (!loaded && !m_server->loadDemo(error))
        return false;
    m_server->setStateFile(m_stateFile);
    if (m_server->start(0) == 0) {
        if (error)
            *error = u"Cannot listen on 127.0.0.1."_s;
        return false;
    }
    return true;
}

QUrl EmbeddedSandbox::baseUrl() const
{
    return m_server->baseUrl();
}

QString EmbeddedSandbox::accessToken(const QString &user)
{
    return m_server->issueAccessToken(user);
}

void EmbeddedSandbox::reset()
{
    m_server->setStateFile({});
    QFile::remove(m_stateFile);
    m_server->loadDemo();
    m_server->setStateFile(m_stateFile);
}
