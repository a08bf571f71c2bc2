// The device authorization grant against the sandbox's identity provider over loopback HTTP:
// every answer RFC 8628 defines, network loss and cancel, with time moved by hand.
#include "core/auth/devicecodeflow.h"
#include "core/auth/oauthclient.h"
#include "core/auth/tokenclaims.h"
#include "sandboxfixture.h"

#include <QTest>

using namespace std::chrono_literals;

class tst_DeviceCodeFlow : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        explicit Run(AuthSandbox &sandbox, ConnectionSettings settings)
            : oauth(&sandbox.network)
            , flow(&oauth, &sandbox.clock, std::move(settings))
        {
            QObject::connect(&flow, &DeviceCodeFlow::codeReady, &flow,
                             [this](const QString &code, const QUrl &uri, const QDateTime &until,
                                    const QString &) {
                                 userCode = code;
                                 verificationUri = uri;
                                 expiresAt = until;
                             });
            QObject::connect(&flow, &DeviceCodeFlow::succeeded, &flow,
                             [this](const OAuthTokens &t) { tokens = t; });
            QObject::connect(&flow, &DeviceCodeFlow::failed, &flow,
                             [this](DeviceCodeFlow::Failure why, const QString &text) {
                                 failure = why;
                                 failureText = text;
                             });
            QObject::connect(&flow, &DeviceCodeFlow::waiting, &flow, [this] { ++waits; });
        }
        bool finished() const { return !tokens.isEmpty() || failure.has_value(); }

        OAuthClient oauth;
        DeviceCodeFlow flow;
        QString userCode;
        QUrl verificationUri;
        QDateTime expiresAt;
        OAuthTokens tokens;
        std::optional<DeviceCodeFlow::Failure> failure;
        QString failureText;
        int waits = 0;
    };

    // Starts the flow and waits for the code.
    static bool started(Run &run)
    {
        run.flow.start();
        return QTest::qWaitFor([&] { return !run.userCode.isEmpty() || run.finished(); }, 5000) &&
               !run.userCode.isEmpty();
    }

    // One poll interval passes and the poll's answer arrives.
    static bool pollOnce(AuthSandbox &sandbox, Run &run)
    {
        const int before = run.waits;
        sandbox.advance(std::chrono::seconds(run.flow.intervalSeconds()));
        return QTest::qWaitFor([&] { return run.waits > before || run.finished(); }, 5000);
    }

private slots:
    void signsInAfterPollsWhenApproved()
    {
        AuthSandbox sandbox;
        sandbox.server.setDevicePollsBeforeApproval(2);
        Run run(sandbox, sandbox.settings());
        QVERIFY(started(run));
        QCOMPARE(run.userCode.size(), 9); // XXXX-XXXX
        QCOMPARE(run.verificationUri.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(run.expiresAt, sandbox.clock.now().addSecs(900));
        QCOMPARE(run.flow.intervalSeconds(), 5);
        QVERIFY(pollOnce(sandbox, run));
        QVERIFY(pollOnce(sandbox, run));
        QCOMPARE(run.waits, 2);
        QVERIFY(!run.finished());
        QVERIFY(pollOnce(sandbox, run));
        QVERIFY(!run.tokens.accessToken.isEmpty());
        QVERIFY(!run.tokens.refreshToken.isEmpty());
        QCOMPARE(run.tokens.expiresAt, sandbox.clock.now().addSecs(3600));
        QCOMPARE(TokenClaims::fromAccessToken(run.tokens.accessToken).upn().isEmpty(), false);
        QVERIFY(!run.flow.isRunning());
        // Polled every interval, nothing more.
        QCOMPARE(sandbox.identityRequests(QStringLiteral("token")), 3);
        QCOMPARE(sandbox.clock.pendingCount(), 0);
    }

    void approvalUrlChoosesTheUser()
    {
        AuthSandbox sandbox;
        Run run(sandbox, sandbox.settings());
        QVERIFY(started(run));
        QVERIFY(pollOnce(sandbox, run));
        QCOMPARE(sandbox.visit(QStringLiteral("approve"), run.userCode, QStringLiteral("sales")),
                 200);
        QVERIFY(pollOnce(sandbox, run));
        const TokenClaims claims = TokenClaims::fromAccessToken(run.tokens.accessToken);
        QVERIFY(claims.isValid());
        QVERIFY(claims.hasRole(QLatin1StringView("SalesAgent")));
        QVERIFY(!claims.isGlobalAdmin());
    }

    void declined()
    {
        AuthSandbox sandbox;
        Run run(sandbox, sandbox.settings());
        QVERIFY(started(run));
        QCOMPARE(sandbox.visit(QStringLiteral("decline"), run.userCode), 200);
        QVERIFY(pollOnce(sandbox, run));
        QCOMPARE(run.failure, DeviceCodeFlow::Failure::Declined);
        QVERIFY(!run.failureText.isEmpty());
        QCOMPARE(sandbox.clock.pendingCount(), 0);
    }

    void expiredOnTheServer()
    {
        AuthSandbox sandbox;
        Run run(sandbox, sandbox.settings());
        QVERIFY(started(run));
        // Only the server's clock runs past the code's lifetime: its expired_token decides.
        sandbox.moveServerClock(std::chrono::seconds(901));
        QVERIFY(pollOnce(sandbox, run));
        QCOMPARE(run.failure, DeviceCodeFlow::Failure::Expired);
        QCOMPARE(sandbox.identityRequests(QStringLiteral("token")), 1);
    }

    void expiredOnTheClientStopsPollingWithoutAsking()
    {
        AuthSandbox sandbox;
        Run run(sandbox, sandbox.settings());
        QVERIFY(started(run));
        QVERIFY(pollOnce(sandbox, run));
        // The next poll goes out at the last moment (the server sees a normal interval: its
        // clock moves 5 s while the app's moves 890 s)...
        sandbox.moveServerClock(5s - 890s);
        sandbox.clock.advance(890s);
        QTRY_COMPARE(run.waits, 2);
        // ...and the one after that would be past the deadline: the flow stops by itself.
        sandbox.clock.advance(5s);
        QCOMPARE(run.failure, DeviceCodeFlow::Failure::Expired);
        QCOMPARE(sandbox.identityRequests(QStringLiteral("token")), 2);
        QCOMPARE(sandbox.clock.pendingCount(), 0);
    }

    void badVerificationCodeAfterTheServerForgotIt()
    {
        AuthSandbox sandbox;
        Run run(sandbox, sandbox.settings());
        QVERIFY(started(run));
        // A fresh server on the same port knows no device codes any more.
        const quint16 port = sandbox.server.port();
        auto fresh = std::make_unique<SandboxServer>();
        sandbox.goOffline();
        QCOMPARE(fresh->start(port), port);
        QVERIFY(pollOnce(sandbox, run));
        QCOMPARE(run.failure, DeviceCodeFlow::Failure::BadCode);
    }

    void slowDownAddsFiveSeconds()
    {
        AuthSandbox sandbox;
        Run run(sandbox, sandbox.settings());
        QVERIFY(started(run));
        QVERIFY(pollOnce(sandbox, run));
        // The server sees the next poll only one second after the last one.
        sandbox.moveServerClock(std::chrono::seconds(-4));
        QVERIFY(pollOnce(sandbox, run));
        QCOMPARE(run.flow.intervalSeconds(), 10);
        QCOMPARE(sandbox.clock.requestedDelays().back(), 10000ms);
        QVERIFY(!run.finished());
        QCOMPARE(sandbox.visit(QStringLiteral("approve"), run.userCode), 200);
        QVERIFY(pollOnce(sandbox, run));
        QVERIFY(!run.tokens.accessToken.isEmpty());
    }

    void networkLossIsRetriedThenRecovers()
    {
        AuthSandbox sandbox;
        Run run(sandbox, sandbox.settings());
        QVERIFY(started(run));
        sandbox.goOffline();
        sandbox.advance(5s);
        // The refused poll schedules a later one instead of failing.
        QTRY_COMPARE(sandbox.clock.pendingCount(), 1);
        QVERIFY(!run.finished());
        sandbox.goOnline();
        QCOMPARE(sandbox.visit(QStringLiteral("approve"), run.userCode), 200);
        QVERIFY(sandbox.clock.fireNext());
        QTRY_VERIFY(run.finished());
        QVERIFY(!run.tokens.accessToken.isEmpty());
    }

    void networkLossIsReportedAfterRetries()
    {
        AuthSandbox sandbox;
        Run run(sandbox, sandbox.settings());
        run.flow.setNetworkRetries(2);
        QVERIFY(started(run));
        sandbox.goOffline();
        for (int i = 0; i < 3 && !run.finished(); ++i) {
            QVERIFY(sandbox.clock.fireNext());
            QTRY_VERIFY(sandbox.clock.pendingCount() == 1 || run.finished());
        }
        QCOMPARE(run.failure, DeviceCodeFlow::Failure::Network);
        QVERIFY(!run.failureText.isEmpty());
        QCOMPARE(sandbox.clock.pendingCount(), 0);
    }

    void cancelStopsPolling()
    {
        AuthSandbox sandbox;
        Run run(sandbox, sandbox.settings());
        QVERIFY(started(run));
        QVERIFY(pollOnce(sandbox, run));
        const int polls = sandbox.identityRequests(QStringLiteral("token"));
        run.flow.cancel();
        QCOMPARE(run.failure, DeviceCodeFlow::Failure::Cancelled);
        QVERIFY(!run.flow.isRunning());
        sandbox.advance(60s);
        QTest::qWait(50);
        QCOMPARE(sandbox.identityRequests(QStringLiteral("token")), polls);
    }

    void cancelWhileAPollIsInFlightIgnoresItsAnswer()
    {
        AuthSandbox sandbox;
        sandbox.server.setDevicePollsBeforeApproval(0);
        Run run(sandbox, sandbox.settings());
        QVERIFY(started(run));
        sandbox.advance(5s); // the poll that would succeed is on its way
        run.flow.cancel();
        QTest::qWait(100);
        QCOMPARE(run.failure, DeviceCodeFlow::Failure::Cancelled);
        QVERIFY(run.tokens.isEmpty());
    }

    void invalidSettingsFailAtOnce()
    {
        AuthSandbox sandbox;
        ConnectionSettings settings = sandbox.settings();
        settings.clientId.clear();
        Run run(sandbox, settings);
        run.flow.start();
        QCOMPARE(run.failure, DeviceCodeFlow::Failure::InvalidSettings);
        QVERIFY(run.failureText.contains(QStringLiteral("client")));
        QCOMPARE(sandbox.identityRequests(QStringLiteral("devicecode")), 0);
    }

    void insecureAuthorityIsRefusedBeforeSending()
    {
        AuthSandbox sandbox;
        ConnectionSettings settings = sandbox.settings();
        settings.authority = QUrl(QStringLiteral("http://login.example.com"));
        OAuthClient oauth(&sandbox.network);
        std::optional<OAuthReply> reply;
        oauth.refresh(settings, QStringLiteral("r"), &oauth,
                      [&](const OAuthReply &r) { reply = r; });
        QVERIFY(!reply); // answered asynchronously, like every other answer
        QTRY_VERIFY(reply.has_value());
        QCOMPARE(reply->kind(), OAuthReply::Kind::Refused);
        QVERIFY(reply->userMessage().contains(QStringLiteral("loopback")));
    }

    void restartGivesANewCode()
    {
        AuthSandbox sandbox;
        Run run(sandbox, sandbox.settings());
        QVERIFY(started(run));
        const QString first = run.userCode;
        run.userCode.clear();
        QVERIFY(started(run));
        QVERIFY(run.userCode != first);
        QVERIFY(!run.failure.has_value()); // the restart is silent
    }
};

QTEST_GUILESS_MAIN(tst_DeviceCodeFlow)
#include "tst_devicecodeflow.moc"
