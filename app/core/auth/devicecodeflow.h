#pragma once

#include "core/auth/connectionsettings.h"
#include "core/auth/oauthtokens.h"

#include <QDateTime>
#include <QObject>
#include <QUrl>

class Clock;
class OAuthClient;
class OAuthReply;

// The OAuth 2.0 device authorization grant (RFC 8628) against Microsoft Entra or the sandbox:
// asks for a code, then polls the token endpoint every `interval` seconds until the user has
// signed in elsewhere, declined, or the code expired. Time comes from the Clock, so a test
// moves it instead of sleeping.
class DeviceCodeFlow : public QObject
{
    Q_OBJECT

public:
    enum class Failure {
        InvalidSettings, // the settings do not validate, or the URL is refused
        Declined,        // authorization_declined / access_denied
        Expired,         // expired_token, or the countdown ran out
        BadCode,         // bad_verification_code
        Network,         // the service stayed unreachable after retries
        Rejected,        // any other answer of the service (invalid_client, ...)
        Cancelled,       // cancel() was called
    };
    Q_ENUM(Failure)

    DeviceCodeFlow(OAuthClient *client, Clock *clock, ConnectionSettings settings,
                   QObject *parent = nullptr);

    // (Re)starts the flow with a new code; a running one is cancelled first, silently.
    void start();
    // Stops polling at once; emits failed(Cancelled, …) if the flow was running.
    void cancel();

    bool isRunning() const { return m_state != State::Idle; }
    QString userCode() const { return m_userCode; }
    QUrl verificationUri() const { return m_verificationUri; }
    QDateTime expiresAt() const { return m_expiresAt; }
    int intervalSeconds() const { return m_interval; }
    int pollCount() const { return m_polls; }
    // Network failures in a row tolerated while polling before giving up.
    void setNetworkRetries(int retries) { m_networkRetries = retries; }

signals:
    void codeReady(const QString &userCode, const QUrl &verificationUri, const QDateTime &expiresAt,
                   const QString &message);
    // The service is still waiting for the user; emitted after every unanswered poll.
    void waiting();
    void succeeded(const OAuthTokens &tokens);
    void failed(DeviceCodeFlow::Failure reason, const QString &message);

private:
    enum class State { Idle, RequestingCode, Polling };

    void onDeviceCode(const OAuthReply &reply);
    void schedulePoll(int seconds);
    void poll();
    void onPollReply(const OAuthReply &reply);
    bool retryAfterNetworkFailure(const OAuthReply &reply);
    void fail(Failure reason, const QString &message);
    static QString messageFor(Failure reason);

    OAuthClient *m_client;
    Clock *m_clock;
    ConnectionSettings m_settings;
    State m_state = State::Idle;
    // Bumped on every start/cancel, so answers and timers of an older attempt are ignored.
    quint64 m_generation = 0;
    QString m_deviceCode;
    QString m_userCode;
    QUrl m_verificationUri;
    QDateTime m_expiresAt;
    int m_interval = 5;
    int m_polls = 0;
    int m_networkFailures = 0;
    int m_networkRetries = 3;
};
