#include "sandbox/sandboxlistener.h"
#include "sandbox/sandboxserver.h"
#include "sandboxtestclient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <ctime>

class tst_SandboxServer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void authRequired();
    void expiredTokenIsRejected();
    void pagingFollowsContinuationTokens();
    void pageSizeIsClampedAndValidated();
    void badContinuationToken();
    void filters();
    void filteredPaging();
    void customerDetails();
    void subscriptionSuspendAndReactivate();
    void subscriptionErrorCodes();
    void nceCancellation();
    void azurePlan();
    void removalBlockedThenAllowed();
    void removalBlockedByEntitlements();
    void roles();
    void throttling();
    void dropAndMalformed();
    void ifMatch();
    void loseAnswerAppliesThenCloses();
    void stallAppliesAndNeverAnswers();
    void malformedChangeIsApplied();
    void expireTokenAtAChosenRequest();
    void queuedFaultForOneMethod();
    void bodyLargerThanTheLimitIsRefused();
    void bodyThatNeverComesClosesTheConnection();
    void recordedRequestsAreBoundedByBytes();
    void randomFaultsAndLatency();
    void injectedError();
    void localizedDescriptions();
    void recordsRequestHeaders();
    void unknownPathsAndMethods();
    void invalidBodies();
    void stateFileRoundTrip();
    void demoCoversTheCases();
    void generateIsDeterministicAndFast();

private:
    QString customerId(const QString &namePrefix);
    SandboxSubscription *subscription(const QString &customerId, const QString &offerName,
                                      const QString &status = {});
    QString subscriptionPath(const QString &customerId, const SandboxSubscription &s) const;
    QJsonObject wireSubscription(const QString &customerId, const QString &subscriptionId);
    // Contoso Česko's active Office 365 E3, and the PATCH that suspends it.
    struct Suspension
    {
        SandboxSubscription *subscription = nullptr;
        QString path;
        QJsonObject body;
    };
    Suspension suspension();
    // The PATCH on a raw socket: QNetworkAccessManager would quietly send it again.
    void sendRaw(QTcpSocket &socket, const Suspension &suspension);

    SandboxServer *server = nullptr;
    SandboxTestClient *client = nullptr;
};

void tst_SandboxServer::init()
{
    server = new SandboxServer;
    QString error;
    QVERIFY2(server->loadDemo(&error), qPrintable(error));
    QVERIFY(server->start() != 0);
    client = new SandboxTestClient;
    client->base = server->baseUrl();
    client->token = server->issueAccessToken().toLatin1();
}

void tst_SandboxServer::cleanup()
{
    delete client;
    delete server;
}

QString tst_SandboxServer::customerId(const QString &namePrefix)
{
    SandboxStore &store = server->store();
    for (int i = 0; i < store.listedCount(); ++i) {
        if (store.listedAt(i).companyName.startsWith(namePrefix))
            return store.listedAt(i).id;
    }
    return {};
}

SandboxSubscription *tst_SandboxServer::subscription(const QString &customerId,
                                                     const QString &offerName,
                                                     const QString &status)
{
    SandboxCustomer *c = server->store().customer(customerId);
    if (!c)
        return nullptr;
    for (SandboxSubscription &s : c->subscriptions) {
        if (s.offerName == offerName && (status.isEmpty() || s.status == status))
            return &s;
    }
    return nullptr;
}

QString tst_SandboxServer::subscriptionPath(const QString &customerId,
                                            const SandboxSubscription &s) const
{
    return QStringLiteral("/v1/customers/%1/subscriptions/%2").arg(customerId, s.id);
}

QJsonObject tst_SandboxServer::wireSubscription(const QString &customerId,
                                                const QString &subscriptionId)
{
    const TestReply list =
        client->get(QStringLiteral("/v1/customers/%1/subscriptions").arg(customerId));
    for (const QJsonValue &v : list.json.value("items").toArray()) {
        if (v.toObject().value("id").toString() == subscriptionId)
            return v.toObject();
    }
    return {};
}

void tst_SandboxServer::authRequired()
{
    client->token.clear();
    TestReply r = client->get("/v1/customers");
    QCOMPARE(r.status, 401);
    QCOMPARE(r.json.value("source").toString(), QStringLiteral("PartnerFD"));
    QVERIFY(!r.description().isEmpty());
    QVERIFY(r.json.value("data").isArray());
    client->token = "eyJhbGciOiJub25lIn0.eyJ1cG4iOiJ4In0.forged";
    QCOMPARE(client->get("/v1/customers").status, 401);
    client->token = server->issueAccessToken("helpdesk").toLatin1();
    QCOMPARE(client->get("/v1/customers").status, 200);
    QVERIFY(server->issueAccessToken("nobody").isEmpty());
}

void tst_SandboxServer::expiredTokenIsRejected()
{
    QDateTime now = QDateTime::currentDateTimeUtc();
    server->setClock([&now] { return now; });
    server->setTokenLifetime(60);
    client->token = server->issueAccessToken().toLatin1();
    QCOMPARE(client->get("/v1/customers").status, 200);
    now = now.addSecs(61);
    const TestReply r = client->get("/v1/customers");
    QCOMPARE(r.status, 401);
    QCOMPARE(r.code().toString(), QStringLiteral("TokenExpired"));
}

void tst_SandboxServer::pagingFollowsContinuationTokens()
{
    server->generate(2000, 7);
    QCOMPARE(server->store().listedCount(), 2000);
    QStringList ids;
    QString uri = "/v1/customers?size=100";
    QList<std::pair<QByteArray, QByteArray>> headers;
    int pages = 0;
    while (!uri.isEmpty()) {
        const TestReply r = client->call("GET", uri, {}, headers);
        QCOMPARE(r.status, 200);
        const QJsonArray items = r.json.value("items").toArray();
        QCOMPARE(r.json.value("totalCount").toInt(), items.size());
        QCOMPARE(r.json.value("attributes").toObject().value("objectType").toString(),
                 QStringLiteral("Collection"));
        for (const QJsonValue &v : items)
            ids.append(v.toObject().value("id").toString());
        const QJsonObject next = r.json.value("links").toObject().value("next").toObject();
        uri = next.value("uri").toString();
        headers.clear();
        for (const QJsonValue &h : next.value("headers").toArray()) {
            headers.append({h.toObject().value("key").toString().toLatin1(),
                            h.toObject().value("value").toString().toLatin1()});
        }
        QVERIFY(uri.isEmpty() || !headers.isEmpty());
        QVERIFY(++pages <= 20);
    }
    QCOMPARE(pages, 20);
    QCOMPARE(ids.size(), 2000);
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), 2000);
}

void tst_SandboxServer::pageSizeIsClampedAndValidated()
{
    server->generate(700, 3);
    TestReply r = client->get("/v1/customers?size=1000000000000");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value("items").toArray().size(), 500);
    QCOMPARE(client->get("/v1/customers").json.value("items").toArray().size(), 200);
    QCOMPARE(client->get("/v1/customers?size=0").json.value("items").toArray().size(), 1);
    r = client->get("/v1/customers?size=lots");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.code().toString(), QStringLiteral("InvalidParameter"));
}

void tst_SandboxServer::badContinuationToken()
{
    for (const QByteArray &token : {QByteArray("%%%not-base64"), QByteArray("eyJ4IjoxfQ")}) {
        const TestReply r =
            client->call("GET", "/v1/customers?size=5", {}, {{"MS-ContinuationToken", token}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.code().toString(), QStringLiteral("InvalidContinuationToken"));
    }
}

static QString filterQuery(const QString &field, const QString &value, const QString &op)
{
    const QByteArray json =
        QJsonDocument(QJsonObject{{"Field", field}, {"Value", value}, {"Operator", op}})
            .toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(json)));
}

void tst_SandboxServer::filters()
{
    TestReply r = client->get("/v1/customers?size=50&filter=" +
                              filterQuery("CompanyName", "žluťoučký", "starts_with"));
    QCOMPARE(r.status, 200);
    QJsonArray items = r.json.value("items").toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(
        items.at(0).toObject().value("companyProfile").toObject().value("companyName").toString(),
        QStringLiteral("Žluťoučký kůň s.r.o."));
    r = client->get("/v1/customers?filter=" + filterQuery("Domain", "CONTOSO-CZ", "starts_with"));
    items = r.json.value("items").toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.at(0).toObject().value("companyProfile").toObject().value("domain").toString(),
             QStringLiteral("contoso-cz.onmicrosoft.com"));
    r = client->get("/v1/customers?filter=" + filterQuery("CompanyName", "Con", "equals"));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.code().toString(), QStringLiteral("InvalidFilter"));
    r = client->get("/v1/customers?filter=" + filterQuery("Country", "CZ", "starts_with"));
    QCOMPARE(r.status, 400);
    QCOMPARE(client->get("/v1/customers?filter=%7Bnot-json").status, 400);
}

void tst_SandboxServer::filteredPaging()
{
    server->generate(3000, 11);
    for (const QString &field : {QStringLiteral("CompanyName"), QStringLiteral("Domain")}) {
        const QString value = field == QLatin1String("Domain") ? "contoso" : "Contoso";
        int expected = 0;
        for (int i = 0; i < server->store().listedCount(); ++i) {
            const SandboxCustomer &c = server->store().listedAt(i);
            expected += (field == QLatin1String("Domain") ? c.domain : c.companyName)
                            .startsWith(value, Qt::CaseInsensitive);
        }
        QVERIFY(expected > 60);
        QSet<QString> seen;
        QString uri = "/v1/customers?size=25&filter=" + filterQuery(field, value, "starts_with");
        QList<std::pair<QByteArray, QByteArray>> headers;
        while (!uri.isEmpty()) {
            const TestReply r = client->call("GET", uri, {}, headers);
            QCOMPARE(r.status, 200);
            for (const QJsonValue &v : r.json.value("items").toArray())
                seen.insert(v.toObject().value("id").toString());
            const QJsonObject next = r.json.value("links").toObject().value("next").toObject();
            uri = next.value("uri").toString();
            headers.clear();
            for (const QJsonValue &h : next.value("headers").toArray())
                headers.append(
                    {"MS-ContinuationToken", h.toObject().value("value").toString().toLatin1()});
        }
        QCOMPARE(seen.size(), expected);
    }
}

void tst_SandboxServer::customerDetails()
{
    const QString id = customerId("Contoso Česko");
    const TestReply r = client->get("/v1/customers/" + id);
    QCOMPARE(r.status, 200);
    const QJsonObject profile = r.json.value("companyProfile").toObject();
    QCOMPARE(profile.value("domain").toString(), QStringLiteral("contoso-cz.onmicrosoft.com"));
    QCOMPARE(profile.value("address").toObject().value("city").toString(), QStringLiteral("Brno"));
    QVERIFY(!r.json.value("billingProfile").toObject().value("firstName").toString().isEmpty());
    QCOMPARE(r.json.value("relationshipToPartner").toString(), QStringLiteral("reseller"));
    QVERIFY(r.json.value("customDomains").isArray());
    const TestReply missing = client->get("/v1/customers/00000000-0000-0000-0000-000000000000");
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.code().toInt(), 600);
    const TestReply link = client->get("/v1/customers/relationshiprequests");
    QCOMPARE(link.status, 200);
    QVERIFY(link.json.value("url").toString().contains("invType=ResellerRelationship&partnerId=" +
                                                       server->store().partnerId()));
}

void tst_SandboxServer::subscriptionSuspendAndReactivate()
{
    const QString id = customerId("Contoso Česko");
    SandboxSubscription *base = subscription(id, "Office 365 E3");
    SandboxSubscription *addOn = subscription(id, "Microsoft 365 E5 Security");
    QVERIFY(base && addOn);
    QCOMPARE(addOn->parentSubscriptionId, base->id);
    QJsonObject body = wireSubscription(id, base->id);
    QCOMPARE(body.value("attributes").toObject().value("etag").toString(), base->etag);
    const QString oldEtag = base->etag;
    body["status"] = "suspended";
    TestReply r = client->patch(subscriptionPath(id, *base), body);
    QCOMPARE(r.status, 200);
    // PATCH answers use PascalCase keys, lower-case enum values.
    QCOMPARE(r.json.value("Status").toString(), QStringLiteral("suspended"));
    QCOMPARE(r.json.value("Id").toString(), base->id);
    QVERIFY(r.json.contains("OfferId"));
    const QString newEtag = r.json.value("Attributes").toObject().value("Etag").toString();
    QVERIFY(!newEtag.isEmpty() && newEtag != oldEtag);
    QCOMPARE(addOn->status, QStringLiteral("suspended")); // suspending a base suspends add-ons

    QJsonObject addOnBody = wireSubscription(id, addOn->id);
    addOnBody["status"] = "active";
    r = client->patch(subscriptionPath(id, *addOn), addOnBody);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.code().toInt(), 27009);

    body["status"] = "active";
    body["attributes"] = QJsonObject{{"etag", oldEtag}};
    r = client->patch(subscriptionPath(id, *base), body);
    QCOMPARE(r.status, 400); // Partner Center's documented answer: 400, 2055
    QCOMPARE(r.code().toInt(), 2055);
    body["attributes"] = QJsonObject{{"etag", newEtag}};
    QCOMPARE(client->patch(subscriptionPath(id, *base), body).status, 200);
    QCOMPARE(client->patch(subscriptionPath(id, *addOn), addOnBody).status, 200);
    QCOMPARE(addOn->status, QStringLiteral("active"));
}

void tst_SandboxServer::subscriptionErrorCodes()
{
    const QString id = customerId("Žluťoučký");
    SandboxSubscription *suspended = subscription(id, "Office 365 E1");
    QJsonObject body = wireSubscription(id, suspended->id);
    body["quantity"] = 99; // changing anything but status while suspended
    TestReply r = client->patch(subscriptionPath(id, *suspended), body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.code().toInt(), 800091);
    body = wireSubscription(id, suspended->id);
    body["status"] = "deleted"; // legacy offers cannot be cancelled
    r = client->patch(subscriptionPath(id, *suspended), body);
    QCOMPARE(r.code().toInt(), 900117);

    const QString alpine = customerId("Alpine");
    SandboxSubscription *expired = subscription(alpine, "Office 365 E3");
    body = wireSubscription(alpine, expired->id);
    body["status"] = "active";
    r = client->patch(subscriptionPath(alpine, *expired), body);
    QCOMPARE(r.status, 400);
    QVERIFY(!r.description().isEmpty());
    QCOMPARE(expired->status, QStringLiteral("expired"));

    const QString blue = customerId("Blue Yonder");
    SandboxSubscription *unknown = subscription(blue, "Office 365 E3");
    QCOMPARE(unknown->status, QStringLiteral("transferring"));
    body = wireSubscription(blue, unknown->id);
    body["status"] = "suspended";
    QCOMPARE(client->patch(subscriptionPath(blue, *unknown), body).status, 400);

    r = client->patch(QStringLiteral("/v1/customers/%1/subscriptions/nope").arg(id), body);
    QCOMPARE(r.status, 404);
}

void tst_SandboxServer::nceCancellation()
{
    const QString lodz = customerId("Przedsi");
    SandboxSubscription *inside = subscription(lodz, "Microsoft 365 Business Standard");
    SandboxSubscription *outside = subscription(lodz, "Microsoft Defender for Office 365 (Plan 1)");
    QJsonObject body = wireSubscription(lodz, outside->id);
    QVERIFY(body.contains("cancellationAllowedUntilDate"));
    QCOMPARE(body.value("productType").toObject().value("id").toString(),
             QStringLiteral("OnlineServicesNCE"));
    body["status"] = "deleted";
    TestReply r = client->patch(subscriptionPath(lodz, *outside), body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.code().toInt(), 900117);
    // Outside the window the honest path is turning auto-renew off.
    body = wireSubscription(lodz, outside->id);
    body["autoRenewEnabled"] = false;
    r = client->patch(subscriptionPath(lodz, *outside), body);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value("AutoRenewEnabled").toBool(true), false);

    body = wireSubscription(lodz, inside->id);
    body["status"] = "deleted";
    r = client->patch(subscriptionPath(lodz, *inside), body);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value("Status").toString(), QStringLiteral("deleted"));
}

void tst_SandboxServer::azurePlan()
{
    const QString blocked = customerId("Northwind Cloud");
    SandboxSubscription *plan = subscription(blocked, "Azure plan");
    QJsonObject body = wireSubscription(blocked, plan->id);
    body["status"] = "suspended";
    TestReply r = client->patch(subscriptionPath(blocked, *plan), body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.code().toInt(), 900115);
    const QString free = customerId("Fabrikam Azure");
    SandboxSubscription *freePlan = subscription(free, "Azure plan");
    body = wireSubscription(free, freePlan->id);
    body["status"] = "suspended";
    QCOMPARE(client->patch(subscriptionPath(free, *freePlan), body).status, 200);
}

void tst_SandboxServer::removalBlockedThenAllowed()
{
    const QJsonObject removal{{"relationshipToPartner", "none"},
                              {"attributes", QJsonObject{{"objectType", "Customer"}}}};
    const QString litware = customerId("Litware NCE");
    TestReply r = client->patch("/v1/customers/" + litware, removal);
    QCOMPARE(r.status, 409);
    QCOMPARE(r.code().toInt(), 3000);
    QVERIFY(r.description().contains("Microsoft 365 Business Standard"));
    SandboxSubscription *nce = subscription(litware, "Microsoft 365 Business Standard");
    QJsonObject body = wireSubscription(litware, nce->id);
    body["status"] = "deleted";
    QCOMPARE(client->patch(subscriptionPath(litware, *nce), body).status, 200);
    r = client->patch("/v1/customers/" + litware, removal);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value("RelationshipToPartner").toString(), QStringLiteral("none"));
    QCOMPARE(client->get("/v1/customers/" + litware).status, 404);
    const TestReply list = client->get("/v1/customers?size=500");
    for (const QJsonValue &v : list.json.value("items").toArray())
        QVERIFY(v.toObject().value("id").toString() != litware);

    const QString lodz = customerId("Przedsi");
    r = client->patch("/v1/customers/" + lodz, removal);
    QCOMPARE(r.status, 409);
    QVERIFY(r.description().contains("Exchange Online (Plan 1)"));
}

void tst_SandboxServer::removalBlockedByEntitlements()
{
    const QJsonObject removal{{"relationshipToPartner", "none"}};
    const QString tailspin = customerId("Tailspin");
    TestReply r = client->get(QStringLiteral("/v1/customers/%1/entitlements?entitlementType="
                                             "reservedInstance&showExpiry=true")
                                  .arg(tailspin));
    QCOMPARE(r.status, 200);
    const QJsonArray items = r.json.value("items").toArray();
    QCOMPARE(items.size(), 1);
    const QJsonObject reservation = items.at(0).toObject();
    QVERIFY(reservation.contains("expiryDate"));
    const QString orderId = reservation.value("referenceOrder").toObject().value("id").toString();
    QCOMPARE(client->patch("/v1/customers/" + tailspin, removal).status, 409);
    r = client->patch(QStringLiteral("/v1/customers/%1/orders/%2").arg(tailspin, orderId),
                      {{"id", orderId},
                       {"status", "cancelled"},
                       {"lineItems", QJsonArray{QJsonObject{{"lineItemNumber", 0}}}}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value("status").toString(), QStringLiteral("cancelled"));
    QCOMPARE(client->patch("/v1/customers/" + tailspin, removal).status, 200);

    // Software inside its window blocks; outside it does not.
    const QString woodgrove = customerId("Woodgrove");
    r = client->patch("/v1/customers/" + woodgrove, removal);
    QCOMPARE(r.status, 409);
    const QString adatum = customerId("Adatum");
    const QString adatumOrder = server->store().customer(adatum)->orders.at(0).id;
    r = client->patch(QStringLiteral("/v1/customers/%1/orders/%2").arg(adatum, adatumOrder),
                      {{"status", "cancelled"}});
    QCOMPARE(r.code().toInt(), 900117);
    QCOMPARE(client->patch("/v1/customers/" + adatum, removal).status, 200);
}

void tst_SandboxServer::roles()
{
    const QString id = customerId("Contoso Česko");
    SandboxSubscription *base = subscription(id, "Office 365 E3");
    QJsonObject body = wireSubscription(id, base->id);
    body["status"] = "suspended";
    const QJsonObject removal{{"relationshipToPartner", "none"}};
    for (const char *user : {"sales", "helpdesk"}) {
        client->token = server->issueAccessToken(QString::fromLatin1(user)).toLatin1();
        const TestReply r = client->patch(subscriptionPath(id, *base), body);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.code().toInt(), 900150);
        QCOMPARE(client->get("/v1/customers/relationshiprequests").status, 200);
    }
    const QString zluty = customerId("Žluťoučký");
    QCOMPARE(client->patch("/v1/customers/" + zluty, removal).code().toInt(), 900150);
    client->token = server->issueAccessToken("sales").toLatin1();
    QCOMPARE(client->patch("/v1/customers/" + zluty, removal).status, 200);
}

void tst_SandboxServer::throttling()
{
    server->setFaults({0, 0, 0, 0, 0, 7, 1});
    server->failNext(SandboxServer::Fault::Throttle, 2, "/v1/customers");
    for (int i = 0; i < 2; ++i) {
        const TestReply r = client->get("/v1/customers?size=1");
        QCOMPARE(r.status, 429);
        QCOMPARE(r.headers.value("retry-after"), QByteArray("7"));
        QCOMPARE(r.json.value("statusCode").toInt(), 429);
        QCOMPARE(r.json.value("message").toString(),
                 QStringLiteral("Rate limit is exceeded. Try again in 7 seconds."));
    }
    QCOMPARE(client->get("/v1/customers?size=1").status, 200);
    // Faults are for /v1 only.
    server->failNext(SandboxServer::Fault::Throttle);
    QCOMPARE(client->get("/sandbox/device").status, 200);
    QCOMPARE(client->get("/v1/customers?size=1").status, 429);
}

void tst_SandboxServer::dropAndMalformed()
{
    // Two drops: QNAM resends once by itself when a connection closes before any answer.
    server->failNext(SandboxServer::Fault::Drop, 2);
    const int before = server->requestCount();
    {
        // A fresh connection: QNAM silently resends a request whose reused connection closed.
        SandboxTestClient fresh;
        fresh.base = client->base;
        fresh.token = client->token;
        const TestReply dropped = fresh.get("/v1/customers?size=1");
        QVERIFY(dropped.error != QNetworkReply::NoError);
        QCOMPARE(dropped.status, 0);
    }
    QCOMPARE(server->requestCount(), before + 2);
    TestReply r;
    server->failNext(SandboxServer::Fault::Malformed);
    r = client->get("/v1/customers?size=1");
    QCOMPARE(r.status, 200);
    QJsonParseError error;
    QJsonDocument::fromJson(r.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
    QCOMPARE(client->get("/v1/customers?size=1").status, 200);
}

void tst_SandboxServer::ifMatch()
{
    const QString id = customerId("Contoso Česko");
    SandboxSubscription *s = subscription(id, "Office 365 E3", "active");
    QVERIFY(s);
    QJsonObject body = wireSubscription(id, s->id);
    body.remove("attributes");
    body["status"] = "suspended";
    const QString path = subscriptionPath(id, *s);
    const auto patch = [&](const QByteArray &ifMatch) {
        return client->call("PATCH", path, QJsonDocument(body).toJson(QJsonDocument::Compact),
                            {{"If-Match", ifMatch}});
    };
    TestReply r = patch("stale-etag");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.code().toInt(), 2055);
    QCOMPARE(s->status, QStringLiteral("active"));
    const QString before = s->etag;
    r = patch("\"" + s->etag.toUtf8() + "\"");
    QCOMPARE(r.status, 200);
    QCOMPARE(s->status, QStringLiteral("suspended"));
    // Every change gives the item a new ETag: the old one is stale now.
    QVERIFY(s->etag != before);
    body["status"] = "active";
    QCOMPARE(patch(before.toUtf8()).status, 400);
    QCOMPARE(patch("*").status, 200);
    QCOMPARE(s->status, QStringLiteral("active"));
}

tst_SandboxServer::Suspension tst_SandboxServer::suspension()
{
    const QString id = customerId("Contoso Česko");
    Suspension out;
    out.subscription = subscription(id, "Office 365 E3", "active");
    if (!out.subscription)
        return out;
    out.path = subscriptionPath(id, *out.subscription);
    out.body = wireSubscription(id, out.subscription->id);
    out.body["status"] = "suspended";
    return out;
}

void tst_SandboxServer::sendRaw(QTcpSocket &socket, const Suspension &suspension)
{
    const QByteArray json = QJsonDocument(suspension.body).toJson(QJsonDocument::Compact);
    socket.connectToHost(server->baseUrl().host(), quint16(server->port()));
    QVERIFY(socket.waitForConnected(5000));
    socket.write("PATCH " + suspension.path.toUtf8() +
                 " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + client->token +
                 "\r\nContent-Type: application/json\r\nContent-Length: " +
                 QByteArray::number(json.size()) + "\r\n\r\n" + json);
}

void tst_SandboxServer::loseAnswerAppliesThenCloses()
{
    const Suspension suspend = suspension();
    QVERIFY(suspend.subscription);
    server->failNext(SandboxServer::Fault::LoseAnswer, 1, suspend.subscription->id);
    QTcpSocket socket;
    sendRaw(socket, suspend);
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
    QVERIFY(socket.readAll().isEmpty());
    QCOMPARE(suspend.subscription->status, QStringLiteral("suspended"));
}

void tst_SandboxServer::stallAppliesAndNeverAnswers()
{
    const Suspension suspend = suspension();
    QVERIFY(suspend.subscription);
    server->failNext(SandboxServer::Fault::Stall, 1, suspend.subscription->id, "PATCH");
    QTcpSocket socket;
    sendRaw(socket, suspend);
    QTRY_COMPARE_WITH_TIMEOUT(suspend.subscription->status, QStringLiteral("suspended"), 5000);
    // Applied, and the connection stays open without a byte of answer.
    QVERIFY(!socket.waitForReadyRead(300));
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);

    // A client's time-out is what ends it; the next request is answered as usual.
    client->timeoutMs = 300;
    server->failNext(SandboxServer::Fault::Stall, 1, "/v1/customers");
    QCOMPARE(client->get("/v1/customers?size=1").error, QNetworkReply::OperationCanceledError);
    client->timeoutMs = 0;
    QCOMPARE(client->get("/v1/customers?size=1").status, 200);
}

void tst_SandboxServer::malformedChangeIsApplied()
{
    // A 2xx with a body cut off on the way: the server did the change all the same.
    const Suspension suspend = suspension();
    QVERIFY(suspend.subscription);
    server->failNext(SandboxServer::Fault::Malformed, 1, suspend.subscription->id, "PATCH");
    const TestReply r = client->patch(suspend.path, suspend.body);
    QCOMPARE(r.status, 200);
    QJsonParseError error;
    QJsonDocument::fromJson(r.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
    QCOMPARE(suspend.subscription->status, QStringLiteral("suspended"));
    // A refusal keeps its own answer: only a 2xx body is cut off.
    server->failNext(SandboxServer::Fault::Malformed, 1, "/v1/customers/unknown");
    QCOMPARE(client->get("/v1/customers/unknown").status, 404);
}

void tst_SandboxServer::expireTokenAtAChosenRequest()
{
    server->failNext(SandboxServer::Fault::ExpireToken, 1, "/subscriptions", "GET");
    const QString id = customerId("Contoso Česko");
    QCOMPARE(client->get("/v1/customers/" + id).status, 200);
    TestReply r = client->get("/v1/customers/" + id + "/subscriptions");
    QCOMPARE(r.status, 401);
    QCOMPARE(r.code().toString(), QStringLiteral("TokenExpired"));
    QCOMPARE(r.headers.value("www-authenticate"), QByteArray("Bearer error=\"invalid_token\""));
    // The token stays expired for every request; a new one gets through.
    QCOMPARE(client->get("/v1/customers/" + id).status, 401);
    client->token = server->issueAccessToken().toLatin1();
    QCOMPARE(client->get("/v1/customers/" + id + "/subscriptions").status, 200);
}

void tst_SandboxServer::queuedFaultForOneMethod()
{
    const QString id = customerId("Contoso Česko");
    server->failNext(SandboxServer::Fault::ServerError, 1, "/v1/customers/" + id, "PATCH");
    // GETs of the same path pass; the PATCH takes the fault.
    QCOMPARE(client->get("/v1/customers/" + id).status, 200);
    QCOMPARE(client->get("/v1/customers/" + id + "/subscriptions").status, 200);
    const TestReply r =
        client->patch("/v1/customers/" + id, QJsonObject{{"relationshipToPartner", "none"}});
    QCOMPARE(r.status, 500);
    QCOMPARE(server->store().customer(id)->relationship, QStringLiteral("reseller"));

    // A later request of the same kind, such as the second page of a list.
    server->failNext(SandboxServer::Fault::Throttle, 1, "/v1/customers?", "GET", 1);
    QCOMPARE(client->get("/v1/customers?size=1").status, 200);
    QCOMPARE(client->get("/v1/customers?size=1").status, 429);
    QCOMPARE(client->get("/v1/customers?size=1").status, 200);
}

void tst_SandboxServer::bodyLargerThanTheLimitIsRefused()
{
    // Refused from the announced length alone: the body is neither sent nor buffered.
    QTcpSocket socket;
    socket.connectToHost(server->baseUrl().host(), quint16(server->port()));
    QVERIFY(socket.waitForConnected(5000));
    socket.write("PATCH /v1/customers/x HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                 "Content-Type: application/json\r\nContent-Length: " +
                 QByteArray::number(SandboxListener::DefaultMaxBodyBytes + 1) + "\r\n\r\n{");
    QByteArray answer;
    QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll()).contains("PartnerFD"), 5000);
    QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);

    // A body at the limit is accepted (and refused by the API for what it says).
    const QByteArray big(SandboxListener::DefaultMaxBodyBytes, ' ');
    const QString path = "/v1/customers/" + customerId("Contoso Česko");
    QCOMPARE(client->call("PATCH", path, big).status, 400);
}

void tst_SandboxServer::bodyThatNeverComesClosesTheConnection()
{
    server->setRequestTimeoutMs(300);
    QTcpSocket socket;
    socket.connectToHost(server->baseUrl().host(), quint16(server->port()));
    QVERIFY(socket.waitForConnected(5000));
    socket.write("PATCH /v1/customers/x HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                 "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"a\":");
    QVERIFY(socket.waitForBytesWritten(5000));
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
    QVERIFY(socket.readAll().isEmpty());
    // The server goes on serving.
    QCOMPARE(client->get("/v1/customers?size=1").status, 200);
}

void tst_SandboxServer::recordedRequestsAreBoundedByBytes()
{
    const QByteArray body(900 * 1024, 'x');
    const QString path = "/v1/customers/" + customerId("Contoso Česko");
    for (int i = 0; i < 12; ++i)
        QCOMPARE(client->call("PATCH", path, body).status, 400);
    QVERIFY(server->recentBytes() <= SandboxServer::RecentBytes);
    const QList<RecordedRequest> recent = server->recentRequests();
    QVERIFY(recent.size() >= 8 && recent.size() < 12);
    QCOMPARE(recent.last().body.size(), body.size());
    server->clearRecentRequests();
    QCOMPARE(server->recentBytes(), 0);
}

void tst_SandboxServer::randomFaultsAndLatency()
{
    FaultOptions faults;
    faults.errorRate = 1;
    server->setFaults(faults);
    TestReply r = client->get("/v1/customers?size=1");
    QCOMPARE(r.status, 500);
    QCOMPARE(r.json.value("source").toString(), QStringLiteral("PartnerFD"));
    faults = FaultOptions();
    faults.latencyMs = 150;
    server->setFaults(faults);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(client->get("/v1/customers?size=1").status, 200);
    QVERIFY(timer.elapsed() >= 140);
    const int before = server->requestCount();
    faults = FaultOptions();
    faults.throttleRate = 0.5;
    faults.seed = 42;
    server->setFaults(faults);
    int throttled = 0;
    for (int i = 0; i < 40; ++i)
        throttled += client->get("/v1/customers?size=1").status == 429;
    QVERIFY(throttled > 5 && throttled < 35);
    QCOMPARE(server->requestCount(), before + 40);
}

void tst_SandboxServer::injectedError()
{
    server->injectError(503, "ServiceUnavailable", "Try later", "/subscriptions", "GET");
    const QString id = customerId("Contoso Česko");
    QCOMPARE(client->get("/v1/customers/" + id).status, 200);
    TestReply r = client->get(QStringLiteral("/v1/customers/%1/subscriptions").arg(id));
    QCOMPARE(r.status, 503);
    QCOMPARE(r.code().toString(), QStringLiteral("ServiceUnavailable"));
    QCOMPARE(r.description(), QStringLiteral("Try later"));
    QCOMPARE(client->get(QStringLiteral("/v1/customers/%1/subscriptions").arg(id)).status, 200);
    server->injectError(400, "20002", "No relationship");
    QCOMPARE(client->get("/v1/customers").code().toInt(), 20002);
}

void tst_SandboxServer::localizedDescriptions()
{
    const QString id = customerId("Žluťoučký");
    const QString path = QStringLiteral("/v1/customers/%1/subscriptions/missing").arg(id);
    client->locale = "cs-CZ";
    QCOMPARE(client->get(path).description(),
             QStringLiteral("Předplatné missing nebylo nalezeno."));
    client->locale = "pl-PL";
    QCOMPARE(client->get(path).description(),
             QStringLiteral("Nie znaleziono subskrypcji missing."));
    const TestReply r = client->patch("/v1/customers/" + customerId("Przedsi"),
                                      {{"relationshipToPartner", "none"}});
    QVERIFY(r.description().startsWith(QStringLiteral("Relacji odsprzedawcy nie można")));
    QVERIFY(r.description().contains(QStringLiteral("jest nadal aktywna")));
    client->locale = "de-DE";
    QCOMPARE(client->get(path).description(),
             QStringLiteral("Das Abonnement missing wurde nicht gefunden."));
    client->locale = "it-IT";
    QCOMPARE(client->get(path).description(),
             QStringLiteral("Subscription missing was not found."));
}

void tst_SandboxServer::recordsRequestHeaders()
{
    server->clearRecentRequests();
    client->locale = "cs-CZ";
    client->call("GET", "/v1/customers?size=3", {},
                 {{"MS-RequestId", "req-1"}, {"MS-CorrelationId", "corr-1"}});
    const TestReply r = client->call("GET", "/v1/customers?size=3", {},
                                     {{"MS-RequestId", "req-1"}, {"MS-CorrelationId", "corr-1"}});
    QCOMPARE(r.headers.value("ms-requestid"), QByteArray("req-1"));
    const QList<RecordedRequest> recent = server->recentRequests(2);
    QCOMPARE(recent.size(), 2);
    for (const RecordedRequest &request : recent) {
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.pathAndQuery, QStringLiteral("/v1/customers?size=3"));
        QCOMPARE(request.headers.value("ms-requestid"), QByteArray("req-1"));
        QCOMPARE(request.headers.value("ms-correlationid"), QByteArray("corr-1"));
        QCOMPARE(request.headers.value("x-locale"), QByteArray("cs-CZ"));
    }
}

void tst_SandboxServer::unknownPathsAndMethods()
{
    TestReply r = client->get("/v1/nothing");
    QCOMPARE(r.status, 404);
    QCOMPARE(r.json.value("source").toString(), QStringLiteral("PartnerFD"));
    QCOMPARE(client->get("/elsewhere").status, 404);
    r = client->call("DELETE", "/v1/customers");
    QCOMPARE(r.status, 405);
    QCOMPARE(client->call("POST", "/v1/customers/relationshiprequests").status, 405);
    QCOMPARE(client->get("/common/oauth2/v2.0/token").status, 405);
}

void tst_SandboxServer::invalidBodies()
{
    const QString id = customerId("Žluťoučký");
    for (const QByteArray &body :
         {QByteArray("{\"status\":"), QByteArray("[1,2]"), QByteArray("\xff\xfe garbage")}) {
        const TestReply r = client->call("PATCH", "/v1/customers/" + id, body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.code().toString(), QStringLiteral("InvalidJson"));
    }
    SandboxSubscription *s = subscription(id, "Office 365 E1");
    QCOMPARE(client->call("PATCH", subscriptionPath(id, *s), "nonsense").status, 400);
    QCOMPARE(client->patch(subscriptionPath(id, *s), {{"status", 5}}).status, 400);
    QCOMPARE(client->patch("/v1/customers/" + id, {{"relationshipToPartner", "reseller"}}).status,
             400);
}

void tst_SandboxServer::stateFileRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("state.json");
    server->setStateFile(path);
    QVERIFY(QFile::exists(path));
    const QString zluty = customerId("Žluťoučký");
    QCOMPARE(client->patch("/v1/customers/" + zluty, {{"relationshipToPartner", "none"}}).status,
             200);
    const int listed = server->store().listedCount();
    SandboxServer reloaded;
    QString error;
    QVERIFY2(reloaded.loadState(path, &error), qPrintable(error));
    QCOMPARE(reloaded.store().listedCount(), listed);
    QCOMPARE(reloaded.store().customer(zluty)->relationship, QStringLiteral("none"));
    QCOMPARE(reloaded.store().toJson(), server->store().toJson());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    // Relative dates ("+5d") were resolved to absolute ones.
    QVERIFY(!QString::fromUtf8(file.readAll()).contains(QRegularExpression("\"[+-]\\d+[dhm]\"")));
    QVERIFY(!reloaded.loadState(dir.filePath("missing.json"), &error));
    QVERIFY(!error.isEmpty());
}

void tst_SandboxServer::demoCoversTheCases()
{
    const SandboxStore &store = server->store();
    QVERIFY(store.listedCount() >= 20);
    bool longName = false, rtl = false, empty = false, trial = false, unknown = false,
         addOn = false, reservation = false, pending = false, disabled = false;
    for (int i = 0; i < store.listedCount(); ++i) {
        const SandboxCustomer &c = store.listedAt(i);
        longName |= c.companyName.size() > 80;
        rtl |= c.companyName.isRightToLeft();
        empty |= c.subscriptions.isEmpty() && c.entitlements.isEmpty();
        for (const SandboxSubscription &s : c.subscriptions) {
            trial |= s.isTrial;
            unknown |= s.status == QLatin1String("transferring");
            addOn |= s.isAddOn();
            pending |= s.status == QLatin1String("pending");
            disabled |= s.status == QLatin1String("disabled");
        }
        for (const SandboxEntitlement &e : c.entitlements)
            reservation |= e.entitlementType == QLatin1String("reservedInstance");
    }
    QVERIFY(longName && rtl && empty && trial && unknown && addOn && reservation && pending &&
            disabled);
    QVERIFY(store.user("admin") && store.user("admin")->globalAdmin);
    QCOMPARE(store.user("admin")->name, QStringLiteral("Adéla Nováková"));
    // Relative dates resolve against the sandbox clock: the window is still open.
    const QString lodz = customerId("Przedsi");
    SandboxSubscription *inside = subscription(lodz, "Microsoft 365 Business Standard");
    QVERIFY(inside->cancellationAllowedUntilDate > QDateTime::currentDateTimeUtc());
}

void tst_SandboxServer::generateIsDeterministicAndFast()
{
    SandboxServer a, b;
    a.generate(500, 99);
    b.generate(500, 99);
    QCOMPARE(a.store().toJson(), b.store().toJson());
    // CPU time, not wall time: the machine running the tests may be busy compiling.
    const std::clock_t start = std::clock();
    a.generate(100000, 5);
    QCOMPARE(a.store().listedCount(), 100000);
    const double ms = 1000.0 * double(std::clock() - start) / CLOCKS_PER_SEC;
    qInfo("generate(100000): %.0f ms CPU", ms);
    // Well under 2 s in a release build; unoptimized builds get slack. AddressSanitizer makes
    // every allocation several times dearer, so there only the determinism above is checked.
#if defined(__SANITIZE_ADDRESS__)
    constexpr bool sanitized = true;
#elif defined(__has_feature)
    constexpr bool sanitized = __has_feature(address_sanitizer);
#else
    constexpr bool sanitized = false;
#endif
    if (!sanitized)
        QVERIFY(ms < 4000);
}

QTEST_GUILESS_MAIN(tst_SandboxServer)
#include "tst_sandboxserver.moc"
