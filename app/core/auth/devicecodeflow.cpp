#include "devicecodeflow.h"

#include "core/api/clock.h"
#include "core/api/partnercenterclient.h"
#include "core/auth/oauthclient.h"

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono;

namespace {
// slow_down adds five seconds to the polling interval, for good (RFC 8628).
constexpr int slowDownStep = 5;
constexpr int defaultInterval = 5;
constexpr int defaultLifetime = 900;
} // namespace

DeviceCodeFlow::DeviceCodeFlow(OAuthClient *client, Clock *clock, ConnectionSettings settings,
                               QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_clock(clock)
    , m_settings(std::move(settings))
{
}

void DeviceCodeFlow::start()
{
    ++m_generation;
    m_deviceCode.clear();
    m_userCode.clear();
    m_verificationUri.clear();
    m_expiresAt = {};
    m_polls = 0;
    m_networkFailures = 0;
    m_state = State::RequestingCode;
    const QStringList problems = m_settings.validate();
    if (!problems.isEmpty()) {
        fail(Failure::InvalidSettings, problems.join(u'\n'));
        return;
    }
    const quint64 generation = m_generation;
    m_client->requestDeviceCode(m_settings, this, [this, generation](const OAuthReply &reply) {
        if (generation == m_generation)
            onDeviceCode(reply);
    });
}

void DeviceCodeFlow::cancel()
{
    if (m_state == State::Idle)
        return;
    fail(Failure::Cancelled, messageFor(Failure::Cancelled));
}

void DeviceCodeFlow::onDeviceCode(const OAuthReply &reply)
{
    if (!reply.isSuccess()) {
        const Failure reason = reply.kind() == OAuthReply::Kind::Refused ? Failure::InvalidSettings
                               : reply.kind() == OAuthReply::Kind::Network ? Failure::Network
                                                                           : Failure::Rejected;
        fail(reason, reply.userMessage());
        return;
    }
    const QJsonObject &o = reply.body();
    m_deviceCode = o.value("device_code"_L1).toString();
    m_userCode = o.value("user_code"_L1).toString();
    // Entra says verification_uri; older v1 endpoints said verification_url.
    m_verificationUri =
        QUrl(o.value("verification_uri"_L1).toString(o.value("verification_url"_L1).toString()));
    m_interval = std::clamp(o.value("interval"_L1).toInt(defaultInterval), 1, 60);
    m_expiresAt =
        m_clock->now().addSecs(std::max(1, o.value("expires_in"_L1).toInt(defaultLifetime)));
    if (m_deviceCode.isEmpty() || m_userCode.isEmpty()) {
        fail(Failure::Rejected, tr("The sign-in service did not send a usable code."));
        return;
    }
    // The user opens this page in a browser: only https, or http to this computer (sandbox).
    QString why;
    if (!PartnerCenterClient::isAllowedEndpoint(m_verificationUri, &why)) {
        fail(Failure::Rejected, tr("The sign-in service sent an unsafe address: %1").arg(why));
        return;
    }
    m_state = State::Polling;
    emit codeReady(m_userCode, m_verificationUri, m_expiresAt, o.value("message"_L1).toString());
    schedulePoll(m_interval);
}

void DeviceCodeFlow::schedulePoll(int seconds)
{
    const quint64 generation = m_generation;
    m_clock->callAfter(seconds * 1000ms, this, [this, generation] {
        if (generation == m_generation && m_state == State::Polling)
            poll();
    });
}

void DeviceCodeFlow::poll()
{
    // No point asking once the code is dead; the server would say expired_token anyway.
    if (m_clock->now() >= m_expiresAt) {
        fail(Failure::Expired, messageFor(Failure::Expired));
        return;
    }
    ++m_polls;
    const quint64 generation = m_generation;
    m_client->pollDeviceCode(m_settings, m_deviceCode, this,
                             [this, generation](const OAuthReply &reply) {
                                 if (generation == m_generation && m_state == State::Polling)
                                     onPollReply(reply);
                             });
}

void DeviceCodeFlow::onPollReply(const OAuthReply &reply)
{
    if (reply.isSuccess()) {
        const OAuthTokens tokens = reply.tokens(m_clock->now());
        if (tokens.accessToken.isEmpty()) {
            fail(Failure::Rejected, tr("The sign-in service did not send an access token."));
            return;
        }
        ++m_generation;
        m_state = State::Idle;
        m_deviceCode.clear();
        emit succeeded(tokens);
        return;
    }
    if (reply.kind() != OAuthReply::Kind::OAuthError) {
        if (!retryAfterNetworkFailure(reply))
            fail(Failure::Network, reply.userMessage());
        return;
    }
    m_networkFailures = 0;
    const QString error = reply.error();
    if (error == "authorization_pending"_L1) {
        emit waiting();
        schedulePoll(m_interval);
    } else if (error == "slow_down"_L1) {
        m_interval += slowDownStep;
        emit waiting();
        schedulePoll(m_interval);
    } else if (error == "authorization_declined"_L1 || error == "access_denied"_L1) {
        fail(Failure::Declined, messageFor(Failure::Declined));
    } else if (error == "expired_token"_L1 || error == "code_expired"_L1) {
        fail(Failure::Expired, messageFor(Failure::Expired));
    } else if (error == "bad_verification_code"_L1) {
        fail(Failure::BadCode, messageFor(Failure::BadCode));
    } else {
        fail(Failure::Rejected, reply.userMessage());
    }
}

bool DeviceCodeFlow::retryAfterNetworkFailure(const OAuthReply &reply)
{
    // Wi-Fi drops while the user is busy with MFA on the phone: keep polling a few times, a
    // little slower each time, before telling them.
    if (reply.kind() == OAuthReply::Kind::Refused || m_networkFailures >= m_networkRetries)
        return false;
    ++m_networkFailures;
    schedulePoll(m_interval * (1 + m_networkFailures));
    return true;
}

void DeviceCodeFlow::fail(Failure reason, const QString &message)
{
    ++m_generation;
    m_state = State::Idle;
    m_deviceCode.clear();
    emit failed(reason, message);
}

QString DeviceCodeFlow::messageFor(Failure reason)
{
    switch (reason) {
    case Failure::Declined:
        return tr("The sign-in was declined.");
    case Failure::Expired:
        return tr("The code has expired before the sign-in was finished. Start again to get a "
                  "new code.");
    case Failure::BadCode:
        return tr("The sign-in service no longer knows this code. Start again to get a new one.");
    case Failure::Cancelled:
        return tr("The sign-in was cancelled.");
    case Failure::Network:
        return tr("The sign-in service could not be reached.");
    case Failure::InvalidSettings:
    case Failure::Rejected:
        break;
    }
    return tr("The sign-in failed.");
}
