// Connection settings: validation messages, the OAuth URLs built from them, and that saving
// them writes nothing secret.
#include "core/auth/connectionsettings.h"
#include "testclientid.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class tst_ConnectionSettings : public QObject
{
    Q_OBJECT

    static ConnectionSettings valid()
    {
        ConnectionSettings s;
        s.clientId = TestClientId;
        return s;
    }

private slots:
    void defaults()
    {
        const ConnectionSettings s;
        QCOMPARE(s.endpoint, QUrl(QStringLiteral("https://api.partnercenter.microsoft.com")));
        QCOMPARE(s.authority, QUrl(QStringLiteral("https://login.microsoftonline.com")));
        QCOMPARE(s.tenant, QStringLiteral("organizations"));
        // Everything but the client id, which only the partner's own app registration has.
        QCOMPARE(s.validate().size(), 1);
        QVERIFY(valid().isValid());
    }

    void tenant_data()
    {
        QTest::addColumn<QString>("tenant");
        QTest::addColumn<bool>("ok");
        QTest::newRow("organizations") << "organizations" << true;
        QTest::newRow("common") << "common" << true;
        QTest::newRow("guid") << "72f988bf-86f1-41af-91ab-2d7cd011db47" << true;
        QTest::newRow("domain") << "contoso.onmicrosoft.com" << true;
        QTest::newRow("czech domain") << "firma-novak.cz" << true;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("one label") << "contoso" << false;
        QTest::newRow("path") << "contoso.com/../x" << false;
        QTest::newRow("query") << "contoso.com?x=1" << false;
        QTest::newRow("broken guid") << "72f988bf-86f1-41af-91ab-2d7cd011db4" << false;
        QTest::newRow("space") << "con toso.com" << false;
    }
    void tenant()
    {
        QFETCH(QString, tenant);
        QFETCH(bool, ok);
        ConnectionSettings s = valid();
        s.tenant = tenant;
        QCOMPARE(s.isValid(), ok);
        if (!ok)
            QVERIFY(s.validate().join(u'\n').contains(QStringLiteral("tenant")));
    }

    void urls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("ok");
        QTest::newRow("https") << "https://api.partnercenter.microsoft.com" << true;
        QTest::newRow("loopback http") << "http://127.0.0.1:43127" << true;
        QTest::newRow("localhost http") << "http://localhost:8080" << true;
        QTest::newRow("ipv6 loopback") << "http://[::1]:8080" << true;
        QTest::newRow("remote http") << "http://api.partnercenter.microsoft.com" << false;
        QTest::newRow("ftp") << "ftp://example.com" << false;
        QTest::newRow("no host") << "https://" << false;
        QTest::newRow("credentials") << "https://user:pw@example.com" << false;
        QTest::newRow("query") << "https://example.com/?a=b" << false;
    }
    void urls()
    {
        QFETCH(QString, url);
        QFETCH(bool, ok);
        ConnectionSettings s = valid();
        s.endpoint = QUrl(url);
        QCOMPARE(s.isValid(), ok);
        s = valid();
        s.authority = QUrl(url);
        QCOMPARE(s.isValid(), ok);
    }

    void clientIdMustBeAGuid()
    {
        ConnectionSettings s = valid();
        s.clientId = QStringLiteral("my-app");
        QCOMPARE(s.validate().size(), 1);
        QVERIFY(s.validate().first().contains(QStringLiteral("GUID")));
    }

    void oauthUrls()
    {
        ConnectionSettings s = valid();
        s.tenant = QStringLiteral("contoso.onmicrosoft.com");
        QCOMPARE(s.deviceCodeUrl(),
                 QUrl(QStringLiteral("https://login.microsoftonline.com/contoso.onmicrosoft.com/"
                                     "oauth2/v2.0/devicecode")));
        s.authority = QUrl(QStringLiteral("http://127.0.0.1:5000/"));
        QCOMPARE(s.tokenUrl(), QUrl(QStringLiteral("http://127.0.0.1:5000/contoso.onmicrosoft.com/"
                                                   "oauth2/v2.0/token")));
        QVERIFY(ConnectionSettings::scope().contains(QStringLiteral("user_impersonation")));
        QVERIFY(ConnectionSettings::scope().contains(QStringLiteral("offline_access")));
    }

    void accountKeysDifferPerAccount()
    {
        const ConnectionSettings s = valid();
        QVERIFY(s.accountKey(QStringLiteral("a@contoso.com")) !=
                s.accountKey(QStringLiteral("b@contoso.com")));
        QCOMPARE(s.accountKey(QStringLiteral("A@Contoso.com")),
                 s.accountKey(QStringLiteral("a@contoso.com")));
    }

    void saveAndLoad()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        ConnectionSettings s = valid();
        s.endpoint = QUrl(QStringLiteral("http://127.0.0.1:1234"));
        s.tenant = QStringLiteral("contoso.onmicrosoft.com");
        {
            QSettings settings(path, QSettings::IniFormat);
            s.save(settings);
        }
        QSettings settings(path, QSettings::IniFormat);
        QCOMPARE(ConnectionSettings::load(settings), s);
        QCOMPARE(settings.allKeys().size(), 4);
    }
};

QTEST_GUILESS_MAIN(tst_ConnectionSettings)
#include "tst_connectionsettings.moc"
