#include "signincommand.h"

#include "cli/console.h"
#include "cli/trackedsecretstore.h"
#include "core/auth/accountmanager.h"
#include "core/auth/devicecodeflow.h"
#include "core/auth/signedintokensource.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

SignInCommand::SignInCommand(const CliOptions &options, AppConnection *connection,
                             AccountManager *accounts, TrackedSecretStore *secrets, QObject *parent)
    : CliCommand(options, connection, parent)
    , m_accounts(accounts)
    , m_secrets(secrets)
{
}

void SignInCommand::start()
{
    ConnectionSettings settings = m_accounts->connectionSettings();
    if (!options().endpoint.isEmpty())
        settings.endpoint = options().endpoint;
    if (!options().authority.isEmpty())
        settings.authority = options().authority;
    if (!options().tenant.isEmpty())
        settings.tenant = options().tenant;
    if (!options().clientId.isEmpty())
        settings.clientId = options().clientId;
    const QStringList problems = settings.validate();
    if (!problems.isEmpty()) {
        failWith(problems.join(u'\n'), Usage);
        return;
    }
    m_accounts->setConnectionSettings(settings);

    connect(m_accounts, &AccountManager::keychainUnavailable, this,
            [this](const QString &) { m_keychainMessage = noKeychainText(); });
    connect(m_accounts, &AccountManager::signedIn, this, &SignInCommand::onSignedIn);
    m_flow = m_accounts->createSignInFlow(this);
    connect(m_flow, &DeviceCodeFlow::codeReady, this,
            [](const QString &userCode, const QUrl &uri, const QDateTime &expiresAt) {
                Console::errLine(tr("To sign in, open %1 in a browser and enter the code %2.")
                                     .arg(uri.toDisplayString(), userCode));
                Console::errLine(tr("Waiting for the sign-in (the code is valid until %1)…")
                                     .arg(QLocale().toString(expiresAt.toLocalTime().time(),
                                                             QLocale::ShortFormat)));
            });
    connect(m_flow, &DeviceCodeFlow::failed, this,
            [this](DeviceCodeFlow::Failure, const QString &message) {
                failWith(tr("Not signed in: %1").arg(message));
            });
    m_flow->start();
}

void SignInCommand::onSignedIn()
{
    // The refresh token is on its way to the keychain; the verdict waits for it.
    if (m_secrets->isSettled()) {
        report();
        return;
    }
    connect(m_secrets, &TrackedSecretStore::settled, this, &SignInCommand::report,
            Qt::SingleShotConnection);
}

void SignInCommand::report()
{
    const TokenClaims claims = m_accounts->claims();
    if (!m_accounts->tokens()->isPersisted()) {
        Console::errLine(tr("Signed in as %1, but the sign-in is lost when this command ends.")
                             .arg(claims.displayName()));
        Console::errLine(m_keychainMessage.isEmpty() ? tr("The keychain did not store it.")
                                                     : m_keychainMessage);
        finish(Failed);
        return;
    }
    Console::outLine(m_accounts->statusText());
    finish(Success);
}
