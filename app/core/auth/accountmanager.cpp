#include "accountmanager.h"

#include "core/auth/devicecodeflow.h"
#include "core/auth/oauthclient.h"
#include "core/auth/scopedtokensource.h"
#include "core/auth/secretstore.h"
#include "core/auth/signedintokensource.h"

#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace {
const auto modeKey = u"signin/mode"_s;
const auto accountKeyKey = u"signin/account"_s;
} // namespace

AccountManager::AccountManager(QSettings *settings, SecretStore *secrets, Clock *clock,
                               QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_clock(clock)
    , m_oauth(new OAuthClient(&m_network, this))
    , m_tokens(new SignedInTokenSource(m_oauth, secrets, clock, this))
    , m_graphTokens(new ScopedTokenSource(m_tokens, ConnectionSettings::graphScope(),
                                          ApiError::Service::Graph, clock, this))
    , m_connection(ConnectionSettings::load(*settings))
{
    m_mode = settings->value(modeKey).toString() == "partnercenter"_L1 ? Mode::PartnerCenter
                                                                       : Mode::Sandbox;
    connect(m_tokens, &SignedInTokenSource::persistenceFailed, this,
            &AccountManager::keychainUnavailable);
    connect(m_tokens, &SignedInTokenSource::claimsChanged, this, &AccountManager::claimsChanged);
    connect(m_tokens, &SignedInTokenSource::sessionEnded, this, [this](const QString &message) {
        rememberAccount({});
        emit sessionExpired(message);
    });
}

AccountManager::~AccountManager() = default;

void AccountManager::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    m_settings->setValue(modeKey, mode == Mode::PartnerCenter ? u"partnercenter"_s : u"sandbox"_s);
    emit modeChanged(mode);
}

AccessTokenSource *AccountManager::graphTokens() const
{
    return m_graphTokens;
}

void AccountManager::setConnectionSettings(const ConnectionSettings &settings)
{
    if (settings == m_connection)
        return;
    // A refresh token belongs to the authority, tenant and app that issued it.
    const bool sameIssuer = settings.authority == m_connection.authority &&
                            settings.tenant == m_connection.tenant &&
                            settings.clientId == m_connection.clientId;
    m_connection = settings;
    m_connection.save(*m_settings);
    emit connectionSettingsChanged(m_connection);
    if (!sameIssuer && isSignedIn())
        signOut();
}

DeviceCodeFlow *AccountManager::createSignInFlow(QObject *parent)
{
    auto *flow = new DeviceCodeFlow(m_oauth, m_clock, m_connection, parent);
    const ConnectionSettings settings = m_connection;
    connect(flow, &DeviceCodeFlow::succeeded, this, [this, settings](const OAuthTokens &tokens) {
        // One remembered account: the previous one's keychain entry goes.
        const QString previous = m_settings->value(accountKeyKey).toString();
        m_tokens->begin(settings, tokens);
        if (!previous.isEmpty() && previous != m_tokens->accountKey())
            m_secrets->remove(previous, this, [](const SecretStore::Outcome &) {});
        rememberAccount(m_tokens->accountKey());
        setMode(Mode::PartnerCenter);
        emit signedIn(m_tokens->claims());
    });
    return flow;
}

void AccountManager::restoreSession()
{
    const QString key = m_settings->value(accountKeyKey).toString();
    if (key.isEmpty()) {
        emit restoreFinished(false, {});
        return;
    }
    m_tokens->restore(m_connection, key, [this](bool ok, const QString &message) {
        if (ok)
            emit signedIn(m_tokens->claims());
        emit restoreFinished(ok, message);
    });
}

void AccountManager::signOut()
{
    const QString remembered = m_settings->value(accountKeyKey).toString();
    const QString current = m_tokens->accountKey();
    rememberAccount({});
    m_tokens->signOut([this, remembered, current] {
        // Not restored this run (e.g. the CLI's sign-out): the entry is still there.
        if (!remembered.isEmpty() && remembered != current) {
            m_secrets->remove(remembered, this,
                              [this](const SecretStore::Outcome &) { emit signedOut(); });
            return;
        }
        emit signedOut();
    });
}

bool AccountManager::isSignedIn() const
{
    return m_tokens->isSignedIn();
}

TokenClaims AccountManager::claims() const
{
    return m_tokens->claims();
}

QString AccountManager::statusText() const
{
    if (!isSignedIn())
        return tr("Not signed in");
    const TokenClaims c = m_tokens->claims();
    return tr("Signed in as %1 — %2", "user name; roles").arg(c.displayName(), c.roleSummary());
}

void AccountManager::rememberAccount(const QString &accountKey)
{
    if (accountKey.isEmpty())
        m_settings->remove(accountKeyKey);
    else
        m_settings->setValue(accountKeyKey, accountKey);
}
