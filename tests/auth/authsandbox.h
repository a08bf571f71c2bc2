#pragma once

#include "core/auth/connectionsettings.h"
#include "manualclock.h"
#include "sandbox/sandboxserver.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

// The sandbox as identity provider on real loopback HTTP, with two clocks the test moves by
// hand: the app's (ManualClock) and the server's (serverNow), so token expiry on either side
// and slow_down can be provoked without sleeping.
struct AuthSandbox
{
    AuthSandbox()
    {
        server.setClock([this] { return serverNow; });
        server.setDevicePollsBeforeApproval(-1); // approved only when a test says so
        QVERIFY(server.start(0) != 0);
    }

    ConnectionSettings settings() const
    {
        ConnectionSettings s;
        s.endpoint = server.baseUrl();
        s.authority = server.baseUrl();
        s.tenant = QStringLiteral("contoso.onmicrosoft.com");
        s.clientId = QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e");
        return s;
    }

    // Both clocks move together, as they do in real life.
    void advance(std::chrono::milliseconds by)
    {
        serverNow = serverNow.addMSecs(by.count());
        clock.advance(by);
    }

    // The loopback approval page a user would open: GET /sandbox/device/{approve|decline}.
    int visit(const QString &action, const QString &userCode, const QString &user = {})
    {
        QUrl url = server.baseUrl();
        url.setPath(QStringLiteral("/sandbox/device/") + action);
        QString query = QStringLiteral("user_code=") + userCode;
        if (!user.isEmpty())
            query += QStringLiteral("&user=") + user;
        url.setQuery(query);
        QNetworkReply *reply = network.get(QNetworkRequest(url));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(5000))
            return -1;
        reply->deleteLater();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    // Closes the listening socket (new connections are refused) and opens it again on the
    // same port with the same state: a network outage without losing the server.
    void goOffline()
    {
        for (QTcpServer *tcp : server.servers())
            tcp->close();
        // A kept-alive connection would still reach the server.
        network.clearConnectionCache();
    }
    void goOnline()
    {
        for (QTcpServer *tcp : server.servers())
            QVERIFY(tcp->listen(QHostAddress::LocalHost, server.port()));
    }

    int identityRequests(const QString &leaf) const
    {
        int n = 0;
        for (const RecordedRequest &r : server.recentRequests())
            n += r.path.endsWith(QStringLiteral("/oauth2/v2.0/") + leaf) ? 1 : 0;
        return n;
    }

    QDateTime serverNow = QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
    ManualClock clock{serverNow};
    SandboxServer server;
    QNetworkAccessManager network;
};
