// The account manager end to end against the sandbox: sign in, the next run restores the
// session, sign out, mode switching — and no token string anywhere in the log output or the
// settings file while that happens.
#include "core/api/partnercenterclient.h"
#include "core/auth/accountmanager.h"
#include "core/auth/devicecodeflow.h"
#include "core/auth/memorysecretstore.h"
#include "core/auth/signedintokensource.h"
#include "sandboxfixture.h"

#include <QFile>
#include <QLoggingCategory>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;

namespace {
QStringList *capturedLog = nullptr;

void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    if (capturedLog)
        *capturedLog << message + QLatin1Char(' ') + QLatin1StringView(context.category);
}
} // namespace

class tst_AccountManager : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString settingsPath() const { return m_dir.filePath(QStringLiteral("partnerdesk.ini")); }

    // Signs in through the manager's own flow; returns the user code shown.
    static bool signIn(AuthSandbox &sandbox, AccountManager &accounts,
                       const QString &user = QStringLiteral("admin"))
    {
        DeviceCodeFlow *flow = accounts.createSignInFlow(&accounts);
        QString userCode;
        connect(flow, &DeviceCodeFlow::codeReady, flow,
                [&](const QString &code) { userCode = code; });
        QSignalSpy signedIn(&accounts, &AccountManager::signedIn);
        flow->start();
        if (!QTest::qWaitFor([&] { return !userCode.isEmpty(); }, 5000))
            return false;
        sandbox.visit(QStringLiteral("approve"), userCode, user);
        sandbox.advance(5s);
        const bool ok = signedIn.wait(5000);
        flow->deleteLater();
        return ok;
    }

private slots:
    void signInRestoreSignOut()
    {
        AuthSandbox sandbox;
        MemorySecretStore secrets;
        QString key;
        {
            QSettings settings(settingsPath(), QSettings::IniFormat);
            AccountManager accounts(&settings, &secrets, &sandbox.clock);
            QCOMPARE(accounts.mode(), AccountManager::Mode::Sandbox);
            QCOMPARE(accounts.statusText(), QStringLiteral("Not signed in"));
            accounts.setConnectionSettings(sandbox.settings());
            QSignalSpy modes(&accounts, &AccountManager::modeChanged);
            QVERIFY(signIn(sandbox, accounts));
            QCOMPARE(accounts.mode(), AccountManager::Mode::PartnerCenter);
            QCOMPARE(modes.size(), 1);
            QVERIFY(accounts.isSignedIn());
            QVERIFY(accounts.claims().isGlobalAdmin());
            QVERIFY(accounts.statusText().contains(QStringLiteral("Global admin")));
            QVERIFY(accounts.statusText().contains(accounts.claims().upn()));
            key = accounts.tokens()->accountKey();
            QTRY_VERIFY(secrets.contains(key));
        }
        // The next run: settings and keychain are all there is.
        QSettings settings(settingsPath(), QSettings::IniFormat);
        AccountManager accounts(&settings, &secrets, &sandbox.clock);
        QCOMPARE(accounts.mode(), AccountManager::Mode::PartnerCenter);
        QCOMPARE(accounts.connectionSettings(), sandbox.settings());
        QSignalSpy restored(&accounts, &AccountManager::restoreFinished);
        accounts.restoreSession();
        QVERIFY(restored.wait(5000));
        QCOMPARE(restored.first().at(0).toBool(), true);
        QVERIFY(accounts.isSignedIn());
        // ...and the client works with it.
        PartnerCenterClient client(accounts.partnerCenterEndpoint(), accounts.tokens(),
                                   &sandbox.clock);
        std::optional<Result<QUrl>> link;
        client.getInvitationLink(&client, [&](const Result<QUrl> &r) { link = r; });
        QTRY_VERIFY(link.has_value());
        QVERIFY(link->ok());

        QSignalSpy signedOut(&accounts, &AccountManager::signedOut);
        accounts.signOut();
        QVERIFY(signedOut.wait(5000));
        QVERIFY(!accounts.isSignedIn());
        QCOMPARE(secrets.size(), 0);
        link.reset();
        client.getInvitationLink(&client, [&](const Result<QUrl> &r) { link = r; });
        QTRY_VERIFY(link.has_value());
        QCOMPARE(link->error().kind(), ApiError::Kind::Unauthenticated);
    }

    void signOutWithoutRestoreStillDeletesTheEntry()
    {
        // The CLI's `sign-out`: a fresh process that never redeemed the token.
        AuthSandbox sandbox;
        MemorySecretStore secrets;
        {
            QSettings settings(settingsPath(), QSettings::IniFormat);
            AccountManager accounts(&settings, &secrets, &sandbox.clock);
            accounts.setConnectionSettings(sandbox.settings());
            QVERIFY(signIn(sandbox, accounts));
            QTRY_COMPARE(secrets.size(), 1);
        }
        QSettings settings(settingsPath(), QSettings::IniFormat);
        AccountManager accounts(&settings, &secrets, &sandbox.clock);
        QSignalSpy signedOut(&accounts, &AccountManager::signedOut);
        accounts.signOut();
        QVERIFY(signedOut.wait(5000));
        QCOMPARE(secrets.size(), 0);
    }

    void signingInAsSomeoneElseReplacesTheAccount()
    {
        AuthSandbox sandbox;
        MemorySecretStore secrets;
        QSettings settings(settingsPath(), QSettings::IniFormat);
        AccountManager accounts(&settings, &secrets, &sandbox.clock);
        accounts.setConnectionSettings(sandbox.settings());
        QVERIFY(signIn(sandbox, accounts));
        QVERIFY(signIn(sandbox, accounts, QStringLiteral("helpdesk")));
        QVERIFY(!accounts.claims().mayRemoveRelationship());
        QTRY_COMPARE(secrets.size(), 1);
        QVERIFY(secrets.contains(accounts.tokens()->accountKey()));
    }

    void changingTheIssuerSignsOut()
    {
        AuthSandbox sandbox;
        MemorySecretStore secrets;
        QSettings settings(settingsPath(), QSettings::IniFormat);
        AccountManager accounts(&settings, &secrets, &sandbox.clock);
        accounts.setConnectionSettings(sandbox.settings());
        QVERIFY(signIn(sandbox, accounts));
        ConnectionSettings other = sandbox.settings();
        other.tenant = QStringLiteral("fabrikam.onmicrosoft.com");
        accounts.setConnectionSettings(other);
        QVERIFY(!accounts.isSignedIn());
        QTRY_COMPARE(secrets.size(), 0);
    }

    void noTokenInLogsOrSettings()
    {
        // Every category on, debug included: whatever the app or Qt's client side logs is
        // captured. Except the sandbox's own HTTP server library (qt.httpserver), which dumps
        // whole requests it receives, Authorization header included, at debug level: that is
        // the server in this test, not the app (it only ever sees sandbox tokens).
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true\nqt.httpserver.debug=false"));
        QStringList log;
        capturedLog = &log;
        const QtMessageHandler previous = qInstallMessageHandler(captureMessage);

        qDebug("capture check");
        QStringList tokens;
        {
            AuthSandbox sandbox;
            MemorySecretStore secrets;
            QSettings settings(settingsPath(), QSettings::IniFormat);
            AccountManager accounts(&settings, &secrets, &sandbox.clock);
            accounts.setConnectionSettings(sandbox.settings());
            QVERIFY(signIn(sandbox, accounts));
            QTRY_VERIFY(secrets.size() == 1);
            const QString key = accounts.tokens()->accountKey();
            tokens << secrets.secret(key);
            PartnerCenterClient client(accounts.partnerCenterEndpoint(), accounts.tokens(),
                                       &sandbox.clock);
            auto call = [&] {
                std::optional<Result<QUrl>> link;
                client.getInvitationLink(&client, [&](const Result<QUrl> &r) { link = r; });
                return QTest::qWaitFor([&] { return link.has_value(); }, 5000) && link->ok();
            };
            accounts.tokens()->fetchToken(&client,
                                          [&](const QString &t, const ApiError &) { tokens << t; });
            QVERIFY(call());
            // Silent refresh on expiry, then a 401 → refresh → retry.
            sandbox.advance(3600s);
            QVERIFY(call());
            QTRY_VERIFY(secrets.secret(key) != tokens.first());
            tokens << secrets.secret(key);
            sandbox.moveServerClock(std::chrono::seconds(4000));
            QVERIFY(call());
            QTRY_VERIFY(!tokens.contains(secrets.secret(key)));
            tokens << secrets.secret(key);
            accounts.tokens()->fetchToken(&client,
                                          [&](const QString &t, const ApiError &) { tokens << t; });
            QCOMPARE(accounts.tokens()->refreshCount(), 2);
            // A failing refresh too (its error text is logged nowhere, but shown).
            QVERIFY(QTest::qWaitFor([&] { return tokens.size() == 5; }, 1000));
            QSignalSpy signedOut(&accounts, &AccountManager::signedOut);
            accounts.signOut();
            QVERIFY(signedOut.wait(5000));
            settings.sync();
        }
        qInstallMessageHandler(previous);
        capturedLog = nullptr;
        QLoggingCategory::setFilterRules(QString());

        QVERIFY(log.first().startsWith(QStringLiteral("capture check")));
        QCOMPARE(tokens.size(), 5);
        QFile file(settingsPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString settingsText = QString::fromUtf8(file.readAll());
        QVERIFY(!settingsText.isEmpty());
        const QString logText = log.join(u'\n');
        for (const QString &token : std::as_const(tokens)) {
            QVERIFY(token.size() > 20);
            QVERIFY2(!logText.contains(token), "a token was logged");
            QVERIFY2(!settingsText.contains(token), "a token is in the settings file");
            // Nor a recognisable piece of one (the JWT's signature part, for instance).
            QVERIFY(!logText.contains(token.right(20)));
            QVERIFY(!settingsText.contains(token.right(20)));
        }
        qInfo("%lld log lines captured, %lld bytes of settings checked", qlonglong(log.size()),
              qlonglong(settingsText.size()));
    }
};

QTEST_GUILESS_MAIN(tst_AccountManager)
#include "tst_accountmanager.moc"
