// AppConnection: the embedded sandbox under PARTNERDESK_DATA_DIR, plain http:// refused but to
// loopback, a sandbox token renewed when it expires, and the account's mode followed with one
// switch per change.
#include "connection/appconnection.h"
#include "core/api/graphclient.h"
#include "core/api/partnercenterclient.h"
#include "core/api/systemclock.h"
#include "core/audit/auditlog.h"
#include "core/auth/accountmanager.h"
#include "core/auth/memorysecretstore.h"
#include "sandbox/embeddedsandbox.h"
#include "sandbox/sandboxserver.h"

#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_AppConnection : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        qputenv("PARTNERDESK_DATA_DIR", m_dir.filePath(u"data"_s).toUtf8());
    }

    void sandboxUnderDataDirectory()
    {
        AppConnection connection(SystemClock::instance());
        QString error;
        QVERIFY2(connection.connectToSandbox(&error), qPrintable(error));
        QCOMPARE(connection.kind(), AppConnection::Kind::Sandbox);
        QCOMPARE(AppConnection::dataDirectory(), m_dir.filePath(u"data"_s));
        QCOMPARE(connection.sandbox()->stateFile(), m_dir.filePath(u"data/sandbox-state.json"_s));
        QCOMPARE(connection.audit()->filePath(), m_dir.filePath(u"data/audit.jsonl"_s));
        QVERIFY(connection.claims().isValid());
        QCOMPARE(connection.audit()->userDisplayName(), connection.claims().displayName());
    }

    void plainHttpOnlyToLoopback()
    {
        AppConnection connection(SystemClock::instance());
        QString error;
        QVERIFY(
            !connection.connectToEndpoint(QUrl(u"http://partner.example.com"_s), u"t"_s, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!connection.client());
        QVERIFY(connection.connectToEndpoint(QUrl(u"http://127.0.0.1:9"_s), u"t"_s, &error));
        QVERIFY(
            connection.connectToEndpoint(QUrl(u"https://partner.example.com"_s), u"t"_s, &error));
        QCOMPARE(connection.kind(), AppConnection::Kind::Endpoint);
        QVERIFY(!connection.sandbox());
    }

    void graphFollowsTheConnection()
    {
        AppConnection connection(SystemClock::instance());
        QString error;
        QVERIFY2(connection.connectToSandbox(&error), qPrintable(error));
        // The sandbox serves Graph at its own address, with its own tokens.
        QCOMPARE(connection.graph()->baseUrl(), connection.baseUrl());
        const QString tenantId = connection.sandbox()->run(
            [](SandboxServer &server) { return server.store().listedAt(0).tenantId; });
        std::optional<Result<QList<AdminRelationship>>> listed;
        connection.graph()->listAdminRelationships(tenantId, this,
                                                   [&](const auto &r) { listed = r; });
        QTRY_VERIFY(listed.has_value());
        QVERIFY2(listed->ok(), qPrintable(listed->error().userMessage()));

        // Elsewhere, without a Graph token, a Graph call is refused before anything is sent,
        // saying which token to give; Partner Center still works.
        QVERIFY(
            connection.connectToEndpoint(QUrl(u"https://partner.example.com"_s), u"t"_s, &error));
        QCOMPARE(connection.graph()->baseUrl(), QUrl(u"https://graph.microsoft.com"_s));
        std::optional<Result<QList<AdminRelationship>>> refused;
        connection.graph()->listAdminRelationships(u"x"_s, this,
                                                   [&](const auto &r) { refused = r; });
        QTRY_VERIFY(refused.has_value());
        QCOMPARE(refused->error().kind(), ApiError::Kind::Refused);
        QVERIFY(refused->error().summary().contains(u"PARTNERDESK_GRAPH_ACCESS_TOKEN"_s));

        connection.setGraphAccess(QUrl(u"https://graph.example.com"_s), u"g"_s);
        QVERIFY(
            connection.connectToEndpoint(QUrl(u"https://partner.example.com"_s), u"t"_s, &error));
        QCOMPARE(connection.graph()->baseUrl(), QUrl(u"https://graph.example.com"_s));
    }

    void sandboxTokenRenewedWhenExpired()
    {
        AppConnection connection(SystemClock::instance());
        QVERIFY(connection.connectToSandbox(nullptr));
        // Two hours on, the sandbox refuses the token it issued at the start.
        const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(7200);
        connection.sandbox()->run(
            [later](SandboxServer &server) { server.setClock([later] { return later; }); });
        std::optional<bool> ok;
        connection.client()->getInvitationLink(
            this, [&ok](const Result<QUrl> &result) { ok = result.ok(); });
        QTRY_VERIFY(ok.has_value());
        QVERIFY(*ok);
    }

    void followsTheAccount()
    {
        QSettings settings(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        MemorySecretStore secrets;
        AccountManager accounts(&settings, &secrets, SystemClock::instance());
        AppConnection connection(SystemClock::instance());
        QVERIFY(connection.connectToAccount(&accounts, nullptr));
        QCOMPARE(connection.kind(), AppConnection::Kind::Sandbox);
        connection.followAccount(&accounts);
        QSignalSpy changed(&connection, &AppConnection::clientChanged);
        QPointer<PartnerCenterClient> old = connection.client();

        accounts.setMode(AccountManager::Mode::PartnerCenter);
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(connection.kind(), AppConnection::Kind::PartnerCenter);
        QCOMPARE(connection.baseUrl(), accounts.partnerCenterEndpoint());
        QTRY_VERIFY(!old); // the old client goes once control is back in the event loop

        // A new endpoint is a new client; a burst of changes is one switch.
        ConnectionSettings s = accounts.connectionSettings();
        s.endpoint = QUrl(u"https://pc.example.com"_s);
        accounts.setConnectionSettings(s);
        accounts.setMode(AccountManager::Mode::Sandbox);
        accounts.setMode(AccountManager::Mode::PartnerCenter);
        QTRY_COMPARE(changed.size(), 2);
        QTest::qWait(20);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(connection.baseUrl(), QUrl(u"https://pc.example.com"_s));

        accounts.setMode(AccountManager::Mode::Sandbox);
        QTRY_COMPARE(changed.size(), 3);
        QVERIFY(connection.isSandbox());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(tst_AppConnection)
#include "tst_appconnection.moc"
