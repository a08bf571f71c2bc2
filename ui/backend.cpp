#include "backend.h"

#include "api/partnercenterclient.h"
#include "api/statictokensource.h"
#include "api/systemclock.h"
#include "audit/auditlog.h"
#include "embeddedsandbox.h"

Backend::Backend(QObject *parent)
    : QObject(parent)
{
}

// The client goes first: it holds a pointer to the token source.
Backend::~Backend()
{
    delete m_client;
}

bool Backend::startSandbox(QString *error, const QString &stateFile)
{
    m_sandbox = new EmbeddedSandbox(this, stateFile);
    if (!m_sandbox->start(error))
        return false;
    createClient(m_sandbox->baseUrl(), m_sandbox->accessToken());
    return true;
}

bool Backend::connectTo(const QUrl &endpoint, const QString &accessToken, QString *error)
{
    if (!PartnerCenterClient::isAllowedEndpoint(endpoint, error))
        return false;
    createClient(endpoint, accessToken);
    return true;
}

void Backend::createClient(const QUrl &baseUrl, const QString &token)
{
    m_tokens = std::make_unique<StaticTokenSource>(token);
    m_client = new PartnerCenterClient(baseUrl, m_tokens.get(), SystemClock::instance());
    m_claims = TokenClaims::fromAccessToken(token);
    m_audit = std::make_unique<AuditLog>();
    m_audit->setUserDisplayName(m_claims.displayName());
}

AppContext Backend::context(LanguageManager *languages) const
{
    AppContext context;
    context.client = m_client;
    context.clock = SystemClock::instance();
    context.languages = languages;
    context.audit = m_audit.get();
    context.sandbox = m_sandbox;
    context.claims = m_claims;
    return context;
}
