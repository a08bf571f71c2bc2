#pragma once

#include "builders.h"
#include "core/api/graphclient.h"
#include "core/api/partnercenterclient.h"
#include "core/api/statictokensource.h"
#include "core/auth/connectionsettings.h"
#include "core/auth/devicecodeflow.h"
#include "core/auth/oauthclient.h"
#include "core/auth/oauthtokens.h"
#include "core/customer/customerstate.h"
#include "manualclock.h"
#include "sandbox/sandboxserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

// An in-process sandbox on loopback and a client talking to it through a ManualClock: Retry-After
// and back-off waits, cancellation windows and token lifetimes move only when the test moves
// the clock. The server's "now" follows the same clock (a test may set it apart).
struct SandboxFixture
{
    SandboxServer server;
    ManualClock clock;
    // For what talks to the identity provider directly (OAuthClient).
    QNetworkAccessManager network;
    std::unique_ptr<StaticTokenSource> tokens;
    std::unique_ptr<PartnerCenterClient> client;
    // Microsoft Graph at the same address, with the same token (as the sandbox accepts).
    std::unique_ptr<GraphClient> graph;

    // The API, with a client signed in as `user`.
    bool start(const QString &user = QStringLiteral("admin"));
    // The identity provider: a device code is approved only when the test visits the page.
    bool startIdentityProvider();
    void connectAs(const QString &user);

    // A customer with the given subscriptions, and nothing else that blocks removal.
    SandboxCustomer &addCustomer(const QString &id, const QList<SandboxSubscription> &subs);
    QString serverStatus(const QString &customerId, const QString &subscriptionId);
    // The customer's state, read from the server (nullptr if it could not be read).
    std::shared_ptr<CustomerState>
    loadState(const QString &customerId, CustomerState::Parts parts = CustomerState::allParts());

    // Drives time forward in small steps until cond holds or the step budget runs out; network
    // progress in between comes from the event loop.
    template<typename Cond> bool advanceUntil(Cond cond, int steps = 200)
    {
        for (int i = 0; i < steps && !cond(); ++i) {
            clock.advance(std::chrono::milliseconds(500));
            QTest::qWait(5);
        }
        return cond();
    }

    // Sign-in: the settings that point at this identity provider.
    ConnectionSettings settings() const;
    // Both clocks, as they move in real life.
    void advance(std::chrono::milliseconds by) { clock.advance(by); }
    // Only the server's: its tokens expire, or its clock runs ahead or behind.
    void moveServerClock(std::chrono::seconds by) { m_serverOffset += by; }
    // The loopback approval page a user would open: GET /sandbox/device/{approve|decline}.
    int visit(const QString &action, const QString &userCode, const QString &user = {});
    // Tokens for `user`, got the way the app gets them: a device-code flow approved here.
    OAuthTokens signIn(OAuthClient &oauth, const QString &user = QStringLiteral("admin"));
    // Closes the listening socket (new connections are refused) and opens it again on the same
    // port with the same state: a network outage without losing the server.
    void goOffline();
    void goOnline();
    int identityRequests(const QString &leaf) const;

private:
    bool listen();

    std::chrono::seconds m_serverOffset{0};
};

// The sandbox as identity provider, started.
struct AuthSandbox : SandboxFixture
{
    AuthSandbox() { QVERIFY(startIdentityProvider()); }
};
