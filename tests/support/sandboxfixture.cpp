#include "sandboxfixture.h"

#include "core/auth/devicecodeflow.h"
#include "core/auth/oauthclient.h"
#include "sandboxtestclient.h"
#include "testclientid.h"

#include <QTcpServer>

bool SandboxFixture::listen()
{
    server.setClock([this] { return clock.now().addSecs(m_serverOffset.count()); });
    return server.start(0) != 0;
}

bool SandboxFixture::start(const QString &user)
{
    if (!listen())
        return false;
    connectAs(user);
    return true;
}

bool SandboxFixture::startIdentityProvider()
{
    server.setDevicePollsBeforeApproval(-1);
    return listen();
}

void SandboxFixture::connectAs(const QString &user)
{
    // The client goes first: its calls in flight use the token source.
    client.reset();
    graph.reset();
    tokens = std::make_unique<StaticTokenSource>(server.issueAccessToken(user));
    client = std::make_unique<PartnerCenterClient>(server.baseUrl(), tokens.get(), &clock);
    graph = std::make_unique<GraphClient>(server.baseUrl(), tokens.get(), &clock);
}

SandboxCustomer &SandboxFixture::addCustomer(const QString &id,
                                             const QList<SandboxSubscription> &subs)
{
    SandboxCustomer c;
    c.id = id;
    c.commerceId = id + QStringLiteral("-commerce");
    c.tenantId = id + QStringLiteral("-tenant");
    c.domain = id + QStringLiteral(".onmicrosoft.com");
    c.companyName = QStringLiteral("Company ") + id;
    c.subscriptions = subs;
    server.store().putCustomer(c);
    server.notifyStoreChanged();
    return *server.store().customer(id);
}

QString SandboxFixture::serverStatus(const QString &customerId, const QString &subscriptionId)
{
    const SandboxSubscription *s = server.store().subscription(customerId, subscriptionId);
    return s ? s->status : QString();
}

std::shared_ptr<CustomerState> SandboxFixture::loadState(const QString &customerId,
                                                         CustomerState::Parts parts)
{
    Customer listed;
    listed.id = customerId;
    if (const SandboxCustomer *c = server.store().customer(customerId)) {
        listed.companyProfile.companyName = c->companyName;
        listed.companyProfile.domain = c->domain;
        listed.relationshipToPartner = c->relationship;
    }
    auto state = CustomerState::create(client.get(), &clock, listed);
    bool loaded = false;
    state->refresh(parts, state.get(),
                   [&loaded](const ApiError &error) { loaded = !error.isError(); });
    if (!QTest::qWaitFor([&] { return !state->isLoading(); }, 10000) || !loaded)
        return nullptr;
    return state;
}

ConnectionSettings SandboxFixture::settings() const
{
    ConnectionSettings s;
    s.endpoint = server.baseUrl();
    s.authority = server.baseUrl();
    s.tenant = QStringLiteral("contoso.onmicrosoft.com");
    s.clientId = TestClientId;
    return s;
}

int SandboxFixture::visit(const QString &action, const QString &userCode, const QString &user)
{
    SandboxTestClient browser;
    browser.base = server.baseUrl();
    QString path =
        QStringLiteral("/sandbox/device/") + action + QStringLiteral("?user_code=") + userCode;
    if (!user.isEmpty())
        path += QStringLiteral("&user=") + user;
    const TestReply reply = browser.get(path);
    return reply.status > 0 ? reply.status : -1;
}

OAuthTokens SandboxFixture::signIn(OAuthClient &oauth, const QString &user)
{
    DeviceCodeFlow flow(&oauth, &clock, settings());
    OAuthTokens tokens;
    QString userCode;
    QObject::connect(&flow, &DeviceCodeFlow::codeReady, &flow,
                     [&](const QString &code) { userCode = code; });
    QObject::connect(&flow, &DeviceCodeFlow::succeeded, &flow,
                     [&](const OAuthTokens &t) { tokens = t; });
    flow.start();
    if (!QTest::qWaitFor([&] { return !userCode.isEmpty(); }, 5000))
        return {};
    visit(QStringLiteral("approve"), userCode, user);
    advance(std::chrono::seconds(flow.intervalSeconds()));
    if (!QTest::qWaitFor([&] { return !tokens.isEmpty(); }, 5000))
        return {};
    return tokens;
}

void SandboxFixture::goOffline()
{
    for (QTcpServer *tcp : server.servers())
        tcp->close();
    // A kept-alive connection would still reach the server.
    network.clearConnectionCache();
}

void SandboxFixture::goOnline()
{
    for (QTcpServer *tcp : server.servers())
        QVERIFY(tcp->listen(QHostAddress::LocalHost, server.port()));
}

int SandboxFixture::identityRequests(const QString &leaf) const
{
    int n = 0;
    for (const RecordedRequest &r : server.recentRequests())
        n += r.path.endsWith(QStringLiteral("/oauth2/v2.0/") + leaf) ? 1 : 0;
    return n;
}
