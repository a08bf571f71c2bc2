// CustomerState: one customer read from the server by one re-read — its parts, their order,
// per-part failure, a read taken over or cancelled, stale answers ignored — and the readiness
// computed from it, live and on the clock.
#include "blockerlines.h"
#include "core/customer/customerstate.h"
#include "core/models/entitlementmodel.h"
#include "core/models/subscriptionmodel.h"
#include "sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Part = CustomerState::Part;
using State = CustomerState::LoadState;
using Kind = RemovalBlocker::Kind;
using Action = RemovalBlocker::Action;

namespace {
const QString Contoso = u"cust-contoso"_s;
const QString Fabrikam = u"cust-fabrikam"_s;

// Like the demo's customers: a base with an add-on, a suspended subscription, NCE inside its
// window, a software purchase and an Azure reservation.
void addDemoLike(SandboxFixture &f, const QString &id, const QString &name)
{
    const QDateTime now = f.clock.now();
    SandboxCustomer c = f.addCustomer(
        id, {SubscriptionBuilder(id + u"-base"_s),
             SubscriptionBuilder(id + u"-addon"_s).addOnOf(id + u"-base"_s),
             SubscriptionBuilder(id + u"-old"_s, u"suspended"_s),
             SubscriptionBuilder(id + u"-nce"_s).newCommerce(now.addDays(5), now.addYears(1))});
    c.companyName = name;
    const PurchaseBuilder software = PurchaseBuilder(id + u"-order-sw"_s)
                                         .named(u"Windows Server Standard"_s)
                                         .product(u"DG7GMGF0DVT2"_s, u"0001"_s)
                                         .cancellableUntil(now.addDays(2));
    const PurchaseBuilder reservation = PurchaseBuilder(id + u"-order-ri"_s)
                                            .reservation()
                                            .named(u"Reserved VM D2s v3"_s)
                                            .product(u"DZH318Z0BQ3Q"_s)
                                            .expires(now.addYears(1));
    c.entitlements = {reservation, software}; // the state shows software first anyway
    c.orders = {software.order(), reservation.order()};
    f.server.store().putCustomer(c);
    f.server.notifyStoreChanged();
}

Customer listRow(const QString &id)
{
    // What the Customers list knows before the state reads the full record.
    Customer c;
    c.id = id;
    c.companyProfile.companyName = u"(from the list)"_s;
    return c;
}

QStringList subscriptionIds(const CustomerState &state)
{
    QStringList ids;
    for (const Subscription &s : state.subscriptions())
        ids.append(s.id);
    return ids;
}

QStringList orderIds(const CustomerState &state)
{
    QStringList ids;
    for (const Entitlement &e : state.purchases())
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

// The models over the state, checked by QAbstractItemModelTester through every change.
struct Models
{
    explicit Models(CustomerState *state)
    {
        subscriptions.setState(state);
        entitlements.setState(state);
    }
    SubscriptionModel subscriptions;
    EntitlementModel entitlements;
    QAbstractItemModelTester subscriptionsTester{
        &subscriptions, QAbstractItemModelTester::FailureReportingMode::QtTest};
    QAbstractItemModelTester entitlementsTester{
        &entitlements, QAbstractItemModelTester::FailureReportingMode::QtTest};
};
} // namespace

class tst_CustomerState : public QObject
{
    Q_OBJECT

private slots:
    void refreshReadsProfileSubscriptionsAndPurchases()
    {
        SandboxFixture f;
        QVERIFY(f.start());
        addDemoLike(f, Contoso, u"Příliš žluťoučký kůň, s.r.o."_s);
        auto state = CustomerState::create(f.client.get(), &f.clock, listRow(Contoso));
        Models models(state.get());
        QSignalSpy parts(state.get(), &CustomerState::loadStateChanged);
        QSignalSpy customers(state.get(), &CustomerState::customerChanged);
        QSignalSpy finished(state.get(), &CustomerState::refreshFinished);

        // Before the first read: what the list row knew, and nothing to decide the removal on.
        QCOMPARE(state->loadState(), State::NotLoaded);
        QCOMPARE(state->customer().companyName(), u"(from the list)"_s);
        QCOMPARE(blockerLines(state->blockers()),
                 QStringList{blockerLine(Kind::NotLoaded, Action::None, {})});
        QVERIFY(!state->isReady());

        state->refresh();
        QCOMPARE(state->loadState(), State::Loading);
        QVERIFY(state->isLoading());
        QCOMPARE(state->customerId(), Contoso);
        QTRY_COMPARE(state->loadState(), State::Loaded);

        // Each part: Loading, then Loaded; one end of the read, without an error. Without a
        // Graph client the admin relationships are not read.
        QCOMPARE(parts.size(), 8);
        QCOMPARE(state->loadState(Part::AdminRelationships), State::NotLoaded);
        for (const Part part :
             {Part::Profile, Part::Subscriptions, Part::Purchases, Part::AzureEntitlements}) {
            QList<State> seen;
            for (const QList<QVariant> &change : std::as_const(parts)) {
                if (change.at(0).value<Part>() == part)
                    seen.append(change.at(1).value<State>());
            }
            QCOMPARE(seen, (QList<State>{State::Loading, State::Loaded}));
            QCOMPARE(state->loadState(part), State::Loaded);
            QVERIFY(state->hasData(part));
        }
        QCOMPARE(finished.size(), 1);
        QVERIFY(!finished.first().at(1).value<ApiError>().isError());
        QVERIFY(!state->error().isError());
        // Then the server's full record.
        QCOMPARE(customers.size(), 1);
        QCOMPARE(state->customer().companyName(), u"Příliš žluťoučký kůň, s.r.o."_s);
        QCOMPARE(state->customer().companyProfile.domain, Contoso + u".onmicrosoft.com"_s);

        // Subscriptions in the server's order.
        QCOMPARE(subscriptionIds(*state),
                 idsWithPrefix(Contoso, {u"-base"_s, u"-addon"_s, u"-old"_s, u"-nce"_s}));
        QCOMPARE(state->activeSubscriptionCount(), 3);
        QVERIFY(state->subscription(Contoso + u"-addon"_s)->isAddOn());
        QVERIFY(state->subscription(Contoso + u"-nce"_s)->isNewCommerce());
        QVERIFY(models.subscriptions.isLoaded());
        QCOMPARE(models.subscriptions.rowCount(), 4);

        // Software first, then reservations, whatever order the server keeps them in.
        QCOMPARE(orderIds(*state), idsWithPrefix(Contoso, {u"-order-sw"_s, u"-order-ri"_s}));
        QCOMPARE(state->purchases().at(0).type, Entitlement::Type::Software);
        QCOMPARE(state->purchases().at(1).type, Entitlement::Type::ReservedInstance);
        QVERIFY(models.entitlements.isLoaded());
        QCOMPARE(models.entitlements.rowCount(), 2);

        // The readiness works on loaded data now: real blockers, no "not loaded".
        QVERIFY(!state->isReady());
        for (const RemovalBlocker &blocker : state->blockers()) {
            QVERIFY(blocker.kind != Kind::NotLoaded);
            QVERIFY(blocker.kind != Kind::LoadFailed);
        }
    }

    void refreshShowsTheServersChanges()
    {
        SandboxFixture f;
        QVERIFY(f.start());
        addDemoLike(f, Contoso, u"Contoso"_s);
        auto state = f.loadState(Contoso);
        QVERIFY(state);
        Models models(state.get());

        SandboxCustomer *c = f.server.store().customer(Contoso);
        c->companyName = u"Contoso (renamed)"_s;
        for (SandboxSubscription &s : c->subscriptions)
            s.status = s.id.endsWith(u"-nce"_s) ? u"deleted"_s : u"suspended"_s;
        c->entitlements.removeIf(
            [](const SandboxEntitlement &e) { return e.entitlementType == u"reservedInstance"_s; });
        f.server.notifyStoreChanged();

        QSignalSpy finished(state.get(), &CustomerState::refreshFinished);
        QSignalSpy reset(&models.subscriptions, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&models.subscriptions, &QAbstractItemModel::dataChanged);
        state->refresh();
        QCOMPARE(state->loadState(), State::Loading);
        // A refresh keeps the rows until the answer is there.
        QCOMPARE(models.subscriptions.rowCount(), 4);
        QTRY_COMPARE(state->loadState(), State::Loaded);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(state->customer().companyName(), u"Contoso (renamed)"_s);
        QCOMPARE(state->subscriptions().size(), 4);
        QCOMPARE(state->activeSubscriptionCount(), 0);
        QCOMPARE(orderIds(*state), idsWithPrefix(Contoso, {u"-order-sw"_s}));
        // The same subscriptions in the same order: updated in place, so a selection stays.
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
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
        QVERIFY(f.loadState(Contoso));

        // Another customer whose read fails in one part: the part says so with the server's
        // error, and the purchases are shown both kinds or not at all.
        auto state = CustomerState::create(f.client.get(), &f.clock, listRow(Fabrikam));
        Models models(state.get());
        QSignalSpy finished(state.get(), &CustomerState::refreshFinished);
        f.server.injectError(403, u"900150"_s, u"Not for you"_s, failingPath, "GET");
        state->refresh();
        QTRY_COMPARE(state->loadState(), State::Failed);
        QCOMPARE(finished.size(), 1);
        const ApiError error = finished.first().at(1).value<ApiError>();
        QCOMPARE(error.code(), u"900150"_s);
        QCOMPARE(error.description(), u"Not for you"_s);
        QCOMPARE(state->error().code(), u"900150"_s);
        QCOMPARE(state->customerId(), Fabrikam);
        const Part failed = subscriptionsFresh ? Part::Purchases : Part::Subscriptions;
        const Part fresh = subscriptionsFresh ? Part::Subscriptions : Part::Purchases;
        QCOMPARE(state->loadState(failed), State::Failed);
        QCOMPARE(state->error(failed).code(), u"900150"_s);
        QCOMPARE(state->loadState(fresh), State::Loaded);
        QVERIFY(!state->error(fresh).isError());
        QCOMPARE(state->loadState(Part::Profile), State::Loaded);
        QCOMPARE(blockerLines(state->blockers()),
                 QStringList{blockerLine(Kind::LoadFailed, Action::Retry, {})});
        QVERIFY(!state->isReady());

        if (subscriptionsFresh) {
            QCOMPARE(subscriptionIds(*state),
                     idsWithPrefix(Fabrikam, {u"-base"_s, u"-addon"_s, u"-old"_s, u"-nce"_s}));
            QVERIFY(!models.entitlements.isLoaded());
            QCOMPARE(models.entitlements.rowCount(), 0);
        } else {
            QVERIFY(!models.subscriptions.isLoaded());
            QCOMPARE(models.subscriptions.rowCount(), 0);
            QCOMPARE(orderIds(*state), idsWithPrefix(Fabrikam, {u"-order-sw"_s, u"-order-ri"_s}));
        }

        // The same part failing on a refresh: what loaded is fresh, the rest keeps its last
        // complete state; a mix of fresh software and missing reservations is never shown.
        SandboxCustomer *c = f.server.store().customer(Fabrikam);
        for (SandboxSubscription &s : c->subscriptions)
            s.status = u"suspended"_s;
        for (SandboxEntitlement &e : c->entitlements)
            e.status = u"cancelled"_s;
        f.server.notifyStoreChanged();
        state->refresh();
        QTRY_COMPARE(state->loadState(), State::Loaded);
        QCOMPARE(state->activeSubscriptionCount(), 0);
        QCOMPARE(state->purchases().size(), 2);

        for (SandboxSubscription &s : c->subscriptions)
            s.status = u"active"_s;
        for (SandboxEntitlement &e : c->entitlements)
            e.status = u"active"_s;
        f.server.notifyStoreChanged();
        finished.clear();
        f.server.injectError(403, u"900150"_s, u"Not for you"_s, failingPath, "GET");
        state->refresh();
        QTRY_COMPARE(state->loadState(), State::Failed);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(state->loadState(failed), State::Failed);
        QVERIFY(state->hasData(failed));
        QCOMPARE(state->activeSubscriptionCount(), subscriptionsFresh ? 4 : 0);
        const QList<Entitlement> &ents = state->purchases();
        QCOMPARE(ents.size(), 2);
        const QString expected = subscriptionsFresh ? u"cancelled"_s : u"active"_s;
        QCOMPARE(ents.at(0).status, expected);
        QCOMPARE(ents.at(1).status, expected);
    }

    void withoutAStateTheModelsAreEmpty()
    {
        SandboxFixture f;
        QVERIFY(f.start());
        addDemoLike(f, Contoso, u"Contoso"_s);
        auto state = f.loadState(Contoso);
        QVERIFY(state);
        Models models(state.get());
        QCOMPARE(models.subscriptions.rowCount(), 4);
        QCOMPARE(models.entitlements.rowCount(), 2);

        // The page lets go of the customer: the models show nothing, not a stale customer.
        state.reset();
        QTRY_COMPARE(models.subscriptions.rowCount(), 0);
        QCOMPARE(models.entitlements.rowCount(), 0);
        QVERIFY(!models.subscriptions.state());
        QVERIFY(!models.subscriptions.isLoaded());
        QVERIFY(!models.entitlements.isLoaded());

        // Refreshing a state without a customer does nothing.
        auto empty = CustomerState::create(f.client.get(), &f.clock, Customer());
        const int requests = f.server.requestCount();
        empty->refresh();
        QTest::qWait(20);
        QCOMPARE(empty->loadState(), State::NotLoaded);
        QVERIFY(empty->customerId().isEmpty());
        QCOMPARE(f.server.requestCount(), requests);
    }

    void droppedStateStopsItsReads()
    {
        SandboxFixture f;
        QVERIFY(f.start());
        addDemoLike(f, Contoso, u"Contoso"_s);
        addDemoLike(f, Fabrikam, u"Fabrikam"_s);
        // Contoso's reads are throttled: they wait on the clock, still loading, when the user
        // moves on to Fabrikam, whose page gets a state of its own.
        f.server.failNext(SandboxServer::Fault::Throttle, 4, Contoso);
        auto contoso = CustomerState::create(f.client.get(), &f.clock, listRow(Contoso));
        contoso->refresh();
        QTRY_COMPARE(f.clock.pendingCount(), 4);
        QCOMPARE(contoso->loadState(), State::Loading);
        contoso.reset();

        auto fabrikam = CustomerState::create(f.client.get(), &f.clock, listRow(Fabrikam));
        QSignalSpy parts(fabrikam.get(), &CustomerState::loadStateChanged);
        fabrikam->refresh();
        QTRY_COMPARE(fabrikam->loadState(), State::Loaded);

        // Contoso's retries come due now; they were cancelled and must land nowhere.
        const int requests = f.server.requestCount();
        f.clock.advance(std::chrono::minutes(5));
        QTest::qWait(50);
        QCOMPARE(f.server.requestCount(), requests);
        QCOMPARE(fabrikam->loadState(), State::Loaded);
        QCOMPARE(fabrikam->customerId(), Fabrikam);
        QCOMPARE(fabrikam->customer().companyName(), u"Fabrikam"_s);
        QCOMPARE(subscriptionIds(*fabrikam),
                 idsWithPrefix(Fabrikam, {u"-base"_s, u"-addon"_s, u"-old"_s, u"-nce"_s}));
        QCOMPARE(orderIds(*fabrikam), idsWithPrefix(Fabrikam, {u"-order-sw"_s, u"-order-ri"_s}));
        // Loading and Loaded once per part read: nothing else reported.
        QCOMPARE(parts.size(), 8);
    }

    void aRefreshTakesOverTheReadInFlight()
    {
        SandboxFixture f;
        QVERIFY(f.start());
        addDemoLike(f, Contoso, u"Contoso"_s);
        auto state = CustomerState::create(f.client.get(), &f.clock, listRow(Contoso));
        QSignalSpy parts(state.get(), &CustomerState::loadStateChanged);
        QSignalSpy finished(state.get(), &CustomerState::refreshFinished);
        int firstAnswered = 0;
        int secondAnswered = 0;
        // The first read asks for the subscriptions only; before its answer, the server
        // changes and a second read (of the purchases) starts: it reads the subscriptions too.
        state->refresh(Part::Subscriptions, this, [&](const ApiError &) { ++firstAnswered; });
        SandboxCustomer *c = f.server.store().customer(Contoso);
        for (SandboxSubscription &s : c->subscriptions)
            s.status = u"suspended"_s;
        f.server.notifyStoreChanged();
        state->refresh(Part::Purchases, this, [&](const ApiError &) { ++secondAnswered; });
        QTRY_VERIFY(!state->isLoading());
        QTest::qWait(50);

        // One end of the read, each waiter answered once, and no stale or cancelled answer
        // reported as a failure.
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).value<CustomerState::Parts>(),
                 CustomerState::Parts(Part::Subscriptions) | Part::Purchases);
        QCOMPARE(firstAnswered, 1);
        QCOMPARE(secondAnswered, 1);
        for (const QList<QVariant> &change : std::as_const(parts))
            QVERIFY(change.at(1).value<State>() != State::Failed);
        QCOMPARE(state->loadState(Part::Subscriptions), State::Loaded);
        QCOMPARE(state->loadState(Part::Purchases), State::Loaded);
        QCOMPARE(state->loadState(Part::Profile), State::NotLoaded);
        // What the server has now.
        QCOMPARE(state->activeSubscriptionCount(), 0);
        QCOMPARE(state->subscriptions().size(), 4);
    }

    void cancelKeepsWhatThePartsHad()
    {
        SandboxFixture f;
        QVERIFY(f.start());
        addDemoLike(f, Contoso, u"Contoso"_s);
        auto state = f.loadState(Contoso, Part::Subscriptions);
        QVERIFY(state);
        QSignalSpy finished(state.get(), &CustomerState::refreshFinished);
        ApiError answer;
        // Throttled, the three reads wait on the clock (beside the readiness's window check).
        const int waiting = f.clock.pendingCount();
        f.server.failNext(SandboxServer::Fault::Throttle, 3, Contoso);
        state->refresh(Part::Subscriptions | Part::Purchases, this,
                       [&answer](const ApiError &error) { answer = error; });
        QTRY_COMPARE(f.clock.pendingCount(), waiting + 3);
        state->cancel();

        QCOMPARE(answer.kind(), ApiError::Kind::Cancelled);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(1).value<ApiError>().kind(), ApiError::Kind::Cancelled);
        QVERIFY(!state->isLoading());
        // Back to what each part had: the subscriptions read before, no purchases yet.
        QCOMPARE(state->loadState(Part::Subscriptions), State::Loaded);
        QCOMPARE(state->subscriptions().size(), 4);
        QCOMPARE(state->loadState(Part::Purchases), State::NotLoaded);
        const int requests = f.server.requestCount();
        f.clock.advance(std::chrono::minutes(5));
        QTest::qWait(50);
        QCOMPARE(f.server.requestCount(), requests);
    }

    void jobsReportRowsInPlace()
    {
        SandboxFixture f;
        QVERIFY(f.start());
        addDemoLike(f, Contoso, u"Contoso"_s);
        auto state = f.loadState(Contoso);
        QVERIFY(state);
        Models models(state.get());
        QSignalSpy reset(&models.subscriptions, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&models.subscriptions, &QAbstractItemModel::dataChanged);

        Subscription base = *state->subscription(Contoso + u"-base"_s);
        base.status = SubscriptionStatus(SubscriptionStatus::Value::Suspended);
        QVERIFY(state->applySubscription(base));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 0);
        QCOMPARE(state->activeSubscriptionCount(), 2);
        QVERIFY(!state->applySubscription(SubscriptionBuilder(u"zzz"_s).domain()));

        QSignalSpy purchases(&models.entitlements, &QAbstractItemModel::dataChanged);
        state->applyOrderStatus(Contoso + u"-order-sw"_s, u"cancelled"_s);
        QCOMPARE(purchases.size(), 1);
        QCOMPARE(state->purchase(Contoso + u"-order-sw"_s)->status, u"cancelled"_s);

        QSignalSpy removed(state.get(), &CustomerState::removed);
        state->markRemoved(state->customer());
        QVERIFY(state->isRemoved());
        QCOMPARE(removed.size(), 1);
        QVERIFY(!removed.first().at(0).value<Customer>().hasRelationship());
        QCOMPARE(removed.first().at(0).value<Customer>().id, Contoso);
    }

    void readyFlipsWhenLastActiveIsSuspended()
    {
        SandboxFixture f;
        QVERIFY(f.start());
        f.addCustomer(Contoso, {SubscriptionBuilder(u"a"_s), SubscriptionBuilder(u"b"_s)});
        auto state = f.loadState(Contoso);
        QVERIFY(state);
        QVERIFY(!state->isReady());
        QCOMPARE(state->readinessReason(),
                 u"If any subscriptions are still active, the Remove reseller relationship action "
                 "is unavailable.\n2 active subscription(s)"_s);

        QSignalSpy changed(state.get(), &CustomerState::readinessChanged);
        Subscription a = *state->subscription(u"a"_s);
        a.status = SubscriptionStatus(SubscriptionStatus::Value::Suspended);
        state->applySubscription(a);
        QCOMPARE(changed.size(), 1);
        QVERIFY(!state->isReady());
        QVERIFY(state->readinessReason().endsWith(u"1 active subscription(s)"_s));

        Subscription b = *state->subscription(u"b"_s);
        b.status = SubscriptionStatus(SubscriptionStatus::Value::Suspended);
        state->applySubscription(b);
        QCOMPARE(changed.size(), 2);
        QVERIFY(state->isReady());
        QVERIFY(state->blockers().isEmpty());
        QCOMPARE(state->readinessReason(), QString());

        // A quantity edit changes nothing the rule looks at: no signal.
        b.quantity = 3;
        state->applySubscription(b);
        QCOMPARE(changed.size(), 2);

        f.server.injectError(500, u"InternalServerError"_s, u"Broken"_s, u"/subscriptions"_s,
                             "GET");
        RetryPolicy once = f.client->retryPolicy();
        once.maxAttempts = 1;
        f.client->setRetryPolicy(once);
        state->refresh(Part::Subscriptions);
        QTRY_COMPARE(state->loadState(Part::Subscriptions), State::Failed);
        QCOMPARE(changed.size(), 3);
        QVERIFY(!state->isReady());
        QCOMPARE(blockerLines(state->blockers()),
                 QStringList{blockerLine(Kind::LoadFailed, Action::Retry, {})});
        QVERIFY(!state->readinessReason().isEmpty());
    }

    void suspendingNewCommerceUpdatesTheCountItsReasonSays()
    {
        // Suspended new commerce is still billed and still blocks: the blockers stay the same,
        // the active count in the reason does not — those listening must hear of it.
        SandboxFixture f;
        QVERIFY(f.start());
        const QDateTime now = f.clock.now();
        f.addCustomer(Contoso,
                      {SubscriptionBuilder(u"nce"_s).newCommerce(now.addDays(5), now.addYears(1)),
                       SubscriptionBuilder(u"legacy"_s)});
        auto state = f.loadState(Contoso);
        QVERIFY(state);
        QVERIFY(state->readinessReason().endsWith(u"2 active subscription(s)"_s));
        const QList<RemovalBlocker> before = state->blockers();

        QSignalSpy changed(state.get(), &CustomerState::readinessChanged);
        Subscription nce = *state->subscription(u"nce"_s);
        nce.status = SubscriptionStatus(SubscriptionStatus::Value::Suspended);
        QVERIFY(state->applySubscription(nce));
        QCOMPARE(state->blockers(), before);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(state->activeSubscriptionCount(), 1);
        QVERIFY2(state->readinessReason().endsWith(u"1 active subscription(s)"_s),
                 qPrintable(state->readinessReason()));
    }

    void windowsMoveWithTheClock()
    {
        SandboxFixture f;
        QVERIFY(f.start());
        const QDateTime now = f.clock.now();
        SandboxCustomer c =
            f.addCustomer(Contoso, {SubscriptionBuilder(u"n"_s, u"suspended"_s)
                                        .newCommerce(now.addDays(1), now.addYears(1))});
        const PurchaseBuilder software =
            PurchaseBuilder(u"sw"_s).cancellableUntil(now.addSecs(2 * 3600));
        c.entitlements = {software};
        c.orders = {software.order()};
        f.server.store().putCustomer(c);
        f.server.notifyStoreChanged();
        auto state = f.loadState(Contoso);
        QVERIFY(state);
        QCOMPARE(
            blockerLines(state->blockers()),
            (QStringList{
                blockerLine(Kind::NewCommerceNotCancelled, Action::CancelSubscription, u"n"_s),
                blockerLine(Kind::SoftwarePurchaseCancellable, Action::CancelOrder, u"sw"_s)}));
        QSignalSpy changed(state.get(), &CustomerState::readinessChanged);
        // The software window closes: no longer a blocker, without anything read again.
        const int requests = f.server.requestCount();
        f.clock.advance(std::chrono::hours(3));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(blockerLines(state->blockers()),
                 QStringList{blockerLine(Kind::NewCommerceNotCancelled, Action::CancelSubscription,
                                         u"n"_s)});
        // The NCE window closes: the action becomes "wait for the term end".
        f.clock.advance(std::chrono::hours(24));
        QCOMPARE(changed.size(), 2);
        QCOMPARE(blockerLines(state->blockers()),
                 QStringList{blockerLine(Kind::NewCommerceNotCancelled, Action::GoToSubscriptions,
                                         u"n"_s)});
        QCOMPARE(f.server.requestCount(), requests);
    }
};

QTEST_GUILESS_MAIN(tst_CustomerState)
#include "tst_customerstate.moc"
