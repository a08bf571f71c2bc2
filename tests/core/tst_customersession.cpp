#include "core/models/customersession.h"
#include "core/models/entitlementmodel.h"
#include "core/models/subscriptionmodel.h"
#include "core/workflow/removalreadiness.h"
#include "sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using State = CustomerSession::State;

namespace {
const QString Contoso = u"cust-contoso"_s;
const QString Fabrikam = u"cust-fabrikam"_s;

// Like the demo's customers: a Czech name, a base with an add-on, a suspended subscription, NCE
// inside its window, a software purchase and an Azure reservation.
void addDemoLike(SandboxFixture &f, const QString &id, const QString &name)
{
    SandboxSubscription base = SandboxFixture::subscription(id + u"-base"_s, u"active"_s);
    SandboxSubscription addOn =
        SandboxFixture::subscription(id + u"-addon"_s, u"active"_s, base.id);
    SandboxSubscription old = SandboxFixture::subscription(id + u"-old"_s, u"suspended"_s);
    SandboxSubscription nce = SandboxFixture::subscription(id + u"-nce"_s, u"active"_s);
    nce.productTypeId = u"OnlineServicesNCE"_s;
    nce.cancellationAllowedUntilDate = f.clock.now().addDays(5);
    SandboxCustomer c = f.addCustomer(id, {base, addOn, old, nce});
    c.companyName = name;
    SandboxEntitlement software;
    software.productId = u"DG7GMGF0DVT2"_s;
    software.skuId = u"0001"_s;
    software.orderId = id + u"-order-sw"_s;
    software.friendlyName = u"Windows Server Standard"_s;
    software.cancellationAllowedUntilDate = f.clock.now().addDays(2);
    SandboxEntitlement reservation;
    reservation.entitlementType = u"reservedInstance"_s;
    reservation.productId = u"DZH318Z0BQ3Q"_s;
    reservation.orderId = id + u"-order-ri"_s;
    reservation.friendlyName = u"Reserved VM D2s v3"_s;
    reservation.expiryDate = f.clock.now().addYears(1);
    c.entitlements = {reservation, software}; // the session shows software first anyway
    c.orders = {
        SandboxOrder{software.orderId, u"completed"_s, {}, {{0, u"DG7GMGF0DVT2:0001"_s, 1}}},
        SandboxOrder{reservation.orderId, u"completed"_s, {}, {}}};
    f.server.store().putCustomer(c);
    f.server.notifyStoreChanged();
}

Customer listRow(const QString &id)
{
    // What the Customers list knows before the session loads the full record.
    Customer c;
    c.id = id;
    c.companyProfile.companyName = u"(from the list)"_s;
    return c;
}

QStringList subscriptionIds(const CustomerSession &session)
{
    QStringList ids;
    for (const Subscription &s : session.subscriptionModel()->subscriptions())
        ids.append(s.id);
    return ids;
}

QStringList orderIds(const CustomerSession &session)
{
    QStringList ids;
    for (const Entitlement &e : session.entitlementModel()->entitlements())
        ids.append(e.orderId);
    return ids;
}

QStringList idsWithPrefix(const QString &prefix, const QStringList &suffixes)
{
    QStringList ids;
    for (const QString &suffix : suffixes)
        ids.append(prefix + suffix);
    return ids;
}

struct Testers
{
    explicit Testers(CustomerSession &session)
        : subscriptions(session.subscriptionModel(),
                        QAbstractItemModelTester::FailureReportingMode::QtTest)
        , entitlements(session.entitlementModel(),
                       QAbstractItemModelTester::FailureReportingMode::QtTest)
    {
    }
    QAbstractItemModelTester subscriptions;
    QAbstractItemModelTester entitlements;
};
} // namespace

class tst_CustomerSession : public QObject
{
    Q_OBJECT

private slots:
    void openLoadsCustomerSubscriptionsAndPurchases()
    {
        SandboxFixture f;
        QVERIFY(f.start());
        addDemoLike(f, Contoso, u"Příliš žluťoučký kůň, s.r.o."_s);
        CustomerSession session(f.client.get());
        Testers testers(session);
        RemovalReadiness readiness(session.subscriptionModel(), session.entitlementModel(),
                                   &f.clock);
        readiness.followSession(&session);
        QSignalSpy states(&session, &CustomerSession::stateChanged);
        QSignalSpy customers(&session, &CustomerSession::customerChanged);
        QSignalSpy failed(&session, &CustomerSession::loadFailed);

        session.open(listRow(Contoso));
        QCOMPARE(session.state(), State::Loading);
        QVERIFY(session.isLoading());
        QCOMPARE(session.customerId(), Contoso);
        QTRY_COMPARE(session.state(), State::Loaded);

        QCOMPARE(states.size(), 2);
        QCOMPARE(states.at(0).at(0).value<State>(), State::Loading);
        QCOMPARE(states.at(1).at(0).value<State>(), State::Loaded);
        QCOMPARE(failed.size(), 0);
        QVERIFY(!session.error().isError());
        // First what the list row knew, then the server's full record.
        QCOMPARE(customers.size(), 2);
        QCOMPARE(customers.first().at(0).value<Customer>().companyName(), u"(from the list)"_s);
        QCOMPARE(session.customer().companyName(), u"Příliš žluťoučký kůň, s.r.o."_s);
        QCOMPARE(session.customer().companyProfile.domain, Contoso + u".onmicrosoft.com"_s);

        SubscriptionModel *subs = session.subscriptionModel();
        QCOMPARE(subs->customerId(), Contoso);
        QVERIFY(subs->isLoaded());
        QCOMPARE(subscriptionIds(session),
                 idsWithPrefix(Contoso, {u"-base"_s, u"-addon"_s, u"-old"_s, u"-nce"_s}));
        QCOMPARE(subs->activeCount(), 3);
        QVERIFY(subs->subscriptionById(Contoso + u"-addon"_s)->isAddOn());
        QVERIFY(subs->subscriptionById(Contoso + u"-nce"_s)->isNewCommerce());

        EntitlementModel *ents = session.entitlementModel();
        QCOMPARE(ents->customerId(), Contoso);
        QVERIFY(ents->isLoaded());
        QCOMPARE(orderIds(session), idsWithPrefix(Contoso, {u"-order-sw"_s, u"-order-ri"_s}));
        QCOMPARE(ents->entitlementAt(0)->type, Entitlement::Type::Software);
        QCOMPARE(ents->entitlementAt(1)->type, Entitlement::Type::ReservedInstance);

        QCOMPARE(readiness.dataState(), RemovalReadiness::DataState::Loaded);
        QVERIFY(!readiness.isReady());
    }

    void refreshShowsTheServersChanges()
    {
        SandboxFixture f;
        QVERIFY(f.start());
        addDemoLike(f, Contoso, u"Contoso"_s);
        CustomerSession session(f.client.get());
        Testers testers(session);
        session.open(listRow(Contoso));
        QTRY_COMPARE(session.state(), State::Loaded);

        SandboxCustomer *c = f.server.store().customer(Contoso);
        c->companyName = u"Contoso (renamed)"_s;
        for (SandboxSubscription &s : c->subscriptions)
            s.status = s.id.endsWith(u"-nce"_s) ? u"deleted"_s : u"suspended"_s;
        c->entitlements.removeIf(
            [](const SandboxEntitlement &e) { return e.entitlementType == u"reservedInstance"_s; });
        f.server.notifyStoreChanged();

        QSignalSpy states(&session, &CustomerSession::stateChanged);
        session.refresh();
        QCOMPARE(session.state(), State::Loading);
        QTRY_COMPARE(session.state(), State::Loaded);
        QCOMPARE(states.size(), 2);
        QCOMPARE(session.customer().companyName(), u"Contoso (renamed)"_s);
        QCOMPARE(session.subscriptionModel()->count(), 4);
        QCOMPARE(session.subscriptionModel()->activeCount(), 0);
        QCOMPARE(orderIds(session), idsWithPrefix(Contoso, {u"-order-sw"_s}));
    }

    void failedPartLeavesNoHalfData_data()
    {
        QTest::addColumn<QString>("failingPath");
        QTest::addColumn<bool>("subscriptionsFresh");
        QTest::newRow("subscriptions") << u"/subscriptions"_s << false;
        QTest::newRow("software") << u"entitlementType=software"_s << true;
        QTest::newRow("reservations") << u"entitlementType=reservedInstance"_s << true;
    }

    void failedPartLeavesNoHalfData()
    {
        QFETCH(QString, failingPath);
        QFETCH(bool, subscriptionsFresh);
        SandboxFixture f;
        QVERIFY(f.start());
        addDemoLike(f, Contoso, u"Contoso"_s);
        addDemoLike(f, Fabrikam, u"Fabrikam"_s);
        CustomerSession session(f.client.get());
        Testers testers(session);
        RemovalReadiness readiness(session.subscriptionModel(), session.entitlementModel(),
                                   &f.clock);
        readiness.followSession(&session);
        session.open(listRow(Contoso));
        QTRY_COMPARE(session.state(), State::Loaded);

        // Another customer whose load fails in one part: nothing of Contoso may remain, and
        // the purchases are shown both kinds or not at all.
        QSignalSpy failed(&session, &CustomerSession::loadFailed);
        f.server.injectError(403, u"900150"_s, u"Not for you"_s, failingPath, "GET");
        session.open(listRow(Fabrikam));
        QTRY_COMPARE(session.state(), State::Failed);
        QCOMPARE(failed.size(), 1);
        const ApiError error = failed.first().at(0).value<ApiError>();
        QCOMPARE(error.code(), u"900150"_s);
        QCOMPARE(error.description(), u"Not for you"_s);
        QCOMPARE(session.error().code(), u"900150"_s);
        QCOMPARE(session.customerId(), Fabrikam);
        QCOMPARE(readiness.dataState(), RemovalReadiness::DataState::LoadFailed);
        QVERIFY(!readiness.isReady());

        QCOMPARE(session.subscriptionModel()->customerId(), Fabrikam);
        QCOMPARE(session.entitlementModel()->customerId(), Fabrikam);
        if (subscriptionsFresh) {
            QCOMPARE(subscriptionIds(session),
                     idsWithPrefix(Fabrikam, {u"-base"_s, u"-addon"_s, u"-old"_s, u"-nce"_s}));
            QVERIFY(!session.entitlementModel()->isLoaded());
            QCOMPARE(session.entitlementModel()->count(), 0);
        } else {
            QVERIFY(!session.subscriptionModel()->isLoaded());
            QCOMPARE(session.subscriptionModel()->count(), 0);
            QCOMPARE(orderIds(session), idsWithPrefix(Fabrikam, {u"-order-sw"_s, u"-order-ri"_s}));
        }

        // The same part failing on a refresh: what loaded is fresh, the rest keeps its last
        // complete state; a mix of fresh software and missing reservations is never shown.
        SandboxCustomer *c = f.server.store().customer(Fabrikam);
        for (SandboxSubscription &s : c->subscriptions)
            s.status = u"suspended"_s;
        for (SandboxEntitlement &e : c->entitlements)
            e.status = u"cancelled"_s;
        f.server.notifyStoreChanged();
        session.refresh();
        QTRY_COMPARE(session.state(), State::Loaded);
        QCOMPARE(session.subscriptionModel()->activeCount(), 0);
        QCOMPARE(session.entitlementModel()->count(), 2);

        for (SandboxSubscription &s : c->subscriptions)
            s.status = u"active"_s;
        for (SandboxEntitlement &e : c->entitlements)
            e.status = u"active"_s;
        f.server.notifyStoreChanged();
        failed.clear();
        f.server.injectError(403, u"900150"_s, u"Not for you"_s, failingPath, "GET");
        session.refresh();
        QTRY_COMPARE(session.state(), State::Failed);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(session.subscriptionModel()->activeCount(), subscriptionsFresh ? 4 : 0);
        const QList<Entitlement> &ents = session.entitlementModel()->entitlements();
        QCOMPARE(ents.size(), 2);
        const QString expected = subscriptionsFresh ? u"cancelled"_s : u"active"_s;
        QCOMPARE(ents.at(0).status, expected);
        QCOMPARE(ents.at(1).status, expected);
    }

    void closeEmptiesEverything()
    {
        SandboxFixture f;
        QVERIFY(f.start());
        addDemoLike(f, Contoso, u"Contoso"_s);
        CustomerSession session(f.client.get());
        Testers testers(session);
        session.open(listRow(Contoso));
        QTRY_COMPARE(session.state(), State::Loaded);
        QSignalSpy customers(&session, &CustomerSession::customerChanged);
        session.close();
        QCOMPARE(session.state(), State::Empty);
        QVERIFY(session.customerId().isEmpty());
        QCOMPARE(customers.size(), 1);
        QVERIFY(customers.first().at(0).value<Customer>().id.isEmpty());
        QCOMPARE(session.subscriptionModel()->count(), 0);
        QCOMPARE(session.entitlementModel()->count(), 0);
        QVERIFY(!session.subscriptionModel()->isLoaded());
        QVERIFY(!session.entitlementModel()->isLoaded());
        // Refreshing with no customer does nothing.
        const int requests = f.server.requestCount();
        session.refresh();
        QTest::qWait(20);
        QCOMPARE(session.state(), State::Empty);
        QCOMPARE(f.server.requestCount(), requests);
    }

    void openingAnotherWhileLoadingKeepsOnlyTheSecond()
    {
        SandboxFixture f;
        QVERIFY(f.start());
        addDemoLike(f, Contoso, u"Contoso"_s);
        addDemoLike(f, Fabrikam, u"Fabrikam"_s);
        CustomerSession session(f.client.get());
        Testers testers(session);
        QSignalSpy states(&session, &CustomerSession::stateChanged);
        // Contoso's reads are throttled: they wait on the clock, still loading, when the user
        // moves on to Fabrikam.
        f.server.failNext(SandboxServer::Fault::Throttle, 4, Contoso);
        session.open(listRow(Contoso));
        QTRY_COMPARE(f.clock.pendingCount(), 4);
        QCOMPARE(session.state(), State::Loading);
        session.open(listRow(Fabrikam));
        QTRY_COMPARE(session.state(), State::Loaded);

        // Contoso's retries come due now; they were cancelled and must land nowhere.
        const int requests = f.server.requestCount();
        f.clock.advance(std::chrono::minutes(5));
        QTest::qWait(50);
        QCOMPARE(f.server.requestCount(), requests);
        QCOMPARE(session.state(), State::Loaded);
        QCOMPARE(session.customerId(), Fabrikam);
        QCOMPARE(session.customer().companyName(), u"Fabrikam"_s);
        QCOMPARE(subscriptionIds(session),
                 idsWithPrefix(Fabrikam, {u"-base"_s, u"-addon"_s, u"-old"_s, u"-nce"_s}));
        QCOMPARE(orderIds(session), idsWithPrefix(Fabrikam, {u"-order-sw"_s, u"-order-ri"_s}));
        // One Loading, one Loaded: the abandoned load never reported anything.
        QCOMPARE(states.size(), 2);
    }

    void lateAnswersOfTheFirstAreIgnored()
    {
        SandboxFixture f;
        QVERIFY(f.start());
        addDemoLike(f, Contoso, u"Contoso"_s);
        addDemoLike(f, Fabrikam, u"Fabrikam"_s);
        CustomerSession session(f.client.get());
        Testers testers(session);
        // No throttling: both loads race on the wire, the first one's answers may well arrive.
        session.open(listRow(Contoso));
        session.open(listRow(Fabrikam));
        QTRY_COMPARE(session.state(), State::Loaded);
        QTest::qWait(50);
        QCOMPARE(session.customer().companyName(), u"Fabrikam"_s);
        for (const Subscription &s : session.subscriptionModel()->subscriptions())
            QVERIFY2(s.id.startsWith(Fabrikam), qPrintable(s.id));
        QCOMPARE(orderIds(session), idsWithPrefix(Fabrikam, {u"-order-sw"_s, u"-order-ri"_s}));
    }
};

QTEST_GUILESS_MAIN(tst_CustomerSession)
#include "tst_customersession.moc"
