#include "sandbox/sandboxserver.h"
#include "sandboxtestclient.h"

#include <QJsonArray>

class tst_SandboxIdentity : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void deviceCodeShape();
    void pendingThenApprovedAfterPolls();
    void slowDown();
    void approvalUrlChoosesUser();
    void declined();
    void expired();
    void badCode();
    void refreshTokenRotation();
    void tokenClaims();

private:
    QJsonObject requestCode();
    TestReply poll(const QString &deviceCode);
    static QJsonObject claims(const QString &jwt);

    SandboxServer *server = nullptr;
    SandboxTestClient *client = nullptr;
    QDateTime now;
};

void tst_SandboxIdentity::init()
{
    now = QDateTime(QDate(2025, 3, 1), QTime(9, 0), Qt::UTC);
    server = new SandboxServer;
    QVERIFY(server->loadDemo());
    server->setClock([this] { return now; });
    QVERIFY(server->start() != 0);
    client = new SandboxTestClient;
    client->base = server->baseUrl();
}

void tst_SandboxIdentity::cleanup()
{
    delete client;
    delete server;
}

QJsonObject tst_SandboxIdentity::requestCode()
{
    QUrlQuery form;
    form.addQueryItem("client_id", "partnerdesk-tests");
    form.addQueryItem("scope",
                      "https://api.partnercenter.microsoft.com/user_impersonation offline_access");
    const TestReply r = client->postForm("/organizations/oauth2/v2.0/devicecode", form);
    return r.status == 200 ? r.json : QJsonObject();
}

TestReply tst_SandboxIdentity::poll(const QString &deviceCode)
{
    QUrlQuery form;
    form.addQueryItem("grant_type", "urn:ietf:params:oauth:grant-type:device_code");
    form.addQueryItem("device_code", deviceCode);
    form.addQueryItem("client_id", "partnerdesk-tests");
    return client->postForm("/organizations/oauth2/v2.0/token", form);
}

QJsonObject tst_SandboxIdentity::claims(const QString &jwt)
{
    const QStringList parts = jwt.split('.');
    if (parts.size() != 3)
        return {};
    return QJsonDocument::fromJson(
               QByteArray::fromBase64(parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding))
        .object();
}

void tst_SandboxIdentity::deviceCodeShape()
{
    const QJsonObject code = requestCode();
    QVERIFY(!code.value("device_code").toString().isEmpty());
    QVERIFY(QRegularExpression("^[A-Z]{4}-[A-Z]{4}$")
                .match(code.value("user_code").toString())
                .hasMatch());
    QVERIFY(code.value("verification_uri").toString().startsWith(server->baseUrl().toString()));
    QCOMPARE(code.value("expires_in").toInt(), 900);
    QCOMPARE(code.value("interval").toInt(), 5);
    QVERIFY(code.value("message").toString().contains(code.value("user_code").toString()));
    const TestReply page = client->get("/sandbox/device");
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("approve?user_code="));
    QCOMPARE(client->postForm("/organizations/oauth2/v2.0/devicecode", QUrlQuery()).status, 400);
}

void tst_SandboxIdentity::pendingThenApprovedAfterPolls()
{
    server->setDevicePollsBeforeApproval(2);
    const QString device = requestCode().value("device_code").toString();
    for (int i = 0; i < 2; ++i) {
        const TestReply r = poll(device);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json.value("error").toString(), QStringLiteral("authorization_pending"));
        now = now.addSecs(5);
    }
    const TestReply r = poll(device);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value("token_type").toString(), QStringLiteral("Bearer"));
    QVERIFY(!r.json.value("refresh_token").toString().isEmpty());
    QCOMPARE(r.json.value("expires_in").toInt(), 3600);
    client->token = r.json.value("access_token").toString().toLatin1();
    QCOMPARE(client->get("/v1/customers?size=1").status, 200);
    // A device code is used once.
    now = now.addSecs(5);
    QCOMPARE(poll(device).json.value("error").toString(), QStringLiteral("bad_verification_code"));
}

void tst_SandboxIdentity::slowDown()
{
    server->setDevicePollsBeforeApproval(-1);
    const QString device = requestCode().value("device_code").toString();
    QCOMPARE(poll(device).json.value("error").toString(), QStringLiteral("authorization_pending"));
    now = now.addSecs(2);
    QCOMPARE(poll(device).json.value("error").toString(), QStringLiteral("slow_down"));
    now = now.addSecs(10);
    QCOMPARE(poll(device).json.value("error").toString(), QStringLiteral("authorization_pending"));
}

void tst_SandboxIdentity::approvalUrlChoosesUser()
{
    server->setDevicePollsBeforeApproval(-1);
    const QJsonObject code = requestCode();
    QCOMPARE(client
                 ->get("/sandbox/device/approve?user_code=" + code.value("user_code").toString() +
                       "&user=nobody")
                 .status,
             400);
    const TestReply page = client->get(
        "/sandbox/device/approve?user_code=" + code.value("user_code").toString() + "&user=sales");
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("Szymon"));
    const TestReply r = poll(code.value("device_code").toString());
    QCOMPARE(r.status, 200);
    const QJsonObject c = claims(r.json.value("access_token").toString());
    QCOMPARE(c.value("roles").toArray().first().toString(), QStringLiteral("SalesAgent"));
    QVERIFY(c.value("wids").toArray().isEmpty());
}

void tst_SandboxIdentity::declined()
{
    server->setDevicePollsBeforeApproval(-1);
    const QJsonObject code = requestCode();
    QCOMPARE(client->get("/sandbox/device/decline?user_code=" + code.value("user_code").toString())
                 .status,
             200);
    QCOMPARE(poll(code.value("device_code").toString()).json.value("error").toString(),
             QStringLiteral("authorization_declined"));
    QCOMPARE(client->get("/sandbox/device/decline?user_code=ZZZZ-ZZZZ").status, 404);
}

void tst_SandboxIdentity::expired()
{
    const QString device = requestCode().value("device_code").toString();
    now = now.addSecs(901);
    QCOMPARE(poll(device).json.value("error").toString(), QStringLiteral("expired_token"));
}

void tst_SandboxIdentity::badCode()
{
    const TestReply r = poll("not-a-code");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.value("error").toString(), QStringLiteral("bad_verification_code"));
    QVERIFY(!r.json.value("error_description").toString().isEmpty());
}

void tst_SandboxIdentity::refreshTokenRotation()
{
    server->setDevicePollsBeforeApproval(0);
    server->setTokenLifetime(600);
    const TestReply first = poll(requestCode().value("device_code").toString());
    QCOMPARE(first.status, 200);
    const QString refresh1 = first.json.value("refresh_token").toString();
    client->token = first.json.value("access_token").toString().toLatin1();
    now = now.addSecs(601);
    QCOMPARE(client->get("/v1/customers?size=1").status, 401);

    QUrlQuery form;
    form.addQueryItem("grant_type", "refresh_token");
    form.addQueryItem("refresh_token", refresh1);
    form.addQueryItem("client_id", "partnerdesk-tests");
    const TestReply second = client->postForm("/organizations/oauth2/v2.0/token", form);
    QCOMPARE(second.status, 200);
    const QString refresh2 = second.json.value("refresh_token").toString();
    QVERIFY(!refresh2.isEmpty() && refresh2 != refresh1);
    client->token = second.json.value("access_token").toString().toLatin1();
    QCOMPARE(client->get("/v1/customers?size=1").status, 200);
    // The old refresh token stopped working.
    const TestReply reused = client->postForm("/organizations/oauth2/v2.0/token", form);
    QCOMPARE(reused.status, 400);
    QCOMPARE(reused.json.value("error").toString(), QStringLiteral("invalid_grant"));
}

void tst_SandboxIdentity::tokenClaims()
{
    const QJsonObject c = claims(server->issueAccessToken());
    QCOMPARE(c.value("name").toString(), QStringLiteral("Adéla Nováková"));
    QCOMPARE(c.value("upn").toString(), QStringLiteral("admin@partnerdesk-demo.onmicrosoft.com"));
    QCOMPARE(c.value("aud").toString(), QStringLiteral("https://api.partnercenter.microsoft.com"));
    QVERIFY(c.value("wids").toArray().contains(
        QJsonValue(QStringLiteral("62e90394-69f5-4237-9190-012177145e10"))));
    QCOMPARE(c.value("exp").toInteger() - c.value("iat").toInteger(), 3600);
    QCOMPARE(c.value("iat").toInteger(), now.toSecsSinceEpoch());
    QCOMPARE(c.value("tid").toString(), server->store().partnerId());
}

QTEST_GUILESS_MAIN(tst_SandboxIdentity)
#include "tst_sandboxidentity.moc"
