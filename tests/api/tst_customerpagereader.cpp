// The one-pass reader of customer pages against the general way (QJsonDocument, then
// WireCodec::collection() and customer()): whatever the reader accepts, the general way reads
// the same; whatever it is unsure of, it leaves to the general way.
#include "core/api/customerpagereader.h"
#include "core/api/wirecodec.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

class tst_CustomerPageReader : public QObject
{
    Q_OBJECT

private slots:
    void readsTheUsualPageAsTheGeneralWay();
    // What the reader leaves to the general way, which then decides: read or malformed.
    void leavesTheRestToTheGeneralWay_data();
    void leavesTheRestToTheGeneralWay();
    // Thousands of damaged pages: whatever the reader still accepts, the general way reads
    // alike.
    void damagedPagesReadAlikeOrNotAtAll();
};

namespace {
// The page the general way, or its error.
Result<DecodedCustomerPage> general(const QByteArray &body)
{
    const Result<CollectionPage> page = WireCodec::collection(body);
    if (!page.ok())
        return page.error();
    const auto customers =
        WireCodec::list<Customer>(page.value().items, u"items"_s, &WireCodec::customer);
    if (!customers.ok())
        return customers.error();
    return DecodedCustomerPage{customers.value(), page.value().nextUri, page.value().nextHeaders};
}

// Every field a page can set, one line per customer, for one readable comparison.
QStringList describe(const DecodedCustomerPage &page)
{
    QStringList out;
    for (const Customer &c : page.customers) {
        out << QStringList{c.id,
                           c.commerceId,
                           c.tenantId(),
                           c.domain(),
                           c.companyName(),
                           c.companyProfile.email,
                           c.relationshipToPartner,
                           c.allowDelegatedAccess ? u"delegated"_s : u"-"_s}
                   .join(u'|');
    }
    out << u"next: "_s + page.nextUri;
    for (const auto &[name, value] : page.nextHeaders)
        out << QString::fromLatin1(name) + u": "_s + QString::fromUtf8(value);
    return out;
}

const QByteArray usualPage = R"({"totalCount": 2, "items": [
  {"id": "c1", "commerceId": "k1", "companyProfile": {"tenantId": "t1",
   "domain": "contoso.onmicrosoft.com", "companyName": "Contoso 9",
   "attributes": {"objectType": "CustomerCompanyProfile"}},
   "relationshipToPartner": "reseller", "allowDelegatedAccess": true,
   "attributes": {"objectType": "Customer"}},
  {"id": "c2", "commerceId": null, "companyProfile": {"tenantId": "t2", "domain": "x.cz",
   "companyName": "Žluťoučký kůň \"Praha\"\n\u00e9\ud83d\ude00 \/ \\", "email": "a@x.cz"},
   "relationshipToPartner": "none", "allowDelegatedAccess": false, "links": [1, -0, 2500]}],
  "links": {"self": {"uri": "/v1/customers?size=2", "method": "GET", "headers": []},
            "next": {"uri": "/v1/customers?size=2", "method": "GET", "headers": [
              {"key": "MS-ContinuationToken", "value": "tok=="}, {"key": "", "value": "x"}]}},
  "attributes": {"objectType": "Collection"}})";
} // namespace

void tst_CustomerPageReader::readsTheUsualPageAsTheGeneralWay()
{
    const std::optional<DecodedCustomerPage> read = CustomerPageReader::read(usualPage);
    QVERIFY(read);
    const Result<DecodedCustomerPage> expected = general(usualPage);
    QVERIFY(expected.ok());
    QCOMPARE(describe(*read), describe(expected.value()));
    QCOMPARE(read->customers.at(1).companyName(), u"Žluťoučký kůň \"Praha\"\né\U0001F600 / \\"_s);
    QCOMPARE(read->nextHeaders.size(), 1);
}

void tst_CustomerPageReader::leavesTheRestToTheGeneralWay_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("readable");
    const auto page = [](const char *item) { return QByteArray(R"({"items": [)") + item + "]}"; };
    QTest::newRow("PascalCase items") << QByteArray(R"({"Items": []})") << true;
    QTest::newRow("two spellings") << page(R"({"id": "c", "ID": "d"})") << true;
    QTest::newRow("PascalCase profile")
        << page(R"({"id": "c", "companyProfile": {"CompanyName": "A"}})") << true;
    QTest::newRow("numeric id") << page(R"({"id": 42})") << true;
    QTest::newRow("string boolean")
        << page(R"({"id": "c", "allowDelegatedAccess": "true"})") << true;
    QTest::newRow("billing profile")
        << page(R"({"id": "c", "billingProfile": {"firstName": []}})") << false;
    QTest::newRow("address") << page(R"({"id": "c", "companyProfile": {"address": {}}})") << true;
    QTest::newRow("missing id") << page(R"({"commerceId": "k"})") << false;
    QTest::newRow("item not an object") << page(R"("c1")") << false;
    QTest::newRow("items not an array") << QByteArray(R"({"items": {}})") << false;
    QTest::newRow("duplicate key") << page(R"({"id": "c", "id": "d"})") << true;
    QTest::newRow("fraction") << QByteArray(R"({"totalCount": 1.5, "items": []})") << true;
    QTest::newRow("escaped key") << page(R"({"\u0069d": "c"})") << true;
    QTest::newRow("lone surrogate") << page(R"({"id": "\ud800"})") << true;
    QTest::newRow("odd escape") << page(R"({"id": "\x"})") << true;
    QTest::newRow("invalid UTF-8") << page("{\"id\": \"\xc3\x28\"}") << false;
    QTest::newRow("trailing comma") << page(R"({"id": "c"},)") << false;
    QTest::newRow("garbage after") << QByteArray(R"({"items": []} x)") << false;
    QTest::newRow("not an object") << QByteArray(R"([])") << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void tst_CustomerPageReader::leavesTheRestToTheGeneralWay()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, readable);
    QVERIFY(!CustomerPageReader::read(body));
    QCOMPARE(general(body).ok(), readable);
}

void tst_CustomerPageReader::damagedPagesReadAlikeOrNotAtAll()
{
    QRandomGenerator random(7);
    const QByteArray alphabet = R"({}[]":,\ 0123456789.eE-+abnlrtuxfsIiDd)";
    int read = 0;
    for (int i = 0; i < 20'000; ++i) {
        QByteArray body = usualPage;
        for (int edits = 1 + random.bounded(3); edits > 0; --edits) {
            const int at = random.bounded(int(body.size()));
            const char c = alphabet.at(random.bounded(int(alphabet.size())));
            switch (random.bounded(3)) {
            case 0:
                body.remove(at, 1);
                break;
            case 1:
                body.insert(at, c);
                break;
            default:
                body[at] = c;
                break;
            }
        }
        const std::optional<DecodedCustomerPage> page = CustomerPageReader::read(body);
        if (!page)
            continue;
        ++read;
        const Result<DecodedCustomerPage> expected = general(body);
        QVERIFY2(expected.ok(), body.constData());
        QCOMPARE(describe(*page), describe(expected.value()));
    }
    // The damage often lands somewhere harmless (inside a name, say): those were compared.
    QVERIFY(read > 1'000);
}

QTEST_GUILESS_MAIN(tst_CustomerPageReader)
#include "tst_customerpagereader.moc"
