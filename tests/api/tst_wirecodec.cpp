#include "core/api/wirecodec.h"
#include "core/display/displaynames.h"

#include <QtTest>

using namespace Qt::Literals::StringLiterals;

// The codec against the payloads Partner Center documents, and against what goes wrong.
class tst_WireCodec : public QObject
{
    Q_OBJECT

private slots:
    void camelCaseCustomer();
    void pascalCaseSubscriptionFromPatch();
    void unknownStatusIsKept_data();
    void unknownStatusIsKept();
    void newCommerceDetection();
    void collectionWithNextLink();
    void collectionWithoutItemsIsMalformed();
    void wrongTypesAreReported();
    void missingIdIsReported();
    void nullsAndMissingFieldsAreTolerated();
    void hugeQuantityIsRefused();
    void errorBodyNumericAndStringCodes_data();
    void errorBodyNumericAndStringCodes();
    void throttleBody();
    void nonJsonErrorBody();
    void descriptionIsCapped();
    void statusPatchKeepsUnknownFields();
    void removalAndCancelBodies();
    void malformedJson();
    void graphErrorBody();
    void graphPermissionMissing();
    void azureEntitlement();
};

void tst_WireCodec::camelCaseCustomer()
{
    const QByteArray json = R"({
      "id": "c1", "commerceId": "k1",
      "companyProfile": {"tenantId": "t1", "domain": "contoso.onmicrosoft.com",
                         "companyName": "Contoso", "email": "a@contoso.com",
                         "address": {"city": "Praha", "postalCode": "110 00", "country": "CZ"}},
      "billingProfile": {"firstName": "Jana", "lastName": "Dvořáková",
                         "defaultAddress": {"addressLine1": "Václavské náměstí 1"}},
      "relationshipToPartner": "reseller", "allowDelegatedAccess": true,
      "customDomains": ["contoso.cz", 5]
    })";
    const auto object = WireCodec::object(json);
    QVERIFY(object.ok());
    const auto customer = WireCodec::customer(object.value());
    QVERIFY2(customer.ok(), qPrintable(customer.error().description()));
    const Customer &c = customer.value();
    QCOMPARE(c.id, "c1");
    QCOMPARE(c.tenantId(), "t1");
    QCOMPARE(c.domain(), "contoso.onmicrosoft.com");
    QCOMPARE(c.companyName(), "Contoso");
    QCOMPARE(c.companyProfile.address.toMultiLine(), "110 00 Praha\nCZ");
    QCOMPARE(c.billingProfile.contactName(), QStringLiteral("Jana Dvořáková"));
    QVERIFY(c.hasRelationship());
    QVERIFY(c.allowDelegatedAccess);
    QCOMPARE(c.customDomains, QStringList{"contoso.cz"});
}

void tst_WireCodec::pascalCaseSubscriptionFromPatch()
{
    const QByteArray json = R"({"Id": "s1", "OfferId": "O1", "OfferName": "Office 365 E3",
      "FriendlyName": "", "Quantity": 25, "Status": "suspended", "AutoRenewEnabled": true,
      "BillingCycle": "monthly", "CommitmentEndDate": "2027-01-31T00:00:00Z",
      "CancellationAllowedUntilDate": "2026-11-25T10:00:00.123Z",
      "ProductType": {"Id": "OnlineServicesNCE"}, "Attributes": {"Etag": "e2"}})";
    const auto s = WireCodec::subscription(WireCodec::object(json).value());
    QVERIFY2(s.ok(), qPrintable(s.error().description()));
    QCOMPARE(s.value().id, "s1");
    QCOMPARE(s.value().displayName(), "Office 365 E3");
    QCOMPARE(s.value().quantity, 25);
    QCOMPARE(s.value().status.value(), SubscriptionStatus::Value::Suspended);
    QVERIFY(s.value().autoRenewEnabled);
    QCOMPARE(s.value().etag, "e2");
    QVERIFY(s.value().isNewCommerce());
    QCOMPARE(s.value().commitmentEndDate, QDateTime(QDate(2027, 1, 31), QTime(0, 0), Qt::UTC));
    QCOMPARE(s.value().cancellationAllowedUntilDate.time().msec(), 123);
}

void tst_WireCodec::unknownStatusIsKept_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<SubscriptionStatus::Value>("value");
    QTest::addColumn<bool>("blocks");
    QTest::newRow("active") << "active" << SubscriptionStatus::Value::Active << true;
    QTest::newRow("Active any case") << "ACTIVE" << SubscriptionStatus::Value::Active << true;
    QTest::newRow("pending blocks") << "pending" << SubscriptionStatus::Value::Pending << true;
    QTest::newRow("suspended") << "suspended" << SubscriptionStatus::Value::Suspended << false;
    QTest::newRow("deleted") << "deleted" << SubscriptionStatus::Value::Deleted << false;
    QTest::newRow("expired") << "expired" << SubscriptionStatus::Value::Expired << false;
    QTest::newRow("disabled") << "disabled" << SubscriptionStatus::Value::Disabled << false;
    QTest::newRow("unknown") << "transferring" << SubscriptionStatus::Value::Unknown << false;
}

void tst_WireCodec::unknownStatusIsKept()
{
    QFETCH(QString, raw);
    QFETCH(SubscriptionStatus::Value, value);
    QFETCH(bool, blocks);
    const SubscriptionStatus status = SubscriptionStatus::fromWire(raw);
    QCOMPARE(status.value(), value);
    QCOMPARE(status.countsAsActive(), blocks);
    if (value == SubscriptionStatus::Value::Unknown) {
        QCOMPARE(status.toWire(), raw);
        QVERIFY(DisplayNames::subscriptionStatus(status).contains(raw));
    }
}

void tst_WireCodec::newCommerceDetection()
{
    Subscription legacy;
    legacy.offerId = "91FD106F-4B2C-4938-95AC-F54F74E9A239";
    QVERIFY(!legacy.isNewCommerce());
    Subscription nce;
    nce.offerId = "CFQ7TTC0LH18:0001:P1Y";
    QVERIFY(nce.isNewCommerce());
    nce.status = SubscriptionStatus::Value::Active;
    nce.cancellationAllowedUntilDate = QDateTime(QDate(2026, 11, 25), QTime(0, 0), Qt::UTC);
    QVERIFY(nce.canCancelAt(QDateTime(QDate(2026, 11, 24), QTime(0, 0), Qt::UTC)));
    QVERIFY(!nce.canCancelAt(QDateTime(QDate(2026, 11, 26), QTime(0, 0), Qt::UTC)));
}

void tst_WireCodec::collectionWithNextLink()
{
    const QByteArray json = R"({"totalCount": 1, "items": [{"id": "c1", "companyProfile":
      {"companyName": "A"}}], "links": {"self": {"uri": "/v1/customers?size=1"}, "next":
      {"uri": "/v1/customers?size=1", "method": "GET", "headers": [{"key":
      "MS-ContinuationToken", "value": "tok=="}, {"key": "X-Other", "value": "2"}]}},
      "attributes": {"objectType": "Collection"}})";
    const auto page = WireCodec::collection(json);
    QVERIFY(page.ok());
    QVERIFY(page.value().hasNext());
    QCOMPARE(page.value().nextUri, "/v1/customers?size=1");
    QCOMPARE(page.value().nextHeaders.size(), 2);
    QCOMPARE(page.value().nextHeaders.at(0).first, "MS-ContinuationToken");
    QCOMPARE(page.value().nextHeaders.at(0).second, "tok==");
    const auto last = WireCodec::collection(R"({"totalCount":0,"items":[],"links":{}})");
    QVERIFY(last.ok());
    QVERIFY(!last.value().hasNext());
}

void tst_WireCodec::collectionWithoutItemsIsMalformed()
{
    const auto page = WireCodec::collection(R"({"totalCount": 3})");
    QVERIFY(!page.ok());
    QCOMPARE(page.error().kind(), ApiError::Kind::Malformed);
    QVERIFY(page.error().description().contains("items"));
}

void tst_WireCodec::wrongTypesAreReported()
{
    const auto s = WireCodec::subscription(
        WireCodec::object(R"({"id":"s1","quantity":{"n":1},"status":["active"]})").value(),
        "items[3]");
    QVERIFY(!s.ok());
    QCOMPARE(s.error().kind(), ApiError::Kind::Malformed);
    QVERIFY(s.error().description().contains("items[3].quantity: expected a number"));
    QVERIFY(s.error().description().contains("items[3].status"));
}

void tst_WireCodec::missingIdIsReported()
{
    const auto list = WireCodec::list<Customer>(
        QJsonArray{QJsonObject{{"id", "a"}}, QJsonObject{{"companyProfile", QJsonObject{}}}},
        "items", &WireCodec::customer);
    QVERIFY(!list.ok());
    QVERIFY(list.error().description().contains("items[1].id: missing"));
    const auto notObject = WireCodec::list<Customer>(QJsonArray{1}, "items", &WireCodec::customer);
    QVERIFY(!notObject.ok());
}

void tst_WireCodec::nullsAndMissingFieldsAreTolerated()
{
    const auto s = WireCodec::subscription(
        WireCodec::object(R"({"id":"s1","quantity":null,"offerName":null,"productType":null,
                               "commitmentEndDate":"","quantity":"7"})")
            .value());
    QVERIFY2(s.ok(), qPrintable(s.error().description()));
    QCOMPARE(s.value().quantity, 7);
    QVERIFY(!s.value().commitmentEndDate.isValid());
    QCOMPARE(s.value().status.value(), SubscriptionStatus::Value::Unknown);
}

void tst_WireCodec::hugeQuantityIsRefused()
{
    const auto s =
        WireCodec::subscription(WireCodec::object(R"({"id":"s1","quantity":1e300})").value());
    QVERIFY(!s.ok());
    QVERIFY(s.error().description().contains("out of range"));
}

void tst_WireCodec::errorBodyNumericAndStringCodes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("forbidden");
    QTest::newRow("numeric")
        << QByteArray(R"({"code":900150,"description":"No.","data":[],"source":"PartnerFD"})")
        << 403 << "900150" << true;
    QTest::newRow("string") << QByteArray(R"({"Code":"2055","Description":"Stale.","data":[]})")
                            << 409 << "2055" << false;
}

void tst_WireCodec::errorBodyNumericAndStringCodes()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(bool, forbidden);
    const ApiError e = WireCodec::error(status, body);
    QCOMPARE(e.kind(), ApiError::Kind::Http);
    QCOMPARE(e.httpStatus(), status);
    QCOMPARE(e.code(), code);
    QCOMPARE(e.isForbidden(), forbidden);
    QVERIFY(!e.description().isEmpty());
    QVERIFY(e.userMessage().contains(e.description()));
}

void tst_WireCodec::throttleBody()
{
    const ApiError e = WireCodec::error(
        429, R"({"statusCode":429,"message":"Rate limit is exceeded. Try again in 57 seconds."})");
    QCOMPARE(e.kind(), ApiError::Kind::Throttled);
    QCOMPARE(e.httpStatus(), 429);
    QVERIFY(e.description().contains("57 seconds"));
}

void tst_WireCodec::nonJsonErrorBody()
{
    const ApiError e = WireCodec::error(502, "<html><body>Bad gateway</body></html>");
    QCOMPARE(e.httpStatus(), 502);
    QVERIFY(e.description().contains("Bad gateway"));
    QVERIFY(!e.summary().isEmpty());
}

void tst_WireCodec::descriptionIsCapped()
{
    const QByteArray big = R"({"code":1,"description":")" + QByteArray(5000, 'x') + R"("})";
    QCOMPARE(WireCodec::error(400, big).description().size(), 1024);
}

void tst_WireCodec::statusPatchKeepsUnknownFields()
{
    const auto s = WireCodec::subscription(
        WireCodec::object(R"({"Id":"s1","Status":"active","futureField":{"x":1}})").value());
    QVERIFY(s.ok());
    const QJsonObject body =
        WireCodec::subscriptionWithStatus(s.value(), SubscriptionStatus::Value::Suspended);
    QCOMPARE(body.value("status").toString(), "suspended");
    QVERIFY(!body.contains("Status"));
    QCOMPARE(body.value("futureField").toObject().value("x").toInt(), 1);
    QCOMPARE(body.value("Id").toString(), "s1");
}

void tst_WireCodec::removalAndCancelBodies()
{
    const QJsonObject removal = WireCodec::removeRelationshipBody();
    QCOMPARE(removal.value("relationshipToPartner").toString(), "none");
    QCOMPARE(removal.value("attributes").toObject().value("objectType").toString(), "Customer");
    const QJsonObject cancel = WireCodec::cancelOrderBody("o1", "DG7GMGF0DVT2:0001");
    QCOMPARE(cancel.value("status").toString(), "cancelled");
    QCOMPARE(cancel.value("lineItems").toArray().at(0).toObject().value("offerId").toString(),
             "DG7GMGF0DVT2:0001");
}

void tst_WireCodec::malformedJson()
{
    const auto truncated = WireCodec::collection(R"({"items": [{"id": "c1"},)");
    QVERIFY(!truncated.ok());
    QCOMPARE(truncated.error().kind(), ApiError::Kind::Malformed);
    QVERIFY(!WireCodec::object("[1,2]").ok());
    QVERIFY(!WireCodec::object("").ok());
}

void tst_WireCodec::graphErrorBody()
{
    const ApiError e = WireCodec::error(
        404, R"({"error":{"code":"ResourceNotFound","message":"No relationship","innerError":)"
             R"({"date":"2026-11-20T09:00:00","request-id":"r","client-request-id":"c"}}})");
    QCOMPARE(e.httpStatus(), 404);
    QCOMPARE(e.code(), u"ResourceNotFound"_s);
    QCOMPARE(e.description(), u"No relationship"_s);
    const ApiError throttled =
        WireCodec::error(429, R"({"error":{"code":"TooManyRequests","message":"Slow down"}})");
    QCOMPARE(throttled.kind(), ApiError::Kind::Throttled);
    QCOMPARE(throttled.code(), u"TooManyRequests"_s);
    // An OAuth error ("error" is a string) keeps its old reading.
    const ApiError oauth =
        WireCodec::error(400, R"({"error":"invalid_grant","error_description":"AADSTS70000"})");
    QCOMPARE(oauth.description(), u"AADSTS70000"_s);
}

void tst_WireCodec::graphPermissionMissing()
{
    ApiError forbidden = ApiError::http(403, u"Authorization_RequestDenied"_s, u"No"_s);
    QVERIFY(!forbidden.isGraphPermissionMissing()); // Partner Center's 403 is another story
    forbidden.setService(ApiError::Service::Graph);
    QVERIFY(forbidden.isGraphPermissionMissing());
    QVERIFY(forbidden.summary().contains(u"DelegatedAdminRelationship.ReadWrite.All"_s));
    QVERIFY(forbidden.userMessage().contains(u"Microsoft Graph said: No"_s));
    ApiError consent(ApiError::Kind::Unauthenticated, u"AADSTS65001"_s);
    consent.setCode(u"consent_required"_s);
    consent.setService(ApiError::Service::Graph);
    QVERIFY(consent.isGraphPermissionMissing());
    ApiError lost(ApiError::Kind::Network);
    lost.setService(ApiError::Service::Graph);
    lost.setOutcomeUnknown(true);
    QVERIFY(lost.summary().contains(u"Microsoft Graph was lost"_s));
}

void tst_WireCodec::azureEntitlement()
{
    const QJsonObject documented{{u"id"_s, u"899ae6f1-8a74-4d5e-b6c6-e6b5019bbff8"_s},
                                 {u"friendlyName"_s, u"Microsoft Azure"_s},
                                 {u"status"_s, u"active"_s},
                                 {u"subscriptionId"_s, u"3f15978e-005c-b763-bb78-2a8fab289c58"_s}};
    const Result<AzureEntitlement> e = WireCodec::azureEntitlement(documented);
    QVERIFY(e.ok());
    QVERIFY(e.value().isActive());
    QCOMPARE(e.value().friendlyName, u"Microsoft Azure"_s);
    QVERIFY(!WireCodec::azureEntitlement({{u"friendlyName"_s, u"x"_s}}).ok());
    Subscription s;
    s.wire = {{u"id"_s, u"s1"_s}, {u"AutoRenewEnabled"_s, true}, {u"status"_s, u"active"_s}};
    const QJsonObject body = WireCodec::subscriptionWithAutoRenew(s, false);
    QCOMPARE(body.value(u"autoRenewEnabled"_s).toBool(true), false);
    QVERIFY(!body.contains(u"AutoRenewEnabled"_s));
    QCOMPARE(body.value(u"status"_s).toString(), u"active"_s);
}

QTEST_GUILESS_MAIN(tst_WireCodec)
#include "tst_wirecodec.moc"
