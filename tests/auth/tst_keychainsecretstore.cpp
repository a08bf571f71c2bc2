// The real qtkeychain store where there is no keychain (this test environment has no Secret
// Service): every call must answer Unavailable quickly, and nothing may land in a file.
#include "core/api/systemclock.h"
#include "core/auth/keychainsecretstore.h"
#include "core/auth/memorysecretstore.h"
#include "core/auth/oauthclient.h"
#include "core/auth/signedintokensource.h"
#include "manualclock.h"
#include "sandboxfixture.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;

class tst_KeychainSecretStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    static SecretStore::Outcome wait(const std::function<void(SecretStore::Callback)> &call)
    {
        std::optional<SecretStore::Outcome> outcome;
        call([&](const SecretStore::Outcome &o) { outcome = o; });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 30000))
            return {SecretStore::Status::Failed, {}, QStringLiteral("no answer")};
        return *outcome;
    }

    QStringList filesUnderHome() const
    {
        QStringList files;
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        return files;
    }

private slots:
    void initTestCase()
    {
        // Everything a fallback could write to points into an empty folder we can inspect.
        for (const char *name : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
            qputenv(name, m_home.path().toLocal8Bit());
    }

    void unavailableIsCleanAndFast()
    {
        QString why;
        if (KeychainSecretStore::probeBackend(&why))
            QSKIP("This machine has a keychain service; the no-keychain path cannot be shown.");
        KeychainSecretStore store(SystemClock::instance());
        QObject context;
        QElapsedTimer timer;
        timer.start();
        const auto written = wait([&](auto done) {
            store.write(QStringLiteral("refresh-token/test"), QStringLiteral("secret-value"),
                        &context, done);
        });
        const qint64 firstMs = timer.elapsed();
        QCOMPARE(written.status, SecretStore::Status::Unavailable);
        QVERIFY(written.message.contains(QStringLiteral("keychain")));
        QVERIFY(store.isKnownUnavailable());
        timer.restart();
        const auto read = wait(
            [&](auto done) { store.read(QStringLiteral("refresh-token/test"), &context, done); });
        const auto removed = wait(
            [&](auto done) { store.remove(QStringLiteral("refresh-token/test"), &context, done); });
        const qint64 laterMs = timer.elapsed();
        QCOMPARE(read.status, SecretStore::Status::Unavailable);
        QVERIFY(read.secret.isEmpty());
        QCOMPARE(removed.status, SecretStore::Status::Unavailable);
        qInfo("no keychain detected in %lld ms; two further calls took %lld ms", firstMs, laterMs);
        QVERIFY2(firstMs < 500, qPrintable(QString::number(firstMs)));
        QVERIFY(laterMs < 100);
        QCOMPARE(filesUnderHome(), QStringList());
    }

    void qtkeychainItselfFailsFastHereToo()
    {
        // Past the probe: what qtkeychain answers when asked anyway. Should it ever hang, the
        // timeout answers, on the clock we give it.
        ManualClock clock;
        KeychainSecretStore store(&clock);
        store.setBackendProbe([](QString *) { return true; });
        store.setTimeout(2s);
        QObject context;
        QElapsedTimer timer;
        timer.start();
        std::optional<SecretStore::Outcome> outcome;
        store.write(QStringLiteral("refresh-token/test"), QStringLiteral("secret-value"), &context,
                    [&](const SecretStore::Outcome &o) { outcome = o; });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 1000)) {
            clock.advance(2s); // a keychain that does not answer: the timeout does
            QVERIFY(outcome.has_value());
        }
        qInfo("qtkeychain answered (or timed out) in %lld ms", timer.elapsed());
        QCOMPARE(outcome->status, SecretStore::Status::Unavailable);
        QVERIFY(store.isKnownUnavailable());
        // From now on without asking qtkeychain again.
        const auto again = wait(
            [&](auto done) { store.read(QStringLiteral("refresh-token/test"), &context, done); });
        QCOMPARE(again.status, SecretStore::Status::Unavailable);
        QCOMPARE(filesUnderHome(), QStringList());
    }

    void sessionWithoutKeychainSaysSoOnceAndWorks()
    {
        AuthSandbox sandbox;
        KeychainSecretStore store(SystemClock::instance());
        OAuthClient oauth(&sandbox.network);
        SignedInTokenSource session(&oauth, &store, &sandbox.clock);
        QSignalSpy warned(&session, &SignedInTokenSource::persistenceFailed);
        const OAuthTokens tokens = sandbox.signIn(oauth);
        QElapsedTimer timer;
        timer.start();
        session.begin(sandbox.settings(), tokens);
        QTRY_COMPARE(warned.size(), 1);
        qInfo("the session learnt there is no keychain in %lld ms", timer.elapsed());
        QVERIFY(timer.elapsed() < 1000);
        QVERIFY(!session.isPersisted());
        QVERIFY(session.isSignedIn());
        sandbox.advance(3600s);
        bool fetched = false;
        session.fetchToken(&session, [&](const QString &t, const ApiError &e) {
            fetched = !t.isEmpty() && !e.isError();
        });
        QTRY_VERIFY(fetched);
        QCOMPARE(warned.size(), 1);
        QCOMPARE(filesUnderHome(), QStringList());
    }
};

QTEST_GUILESS_MAIN(tst_KeychainSecretStore)
#include "tst_keychainsecretstore.moc"
