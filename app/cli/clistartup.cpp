#include "clistartup.h"

#include "cli/clicommand.h"
#include "cli/clioptions.h"
#include "connection/appconnection.h"
#include "core/auth/accountmanager.h"

using namespace Qt::Literals::StringLiterals;

CliStartup::CliStartup(const CliOptions &options, AppConnection *connection,
                       AccountManager *accounts, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_connection(connection)
    , m_accounts(accounts)
{
}

void CliStartup::start()
{
    if (!m_options.needsConnection()) {
        emit ready();
        return;
    }
    QString error;
    QString token = AppConnection::environmentAccessToken();
    if (!m_options.accessTokenFile.isEmpty() &&
        !AppConnection::readAccessToken(m_options.accessTokenFile, &token, &error)) {
        emit failed(error, CliCommand::Usage);
        return;
    }
    QString graphToken = AppConnection::environmentGraphAccessToken();
    if (!m_options.graphAccessTokenFile.isEmpty() &&
        !AppConnection::readAccessToken(m_options.graphAccessTokenFile, &graphToken, &error)) {
        emit failed(error, CliCommand::Usage);
        return;
    }
    m_connection->setGraphAccess(m_options.graphEndpoint, graphToken);
    if (!m_options.endpoint.isEmpty()) {
        if (token.isEmpty()) {
            emit failed(tr("No access token: give --access-token-file or set "
                           "PARTNERDESK_ACCESS_TOKEN."),
                        CliCommand::Usage);
        } else if (!m_connection->connectToEndpoint(m_options.endpoint, token, &error)) {
            emit failed(error, CliCommand::Usage);
        } else {
            emit ready();
        }
        return;
    }
    // A token given without an endpoint is for the embedded sandbox (e.g. another user's).
    if (!token.isEmpty() || m_accounts->mode() == AccountManager::Mode::Sandbox) {
        if (m_connection->connectToSandbox(&error, token))
            emit ready();
        else
            emit failed(error, CliCommand::Failed);
        return;
    }
    restoreAccount();
}

void CliStartup::restoreAccount()
{
    connect(m_accounts, &AccountManager::keychainUnavailable, this,
            [this] { m_noKeychain = true; });
    connect(
        m_accounts, &AccountManager::restoreFinished, this,
        [this](bool signedIn, const QString &message) {
            QString error;
            if (signedIn && m_connection->connectToAccount(m_accounts, &error)) {
                emit ready();
            } else if (signedIn) {
                emit failed(error, CliCommand::Failed);
            } else if (m_noKeychain) {
                emit failed(CliCommand::noKeychainText(), CliCommand::Failed);
            } else if (message.isEmpty()) {
                emit failed(tr("You are not signed in to Partner Center. Run \"partnerdesk-cli "
                               "sign-in\", or \"partnerdesk-cli sign-out\" to work on the "
                               "sandbox."),
                            CliCommand::Failed);
            } else {
                emit failed(tr("Your Partner Center sign-in could not be restored: %1\nRun "
                               "\"partnerdesk-cli sign-in\" again.")
                                .arg(message),
                            CliCommand::Failed);
            }
        },
        Qt::SingleShotConnection);
    m_accounts->restoreSession();
}
