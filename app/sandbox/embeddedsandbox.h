#pragma once

#include <QObject>
#include <QUrl>

class SandboxServer;

// The sandbox the GUI and the CLI start in-process when no endpoint is configured. Its state
// lives under the user's app-data folder, so a removal stays removed after a restart.
class EmbeddedSandbox : public QObject
{
    Q_OBJECT

public:
    // `stateFile` empty = <AppDataLocation>/sandbox-state.json.
    explicit EmbeddedSandbox(QObject *parent = nullptr, const QString &stateFile = {});
    ~EmbeddedSandbox() override;

    bool start(QString *error = nullptr);
    QUrl baseUrl() const;
    QString accessToken(const QString &user = QStringLiteral("admin"));
    // Back to the demo dataset; the saved state is deleted.
    void reset();
    QString stateFile() const { return m_stateFile; }
    SandboxServer *server() const { return m_server; }

private:
    SandboxServer *m_server;
    QString m_stateFile;
};
