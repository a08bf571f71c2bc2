#include "core/auth/oauthreply.h"
#include "core/auth/tokenclaims.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

namespace {
const QDateTime Now(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);

QString tokenWithClaims(const QByteArray &claimsJson)
{
    const auto part = [](const QByteArray &json) {
        return QString::fromLatin1(
            json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    };
    return part(R"({"alg":"none"})") + u'.' + part(claimsJson) + u".sig"_s;
}
} // namespace

// Token answers and claims with values no clock holds: refused, never converted blindly
// (converting 1e300 to an integer is undefined behaviour, which the sanitizer build reports).
class tst_TokenParsing : public QObject
{
    Q_OBJECT

private slots:
    void expiresIn_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<qint64>("seconds");
        QTest::newRow("an hour") << QByteArray(R"({"access_token":"a","expires_in":3600})")
                                 << qint64(3600);
        QTest::newRow("as text") << QByteArray(R"({"access_token":"a","expires_in":"600"})")
                                 << qint64(600);
        QTest::newRow("missing") << QByteArray(R"({"access_token":"a"})") << qint64(3600);
        QTest::newRow("over a day, clamped")
            << QByteArray(R"({"access_token":"a","expires_in":90000})") << qint64(24 * 3600);
        QTest::newRow("1e300") << QByteArray(R"({"access_token":"a","expires_in":1e300})")
                               << qint64(0);
        QTest::newRow("-1e300") << QByteArray(R"({"access_token":"a","expires_in":-1e300})")
                                << qint64(0);
        QTest::newRow("1e300 as text")
            << QByteArray(R"({"access_token":"a","expires_in":"1e300"})") << qint64(0);
        QTest::newRow("not a number")
            << QByteArray(R"({"access_token":"a","expires_in":"soon"})") << qint64(0);
        QTest::newRow("an object")
            << QByteArray(R"({"access_token":"a","expires_in":{"s":1}})") << qint64(0);
    }
    void expiresIn()
    {
        QFETCH(QByteArray, body);
        QFETCH(qint64, seconds);
        const OAuthReply reply = OAuthReply::fromAnswer(200, body);
        QVERIFY(reply.isSuccess());
        QCOMPARE(reply.tokens(Now).expiresAt, Now.addSecs(seconds));
    }

    void claimsExpiry_data()
    {
        QTest::addColumn<QByteArray>("claims");
        QTest::addColumn<bool>("valid");
        QTest::newRow("2026") << QByteArray(R"({"name":"A","exp":1795165200})") << true;
        QTest::newRow("none") << QByteArray(R"({"name":"A"})") << true;
        QTest::newRow("1e300") << QByteArray(R"({"name":"A","exp":1e300})") << false;
        QTest::newRow("-1e300") << QByteArray(R"({"name":"A","exp":-1e300})") << false;
        QTest::newRow("after 9999") << QByteArray(R"({"name":"A","exp":1e12})") << false;
    }
    void claimsExpiry()
    {
        QFETCH(QByteArray, claims);
        QFETCH(bool, valid);
        const TokenClaims parsed = TokenClaims::fromAccessToken(tokenWithClaims(claims));
        QCOMPARE(parsed.isValid(), valid);
        QCOMPARE(parsed.name(), valid ? u"A"_s : QString());
        if (valid && parsed.expiresAt().isValid())
            QCOMPARE(parsed.expiresAt(), QDateTime::fromSecsSinceEpoch(1795165200, Qt::UTC));
    }
};

QTEST_GUILESS_MAIN(tst_TokenParsing)
#include "tst_tokenparsing.moc"
