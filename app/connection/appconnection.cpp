#include "appconnection.h"

#include "connection/sandboxtokensource.h"
#include "core/api/graphclient.h"
#include "core/api/partnercenterclient.h"
#include "core/api/statictokensource.h"
#include "core/audit/auditlog.h"
#include "core/auth/accountmanager.h"
#include "core/auth/signedintokensource.h"
#include "core/bulk/runjournalstore.h"
#include "sandbox/embeddedsandbox.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QStandardPaths>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

AppConnection::AppConnection(Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_reconnect.setSingleShot(true);
    m_reconnect.setInterval(0);
    connect(&m_reconnect, &QTimer::timeout, this, &AppConnection::reconnectToAccount);
}

AppConnection::~AppConnection()
{
    // The client's pending calls reference the token source: the client goes first.
    delete m_client;
    m_client = nullptr;
    delete m_graph;
    m_graph = nullptr;
}

QString AppConnection::dataDirectory()
{
    const QString overridden = qEnvironmentVariable("PARTNERDESK_DATA_DIR");
    if (!overridden.isEmpty())
        return QDir(overridden).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString AppConnection::runsFolder() const
{
    return RunJournalStore::folderIn(m_audit ? QFileInfo(m_audit->filePath()).absolutePath()
                                             : dataDirectory());
}

QString AppConnection::auditLogPath()
{
    return dataDirectory() + u"/audit.jsonl"_s;
}

bool AppConnection::readAccessToken(const QString &fileName, QString *token, QString *error)
{
    QFile file;
    const bool fromStdin = fileName == "-"_L1;
    const bool opened = fromStdin ? file.open(stdin, QIODevice::ReadOnly)
                                  : (file.setFileName(fileName), file.open(QIODevice::ReadOnly));
    if (!opened) {
        *error =
            tr("Cannot read the access token file \"%1\": %2").arg(fileName, file.errorString());
        return false;
    }
    // A token file may end with a line break; the token itself never has blanks.
    *token = QString::fromUtf8(file.readAll()).trimmed();
    if (token->isEmpty()) {
        *error = tr("The access token file \"%1\" is empty.").arg(fileName);
        return false;
    }
    return true;
}

QString AppConnection::environmentAccessToken()
{
    return qEnvironmentVariable("PARTNERDESK_ACCESS_TOKEN").trimmed();
}

QString AppConnection::environmentGraphAccessToken()
{
    return qEnvironmentVariable("PARTNERDESK_GRAPH_ACCESS_TOKEN").trimmed();
}

void AppConnection::setGraphAccess(const QUrl &endpoint, const QString &token)
{
    m_graphEndpoint = endpoint;
    m_graphToken = token;
}

bool AppConnection::startSandbox(QString *error)
{
    if (m_sandbox)
        return true;
    const QString dataDir = dataDirectory();
    QDir().mkpath(dataDir);
    auto *sandbox = new EmbeddedSandbox(this, dataDir + u"/sandbox-state.json"_s);
    if (!sandbox->start(error)) {
        delete sandbox;
        return false;
    }
    m_sandbox = sandbox;
    return true;
}

bool AppConnection::connectToSandbox(QString *error, const QString &token)
{
    QString why;
    if (!startSandbox(&why)) {
        m_lastError = tr("The embedded sandbox could not start: %1").arg(why);
        if (error)
            *error = m_lastError;
        return false;
    }
    if (!token.isEmpty()) {
        install(Kind::Sandbox, m_sandbox->baseUrl(), std::make_shared<StaticTokenSource>(token),
                TokenClaims::fromAccessToken(token));
        return true;
    }
    auto tokens = std::make_shared<SandboxTokenSource>(m_sandbox);
    const TokenClaims claims = TokenClaims::fromAccessToken(tokens->currentToken());
    install(Kind::Sandbox, m_sandbox->baseUrl(), std::move(tokens), claims);
    return true;
}

bool AppConnection::connectToEndpoint(const QUrl &endpoint, const QString &token, QString *error)
{
    QString why;
    if (!PartnerCenterClient::isAllowedEndpoint(endpoint, &why)) {
        m_lastError = why;
        if (error)
            *error = why;
        return false;
    }
    install(Kind::Endpoint, endpoint, std::make_shared<StaticTokenSource>(token),
            TokenClaims::fromAccessToken(token));
    return true;
}

bool AppConnection::connectToAccount(AccountManager *accounts, QString *error)
{
    if (m_accounts != accounts) {
        if (m_accounts)
            disconnect(m_accounts, &AccountManager::claimsChanged, this, nullptr);
        m_accounts = accounts;
        connect(accounts, &AccountManager::claimsChanged, this, [this](const TokenClaims &c) {
            if (m_kind != Kind::PartnerCenter)
                return;
            m_audit->setUserDisplayName(c.isValid() ? c.displayName() : QString());
            emit claimsChanged(c);
        });
    }
    if (accounts->mode() == AccountManager::Mode::Sandbox)
        return connectToSandbox(error);

    const QUrl endpoint = accounts->partnerCenterEndpoint();
    QString why;
    if (!PartnerCenterClient::isAllowedEndpoint(endpoint, &why)) {
        m_lastError = why;
        if (error)
            *error = why;
        return false;
    }
    // The tokens belong to the AccountManager and outlive every client: not deleted here.
    std::shared_ptr<AccessTokenSource> tokens(accounts->tokens(), [](AccessTokenSource *) {});
    install(Kind::PartnerCenter, endpoint, std::move(tokens), accounts->claims());
    return true;
}

void AppConnection::followAccount(AccountManager *accounts)
{
    const auto later = [this] { m_reconnect.start(); };
    connect(accounts, &AccountManager::modeChanged, this, later);
    connect(accounts, &AccountManager::signedIn, this, later);
    connect(accounts, &AccountManager::signedOut, this, later);
    connect(accounts, &AccountManager::connectionSettingsChanged, this, later);
    m_accounts = accounts;
}

void AppConnection::reconnectToAccount()
{
    if (!m_accounts)
        return;
    QString error;
    if (!connectToAccount(m_accounts, &error))
        emit connectFailed(error);
}

void AppConnection::install(Kind kind, const QUrl &baseUrl,
                            std::shared_ptr<AccessTokenSource> tokens, const TokenClaims &claims)
{
    if (!m_audit) {
        QDir().mkpath(dataDirectory());
        m_audit = std::make_unique<AuditLog>(auditLogPath());
    }
    if (m_client) {
        // Holders let go of the old client on clientChanged(); calls still in flight end with
        // it, so its token source lives until then.
        PartnerCenterClient *old = m_client;
        connect(old, &QObject::destroyed, [tokens = m_tokens] { Q_UNUSED(tokens) });
        old->deleteLater();
    }
    m_kind = kind;
    m_tokens = std::move(tokens);
    m_claims = claims;
    m_lastError.clear();
    m_client = new PartnerCenterClient(baseUrl, m_tokens.get(), m_clock, this);
    if (!m_localeTag.isEmpty())
        m_client->setLocaleTag(m_localeTag);
    installGraph(baseUrl);
    const TokenClaims current = this->claims();
    m_audit->setUserDisplayName(current.isValid() ? current.displayName() : QString());
    emit clientChanged(m_client);
    emit claimsChanged(current);
}

void AppConnection::installGraph(const QUrl &baseUrl)
{
    const QHostAddress host(baseUrl.host());
    const bool loopback = baseUrl.host() == "localhost"_L1 || host.isLoopback();
    std::shared_ptr<AccessTokenSource> tokens;
    if (!m_graphToken.isEmpty()) {
        tokens = std::make_shared<StaticTokenSource>(m_graphToken);
    } else if (loopback) {
        tokens = m_tokens;
    } else if (m_kind == Kind::PartnerCenter && m_accounts) {
        // The account's, like the session itself: it outlives every client.
        tokens = std::shared_ptr<AccessTokenSource>(m_accounts->graphTokens(),
                                                    [](AccessTokenSource *) {});
    } else {
        tokens = std::make_shared<StaticTokenSource>(
            QString(), tr("No Microsoft Graph access token: give --graph-access-token-file or set "
                          "PARTNERDESK_GRAPH_ACCESS_TOKEN to see and end admin relationships."));
    }
    if (m_graph) {
        GraphClient *old = m_graph;
        connect(old, &QObject::destroyed, [tokens = m_graphTokens] { Q_UNUSED(tokens) });
        old->deleteLater();
    }
    m_graphTokens = std::move(tokens);
    const QUrl endpoint = !m_graphEndpoint.isEmpty() ? m_graphEndpoint
                          : loopback                 ? baseUrl
                                                     : QUrl(u"https://graph.microsoft.com"_s);
    m_graph = new GraphClient(endpoint, m_graphTokens.get(), m_clock, this);
    if (!m_localeTag.isEmpty())
        m_graph->setLocaleTag(m_localeTag);
}

EmbeddedSandbox *AppConnection::sandbox() const
{
    return m_kind == Kind::Sandbox ? m_sandbox : nullptr;
}

QUrl AppConnection::baseUrl() const
{
    return m_client ? m_client->baseUrl() : QUrl();
}

TokenClaims AppConnection::claims() const
{
    // A session refreshes its token, and with it what the token says.
    if (m_kind == Kind::PartnerCenter && m_accounts)
        return m_accounts->claims();
    return m_claims;
}

void AppConnection::setLocaleTag(const QString &tag)
{
    m_localeTag = tag;
    if (m_client)
        m_client->setLocaleTag(tag);
    if (m_graph)
        m_graph->setLocaleTag(tag);
}
