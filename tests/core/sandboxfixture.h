#pragma once

#include "core/api/partnercenterclient.h"
#include "core/api/statictokensource.h"
#include "manualclock.h"
#include "sandbox/sandboxserver.h"

#include <QTest>

#include <memory>

// An in-process sandbox on loopback and a client talking to it through a ManualClock, so
// Retry-After and back-off waits happen only when the test advances the clock.
struct SandboxFixture
{
    SandboxServer server;
    ManualClock clock;
    std::unique_ptr<StaticTokenSource> tokens;
    std::unique_ptr<PartnerCenterClient> client;

    bool start(const QString &user = QStringLiteral("admin"))
    {
        // The server's "now" (cancellation windows) follows the test's clock too.
        server.setClock([this] { return clock.now(); });
        if (server.start(0) == 0)
            return false;
        connectAs(user);
        return true;
    }

    void connectAs(const QString &user)
    {
        tokens = std::make_unique<StaticTokenSource>(server.issueAccessToken(user));
        client = std::make_unique<PartnerCenterClient>(server.baseUrl(), tokens.get(), &clock);
    }

    static SandboxSubscription subscription(const QString &id, const QString &status,
                                            const QString &parent = {})
    {
        SandboxSubscription s;
        s.id = id;
        s.offerId = QStringLiteral("OFFER-") + id;
        s.offerName = QStringLiteral("Offer ") + id;
        s.friendlyName = QStringLiteral("Sub ") + id;
        s.status = status;
        s.parentSubscriptionId = parent;
        s.etag = SandboxStore::newEtag();
        s.orderId = QStringLiteral("order-") + id;
        return s;
    }

    // A customer with the given subscriptions, and nothing else that blocks removal.
    SandboxCustomer &addCustomer(const QString &id, const QList<SandboxSubscription> &subs)
    {
        SandboxCustomer c;
        c.id = id;
        c.commerceId = id + QStringLiteral("-commerce");
        c.tenantId = id + QStringLiteral("-tenant");
        c.domain = id + QStringLiteral(".onmicrosoft.com");
        c.companyName = QStringLiteral("Company ") + id;
        c.subscriptions = subs;
        server.store().putCustomer(c);
        server.notifyStoreChanged();
        return *server.store().customer(id);
    }

    QString serverStatus(const QString &customerId, const QString &subscriptionId)
    {
        const SandboxSubscription *s = server.store().subscription(customerId, subscriptionId);
        return s ? s->status : QString();
    }

    // Drives time forward in small steps until cond holds or the step budget runs out; network
    // progress in between comes from the event loop.
    template<typename Cond> bool advanceUntil(Cond cond, int steps = 200)
    {
        for (int i = 0; i < steps && !cond(); ++i) {
            clock.advance(std::chrono::milliseconds(500));
            QTest::qWait(5);
        }
        return cond();
    }
};
