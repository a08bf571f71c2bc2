// The signed-in session as the client's AccessTokenSource: refresh before expiry with
// refresh-token rotation, 401 → refresh → retry through PartnerCenterClient, sign-out, restore
// from the secret store, and a refresh token the server no longer accepts.
#include "core/api/graphclient.h"
#include "core/api/partnercenterclient.h"
#include "core/auth/memorysecretstore.h"
#include "core/auth/scopedtokensource.h"
#include "core/auth/signedintokensource.h"
#include "sandboxfixture.h"

#include <QTest>

using namespace std::chrono_literals;
using namespace Qt::Literals::StringLiterals;

class tst_SignedInTokenSource : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        Fixture()
            : oauth(&sandbox.network)
            , session(&oauth, &secrets, &sandbox.clock)
        {
            first = sandbox.signIn(oauth);
            session.begin(sandbox.settings(), first);
        }

        // fetchToken, waited for.
        std::pair<QString, ApiError> fetch()
        {
            std::optional<std::pair<QString, ApiError>> answer;
            session.fetchToken(&session, [&](const QString &token, const ApiError &error) {
                answer.emplace(token, error);
            });
            if (!QTest::qWaitFor([&] { return answer.has_value(); }, 5000))
                return {QString(), ApiError(ApiError::Kind::Timeout)};
            return *answer;
        }

        QString storedRefreshToken() const { return secrets.secret(session.accountKey()); }

        // Whether the identity provider still takes this refresh token (it consumes it).
        bool serverAccepts(const QString &refreshToken)
        {
            std::optional<OAuthReply> reply;
            oauth.refresh(sandbox.settings(), refreshToken, &session,
                          [&](const OAuthReply &r) { reply = r; });
            return QTest::qWaitFor([&] { return reply.has_value(); }, 5000) && reply->isSuccess();
        }

        AuthSandbox sandbox;
        MemorySecretStore secrets;
        OAuthClient oauth;
        SignedInTokenSource session;
        OAuthTokens first;
    };

private slots:
    void handsOutTheTokenWhileItIsFresh()
    {
        Fixture f;
        QVERIFY(!f.first.isEmpty());
        QTRY_VERIFY(f.session.isPersisted());
        QCOMPARE(f.storedRefreshToken(), f.first.refreshToken);
        QCOMPARE(f.session.claims().upn().isEmpty(), false);
        const int tokenCalls = f.sandbox.identityRequests(QStringLiteral("token"));
        f.sandbox.advance(30min);
        QCOMPARE(f.fetch().first, f.first.accessToken);
        QCOMPARE(f.sandbox.identityRequests(QStringLiteral("token")), tokenCalls);
    }

    void refreshesBeforeExpiryAndRotatesTheRefreshToken()
    {
        Fixture f;
        QTRY_VERIFY(f.session.isPersisted());
        // Inside the two-minute margin: still valid, but renewed before it is handed out.
        f.sandbox.advance(3600s - 60s);
        const auto [token, error] = f.fetch();
        QVERIFY(!error.isError());
        QVERIFY(token != f.first.accessToken);
        QCOMPARE(f.session.refreshCount(), 1);
        QCOMPARE(f.session.accessTokenExpiresAt(), f.sandbox.clock.now().addSecs(3600));
        // The keychain holds the new refresh token, and the old one is dead at the server.
        QTRY_VERIFY(f.storedRefreshToken() != f.first.refreshToken);
        QCOMPARE(f.secrets.size(), 1);
        QVERIFY(!f.serverAccepts(f.first.refreshToken));
        QVERIFY(f.serverAccepts(f.storedRefreshToken()));
    }

    void concurrentCallersShareOneRefresh()
    {
        Fixture f;
        f.sandbox.advance(3600s);
        const int before = f.sandbox.identityRequests(QStringLiteral("token"));
        QStringList tokens;
        for (int i = 0; i < 3; ++i)
            f.session.fetchToken(&f.session,
                                 [&](const QString &token, const ApiError &) { tokens << token; });
        QTRY_COMPARE(tokens.size(), 3);
        QCOMPARE(tokens.at(0), tokens.at(2));
        QCOMPARE(f.sandbox.identityRequests(QStringLiteral("token")), before + 1);
    }

    void unauthorizedIsRefreshedAndRetriedThroughTheClient()
    {
        Fixture f;
        PartnerCenterClient client(f.sandbox.server.baseUrl(), &f.session, &f.sandbox.clock);
        // Only the server thinks the token has expired (its clock is ahead): it answers 401.
        f.sandbox.moveServerClock(std::chrono::seconds(3700));
        f.sandbox.server.clearRecentRequests();
        std::optional<Result<QUrl>> link;
        client.getInvitationLink(&client, [&](const Result<QUrl> &r) { link = r; });
        QTRY_VERIFY(link.has_value());
        QVERIFY2(link->ok(), qPrintable(link->error().userMessage()));
        QCOMPARE(f.session.refreshCount(), 1);
        QStringList calls;
        for (const RecordedRequest &r : f.sandbox.server.recentRequests())
            calls << QString::fromLatin1(r.method) + u' ' + r.path.section(u'/', -1);
        QCOMPARE(calls, QStringList({QStringLiteral("GET relationshiprequests"),
                                     QStringLiteral("POST token"),
                                     QStringLiteral("GET relationshiprequests")}));
    }

    void graphTokenFromTheSameSignIn()
    {
        Fixture f;
        QTRY_VERIFY(f.session.isPersisted());
        ScopedTokenSource graphTokens(&f.session, ConnectionSettings::graphScope(),
                                      ApiError::Service::Graph, &f.sandbox.clock);
        GraphClient graph(f.sandbox.server.baseUrl(), &graphTokens, &f.sandbox.clock);
        f.sandbox.server.clearRecentRequests();
        std::optional<Result<QList<AdminRelationship>>> listed;
        graph.listAdminRelationships(u"00000000-0000-4000-8000-000000000001"_s, &graph,
                                     [&](const auto &r) { listed = r; });
        QTRY_VERIFY(listed.has_value());
        QVERIFY2(listed->ok(), qPrintable(listed->error().userMessage()));
        // One token request, for Graph's scope, with the session's refresh token; the rotated
        // one replaces it in the keychain and the Partner Center session goes on with it.
        const QList<RecordedRequest> sent = f.sandbox.server.recentRequests();
        QCOMPARE(sent.size(), 2);
        QVERIFY(sent.first().path.endsWith(u"/token"_s));
        QVERIFY(QUrlQuery(QString::fromUtf8(sent.first().body))
                    .queryItemValue(u"scope"_s, QUrl::FullyDecoded)
                    .contains(u"DelegatedAdminRelationship.ReadWrite.All"_s));
        QVERIFY(sent.last().path.startsWith(u"/v1.0/"_s));
        // The Graph token is kept: a second call asks the identity provider nothing.
        const int tokenCalls = f.sandbox.identityRequests(u"token"_s);
        std::optional<Result<QList<AdminRelationship>>> again;
        graph.listAdminRelationships(u"x"_s, &graph, [&](const auto &r) { again = r; });
        QTRY_VERIFY(again.has_value());
        QCOMPARE(f.sandbox.identityRequests(u"token"_s), tokenCalls);
        QTRY_VERIFY(f.storedRefreshToken() != f.first.refreshToken);
        f.sandbox.advance(3600s);
        const auto [token, error] = f.fetch();
        QVERIFY2(!error.isError(), qPrintable(error.userMessage()));
        QVERIFY(f.session.isSignedIn());
    }

    void sessionAndGraphRedeemOneAtATime()
    {
        // Each redemption rotates the refresh token: two at once with the same one would end
        // the session. They queue instead, each with the latest token.
        Fixture f;
        QTRY_VERIFY(f.session.isPersisted());
        QSignalSpy ended(&f.session, &SignedInTokenSource::sessionEnded);
        f.sandbox.advance(3600s);
        std::optional<ApiError> graphError, sessionError;
        f.session.redeem(ConnectionSettings::graphScope(), &f.session,
                         [&](const OAuthTokens &, const ApiError &e) { graphError = e; });
        f.session.fetchToken(&f.session,
                             [&](const QString &, const ApiError &e) { sessionError = e; });
        QTRY_VERIFY(graphError.has_value() && sessionError.has_value());
        QVERIFY2(!graphError->isError(), qPrintable(graphError->userMessage()));
        QVERIFY2(!sessionError->isError(), qPrintable(sessionError->userMessage()));
        QCOMPARE(ended.size(), 0);
        // The latest refresh token still works for the next refresh.
        f.sandbox.advance(3600s);
        const auto [token, error] = f.fetch();
        QVERIFY2(!error.isError(), qPrintable(error.userMessage()));
        QCOMPARE(ended.size(), 0);
    }

    void refusedRefreshTokenEndsTheSession()
    {
        Fixture f;
        QTRY_VERIFY(f.session.isPersisted());
        // Someone else redeemed it (or it was revoked): rotation makes it worthless.
        QVERIFY(f.serverAccepts(f.first.refreshToken));
        QSignalSpy ended(&f.session, &SignedInTokenSource::sessionEnded);
        f.sandbox.advance(3600s);
        const auto [token, error] = f.fetch();
        QVERIFY(token.isEmpty());
        QCOMPARE(error.kind(), ApiError::Kind::Unauthenticated);
        QCOMPARE(ended.size(), 1);
        QVERIFY(!f.session.isSignedIn());
        QTRY_COMPARE(f.secrets.size(), 0);
    }

    void signOutForgetsEverything()
    {
        Fixture f;
        QTRY_COMPARE(f.secrets.size(), 1);
        const QString key = f.session.accountKey();
        bool done = false;
        f.session.signOut([&] { done = true; });
        QVERIFY(!f.session.isSignedIn());
        QVERIFY(!f.session.claims().isValid());
        QTRY_VERIFY(done);
        QVERIFY(!f.secrets.contains(key));
        QCOMPARE(f.fetch().second.kind(), ApiError::Kind::Unauthenticated);
        QVERIFY(!f.session.invalidateToken(f.first.accessToken));
    }

    void restoresFromTheStoreAtStartUp()
    {
        Fixture f;
        QTRY_VERIFY(f.session.isPersisted());
        // The next run: a new session object, the same keychain.
        SignedInTokenSource next(&f.oauth, &f.secrets, &f.sandbox.clock);
        std::optional<bool> restored;
        next.restore(f.sandbox.settings(), f.session.accountKey(),
                     [&](bool ok, const QString &) { restored = ok; });
        QTRY_VERIFY(restored.has_value());
        QVERIFY(*restored);
        QVERIFY(next.isSignedIn());
        QCOMPARE(next.claims().upn(), f.session.claims().upn());
        QTRY_VERIFY(f.secrets.secret(next.accountKey()) != f.first.refreshToken);
    }

    void restoreWithNothingStored()
    {
        AuthSandbox sandbox;
        MemorySecretStore secrets;
        OAuthClient oauth(&sandbox.network);
        SignedInTokenSource session(&oauth, &secrets, &sandbox.clock);
        std::optional<bool> restored;
        session.restore(sandbox.settings(), QStringLiteral("nobody"),
                        [&](bool ok, const QString &) { restored = ok; });
        QTRY_VERIFY(restored.has_value());
        QVERIFY(!*restored);
        QVERIFY(!session.isSignedIn());
        QCOMPARE(sandbox.identityRequests(QStringLiteral("token")), 0);
    }

    void offlineRefreshKeepsTheSession()
    {
        Fixture f;
        f.sandbox.goOffline();
        // Within the margin the old token still works and is handed out.
        f.sandbox.advance(3600s - 60s);
        QCOMPARE(f.fetch().first, f.first.accessToken);
        f.sandbox.advance(120s);
        QCOMPARE(f.fetch().second.kind(), ApiError::Kind::Network);
        QVERIFY(f.session.isSignedIn());
        f.sandbox.goOnline();
        const auto [token, error] = f.fetch();
        QVERIFY(!error.isError());
        QVERIFY(!token.isEmpty());
    }

    void noKeychainKeepsTheSessionInMemory()
    {
        AuthSandbox sandbox;
        MemorySecretStore secrets;
        secrets.setAvailable(false);
        OAuthClient oauth(&sandbox.network);
        SignedInTokenSource session(&oauth, &secrets, &sandbox.clock);
        QSignalSpy warned(&session, &SignedInTokenSource::persistenceFailed);
        session.begin(sandbox.settings(), sandbox.signIn(oauth));
        QTRY_COMPARE(warned.size(), 1);
        QVERIFY(!session.isPersisted());
        // Refreshing still works, from memory, and the warning is not repeated.
        sandbox.advance(3600s);
        bool fetched = false;
        session.fetchToken(&session, [&](const QString &t, const ApiError &e) {
            fetched = !t.isEmpty() && !e.isError();
        });
        QTRY_VERIFY(fetched);
        QTest::qWait(20);
        QCOMPARE(warned.size(), 1);
        QCOMPARE(secrets.size(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_SignedInTokenSource)
#include "tst_signedintokensource.moc"
