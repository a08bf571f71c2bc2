#include "cliconnection.h"

#include "api/partnercenterclient.h"
#include "api/statictokensource.h"
#include "api/systemclock.h"
#include "audit/auditlog.h"
#include "clicommand.h"
#include "clioptions.h"
#include "embeddedsandbox.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

CliConnection::CliConnection(QObject *parent)
    : QObject(parent)
{
}

CliConnection::~CliConnection()
{
    // The client's pending calls reference the token source: the client goes first.
    delete m_client;
    m_client = nullptr;
}

QString CliConnection::dataDirectory()
{
    const QString overridden = qEnvironmentVariable("PARTNERDESK_DATA_DIR");
    if (!overridden.isEmpty())
        return QDir(overridden).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

Clock *CliConnection::clock() const
{
    return SystemClock::instance();
}

bool CliConnection::readToken(const CliOptions &options, QString *token, QString *error)
{
    if (!options.accessTokenFile.isEmpty()) {
        QFile file;
        const bool fromStdin = options.accessTokenFile == "-"_L1;
        const bool opened =
            fromStdin ? file.open(stdin, QIODevice::ReadOnly)
                      : (file.setFileName(options.accessTokenFile), file.open(QIODevice::ReadOnly));
        if (!opened) {
            *error = tr("Cannot read the access token file \"%1\": %2")
                         .arg(options.accessTokenFile, file.errorString());
            return false;
        }
        // A token file may end with a line break; the token itself never has blanks.
        *token = QString::fromUtf8(file.readAll()).trimmed();
        if (token->isEmpty()) {
            *error = tr("The access token file \"%1\" is empty.").arg(options.accessTokenFile);
            return false;
        }
        return true;
    }
    *token = qEnvironmentVariable("PARTNERDESK_ACCESS_TOKEN").trimmed();
    return true;
}

bool CliConnection::open(const CliOptions &options, const QString &localeTag, QString *error,
                         int *exitCode)
{
    *exitCode = CliCommand::Usage;
    QString token;
    if (!readToken(options, &token, error))
        return false;

    const QString dataDir = dataDirectory();
    QUrl baseUrl = options.endpoint;
    if (baseUrl.isEmpty()) {
        QDir().mkpath(dataDir);
        m_sandbox = new EmbeddedSandbox(this, dataDir + u"/sandbox-state.json"_s);
        if (!m_sandbox->start(error)) {
            *exitCode = CliCommand::Failed;
            *error = tr("The embedded sandbox could not start: %1").arg(*error);
            return false;
        }
        baseUrl = m_sandbox->baseUrl();
        if (token.isEmpty())
            token = m_sandbox->accessToken();
    } else if (token.isEmpty()) {
        *error = tr("No access token: give --access-token-file or set PARTNERDESK_ACCESS_TOKEN.");
        return false;
    }

    m_audit = std::make_unique<AuditLog>(dataDir + u"/audit.jsonl"_s);
    m_claims = TokenClaims::fromAccessToken(token);
    if (m_claims.isValid())
        m_audit->setUserDisplayName(m_claims.displayName());
    m_tokens = std::make_unique<StaticTokenSource>(token);
    m_client = new PartnerCenterClient(baseUrl, m_tokens.get(), clock(), this);
    m_client->setLocaleTag(localeTag);
    return true;
}
