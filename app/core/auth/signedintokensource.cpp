#include "signedintokensource.h"

#include "core/api/clock.h"
#include "core/auth/oauthclient.h"
#include "core/auth/secretstore.h"

using namespace Qt::Literals::StringLiterals;

SignedInTokenSource::SignedInTokenSource(OAuthClient *oauth, SecretStore *secrets, Clock *clock,
                                         QObject *parent)
    : QObject(parent)
    , m_oauth(oauth)
    , m_secrets(secrets)
    , m_clock(clock)
{
}

SignedInTokenSource::~SignedInTokenSource() = default;

void SignedInTokenSource::begin(const ConnectionSettings &settings, const OAuthTokens &tokens)
{
    clear();
    m_settings = settings;
    adopt(tokens);
    const QString upn = m_claims.upn();
    m_accountKey = settings.accountKey(upn.isEmpty() ? u"default"_s : upn);
    persist();
    emit signedInChanged(true);
}

void SignedInTokenSource::restore(const ConnectionSettings &settings, const QString &accountKey,
                                  Done done)
{
    clear();
    const quint64 generation = m_generation;
    m_secrets->read(accountKey, this, [=, this](const SecretStore::Outcome &outcome) {
        if (generation != m_generation)
            return done(false, {});
        if (outcome.status == SecretStore::Status::Unavailable)
            emit persistenceFailed(outcome.message);
        if (outcome.status != SecretStore::Status::Ok || outcome.secret.isEmpty())
            return done(false, outcome.message);
        m_settings = settings;
        m_accountKey = accountKey;
        m_refreshToken = outcome.secret;
        m_persisted = true;
        // Redeeming it now proves the session still works and tells who is signed in.
        fetchToken(this, [this, done](const QString &, const ApiError &error) {
            if (!error.isError())
                emit signedInChanged(true);
            done(!error.isError(), error.isError() ? error.description() : QString());
        });
    });
}

void SignedInTokenSource::signOut(std::function<void()> done)
{
    const QString key = m_accountKey;
    const bool wasSignedIn = isSignedIn();
    clear();
    if (wasSignedIn)
        emit signedInChanged(false);
    if (key.isEmpty()) {
        if (done)
            done();
        return;
    }
    m_secrets->remove(key, this, [done](const SecretStore::Outcome &) {
        if (done)
            done();
    });
}

void SignedInTokenSource::clear()
{
    ++m_generation;
    m_accessToken.clear();
    m_refreshToken.clear();
    m_accountKey.clear();
    m_expiresAt = {};
    m_persisted = false;
    m_refreshing = false;
    const bool hadClaims = m_claims.isValid();
    m_claims = {};
    if (hadClaims)
        emit claimsChanged(m_claims);
    answerWaiters({}, ApiError(ApiError::Kind::Unauthenticated, tr("You are signed out.")));
}

void SignedInTokenSource::adopt(const OAuthTokens &tokens)
{
    m_accessToken = tokens.accessToken;
    m_expiresAt = tokens.expiresAt;
    // Entra rotates the refresh token on every use; a server that does not keeps the old one.
    if (!tokens.refreshToken.isEmpty())
        m_refreshToken = tokens.refreshToken;
    const TokenClaims claims = TokenClaims::fromAccessToken(m_accessToken);
    const bool changed = claims.upn() != m_claims.upn() || claims.roles() != m_claims.roles() ||
                         claims.directoryRoleIds() != m_claims.directoryRoleIds() ||
                         claims.name() != m_claims.name();
    m_claims = claims;
    if (changed)
        emit claimsChanged(m_claims);
}

void SignedInTokenSource::persist()
{
    if (m_accountKey.isEmpty() || m_refreshToken.isEmpty())
        return;
    const quint64 generation = m_generation;
    m_secrets->write(m_accountKey, m_refreshToken, this,
                     [this, generation](const SecretStore::Outcome &outcome) {
                         if (generation != m_generation)
                             return;
                         const bool wasPersisted = m_persisted;
                         m_persisted = outcome.status == SecretStore::Status::Ok;
                         // Said once per session, not after every refresh.
                         if (!m_persisted && (wasPersisted || m_refreshes == 0))
                             emit persistenceFailed(outcome.message);
                     });
}

bool SignedInTokenSource::accessTokenUsable(const QDateTime &now) const
{
    return !m_accessToken.isEmpty() && m_expiresAt.isValid() && now < m_expiresAt;
}

void SignedInTokenSource::fetchToken(QObject *context, Callback callback)
{
    const QDateTime now = m_clock->now();
    if (accessTokenUsable(now.addSecs(m_margin.count()))) {
        callback(m_accessToken, {});
        return;
    }
    if (m_refreshToken.isEmpty()) {
        callback({}, ApiError(ApiError::Kind::Unauthenticated,
                              isSignedIn() ? tr("Your sign-in has expired. Please sign in again.")
                                           : tr("You are not signed in.")));
        return;
    }
    m_waiters.push_back({context, std::move(callback)});
    if (!m_refreshing)
        startRefresh();
}

bool SignedInTokenSource::invalidateToken(const QString &token)
{
    if (m_refreshToken.isEmpty())
        return false;
    // A request that started with an older token may come back after a refresh: the current
    // token is fine then, and the retry will use it.
    if (token == m_accessToken)
        m_accessToken.clear();
    return true;
}

void SignedInTokenSource::oneAtATime(std::function<void(quint64 generation)> redemption)
{
    m_queue.push_back(std::move(redemption));
    if (!m_redeemingNow)
        runNext();
}

void SignedInTokenSource::runNext()
{
    m_redeemingNow = !m_queue.empty();
    if (!m_redeemingNow)
        return;
    auto redemption = std::move(m_queue.front());
    m_queue.pop_front();
    redemption(m_generation);
}

void SignedInTokenSource::startRefresh()
{
    m_refreshing = true;
    const quint64 queuedIn = m_generation;
    oneAtATime([this, queuedIn](quint64 generation) {
        if (generation != queuedIn || m_refreshToken.isEmpty())
            return runNext(); // signed out meanwhile: the waiters have had their answer
        m_oauth->refresh(m_settings, m_refreshToken, this,
                         [this, generation](const OAuthReply &reply) {
                             if (generation == m_generation)
                                 onRefreshed(reply);
                             runNext();
                         });
    });
}

void SignedInTokenSource::onRefreshed(const OAuthReply &reply)
{
    m_refreshing = false;
    if (reply.isSuccess()) {
        const OAuthTokens tokens = reply.tokens(m_clock->now());
        if (!tokens.accessToken.isEmpty()) {
            ++m_refreshes;
            adopt(tokens);
            persist();
            answerWaiters(m_accessToken, {});
            return;
        }
    }
    if (reply.kind() == OAuthReply::Kind::OAuthError) {
        // The refresh token is dead (used, revoked, expired): so is the session, and its
        // keychain entry is worth nothing.
        const QString message = reply.userMessage();
        answerWaiters({}, ApiError(ApiError::Kind::Unauthenticated, message));
        signOut();
        emit sessionEnded(message);
        return;
    }
    // Offline for a moment: keep the refresh token, and the access token if it still works.
    if (accessTokenUsable(m_clock->now())) {
        answerWaiters(m_accessToken, {});
        return;
    }
    answerWaiters({}, ApiError(ApiError::Kind::Network, reply.userMessage()));
}

void SignedInTokenSource::redeem(const QString &scope, QObject *context, Redeemed done)
{
    QPointer<QObject> guard(context);
    oneAtATime([this, scope, guard, done](quint64 generation) {
        if (m_refreshToken.isEmpty()) {
            if (guard)
                done({}, ApiError(ApiError::Kind::Unauthenticated, tr("You are not signed in.")));
            return runNext();
        }
        m_oauth->refresh(m_settings, m_refreshToken, scope, this,
                         [this, generation, guard, done](const OAuthReply &reply) {
                             if (generation == m_generation)
                                 onRedeemed(reply, guard ? done : Redeemed());
                             runNext();
                         });
    });
}

void SignedInTokenSource::onRedeemed(const OAuthReply &reply, const Redeemed &done)
{
    const OAuthTokens tokens = reply.tokens(m_clock->now());
    if (reply.isSuccess() && !tokens.accessToken.isEmpty()) {
        if (!tokens.refreshToken.isEmpty() && tokens.refreshToken != m_refreshToken) {
            m_refreshToken = tokens.refreshToken;
            persist();
        }
        if (done)
            done(tokens, {});
        return;
    }
    if (!done)
        return;
    ApiError error(reply.kind() == OAuthReply::Kind::OAuthError ? ApiError::Kind::Unauthenticated
                                                                : ApiError::Kind::Network,
                   reply.userMessage());
    // Entra says "no consent" as invalid_grant with AADSTS65001.
    error.setCode(reply.description().contains(u"AADSTS65001"_s) ? u"consent_required"_s
                                                                 : reply.error());
    done({}, error);
}

void SignedInTokenSource::answerWaiters(QString token, const ApiError &error)
{
    // A callback may start another fetch (it queues on a fresh list) or sign out, hence the
    // copies.
    std::vector<Waiter> waiters;
    waiters.swap(m_waiters);
    for (Waiter &waiter : waiters) {
        if (waiter.context)
            waiter.callback(token, error);
    }
}
