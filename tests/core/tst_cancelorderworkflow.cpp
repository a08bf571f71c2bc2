#include "core/audit/auditlog.h"
#include "core/models/entitlementmodel.h"
#include "core/models/subscriptionmodel.h"
#include "core/workflow/cancelorderworkflow.h"
#include "core/workflow/removalreadiness.h"
#include "sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString CustomerId = u"cust-cancel"_s;
const QString Inside = u"ord-inside"_s;
const QString Passed = u"ord-passed"_s;

SandboxEntitlement purchase(const QString &orderId, const QDateTime &cancellableUntil)
{
    SandboxEntitlement e;
    e.entitlementType = u"software"_s;
    e.productId = u"DG7GMGF0DVT2"_s;
    e.skuId = orderId == Inside ? u"0001"_s : u"0002"_s;
    e.orderId = orderId;
    e.friendlyName = u"Purchase "_s + orderId;
    e.cancellationAllowedUntilDate = cancellableUntil;
    return e;
}

SandboxOrder order(const SandboxEntitlement &e)
{
    SandboxOrder o;
    o.id = e.orderId;
    o.lineItems = {{0, e.productId + u':' + e.skuId, 1}};
    return o;
}

// Only suspended subscriptions, so the purchases are the only possible blockers: one inside
// its cancellation window, one past it.
void addCustomer(SandboxFixture &f)
{
    SandboxCustomer c =
        f.addCustomer(CustomerId, {SandboxFixture::subscription(u"a"_s, u"suspended"_s)});
    const QDateTime now = f.clock.now();
    c.entitlements = {purchase(Inside, now.addDays(3)), purchase(Passed, now.addDays(-1))};
    c.orders = {order(c.entitlements.at(0)), order(c.entitlements.at(1))};
    f.server.store().putCustomer(c);
    f.server.notifyStoreChanged();
}

// Loads both kinds of entitlement into the model, the way CustomerSession does.
void load(SandboxFixture &f, EntitlementModel &model)
{
    model.setCustomerId(CustomerId);
    QList<Entitlement> software, reservations;
    int done = 0;
    f.client->listEntitlements(CustomerId, Entitlement::Type::Software, &model,
                               [&](const Result<QList<Entitlement>> &result) {
                                   QVERIFY(result.ok());
                                   software = result.value();
                                   ++done;
                               });
    f.client->listEntitlements(CustomerId, Entitlement::Type::ReservedInstance, &model,
                               [&](const Result<QList<Entitlement>> &result) {
                                   QVERIFY(result.ok());
                                   reservations = result.value();
                                   ++done;
                               });
    QTRY_COMPARE(done, 2);
    model.setEntitlements(software + reservations);
}

QString serverStatus(SandboxFixture &f, const QString &orderId)
{
    for (const SandboxEntitlement &e : f.server.store().customer(CustomerId)->entitlements) {
        if (e.orderId == orderId)
            return e.status;
    }
    return {};
}

QString modelStatus(const EntitlementModel &model, const QString &orderId)
{
    const int row = model.rowOfOrder(orderId);
    return row < 0 ? QString() : model.entitlementAt(row)->status;
}

int countRequests(SandboxFixture &f, const QByteArray &method, const QString &pathContains)
{
    int n = 0;
    for (const RecordedRequest &r : f.server.recentRequests()) {
        if (r.method == method && r.path.contains(pathContains))
            ++n;
    }
    return n;
}
} // namespace

class tst_CancelOrderWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void cancelsInsideTheWindowAndTheBlockerGoes()
    {
        SandboxFixture f;
        QVERIFY(f.start());
        addCustomer(f);
        EntitlementModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        load(f, model);
        SubscriptionModel subscriptions;
        subscriptions.setCustomerId(CustomerId);
        subscriptions.setSubscriptions({});
        RemovalReadiness readiness(&subscriptions, &model, &f.clock);
        readiness.setDataState(RemovalReadiness::DataState::Loaded);
        const QList<RemovalBlocker> before = readiness.blockers();
        QCOMPARE(before.size(), 1);
        QCOMPARE(before.first().action, RemovalBlocker::Action::CancelOrder);
        QCOMPARE(before.first().orderId, Inside);

        QTemporaryDir dir;
        AuditLog audit(dir.filePath(u"audit.jsonl"_s));
        CancelOrderWorkflow workflow(f.client.get(), &model, &audit);
        QSignalSpy finished(&workflow, &CancelOrderWorkflow::finished);
        f.server.clearRecentRequests();
        workflow.start(CustomerId, u"Company"_s,
                       *model.entitlementAt(model.rowOfOrder(before.first().orderId)));
        QVERIFY(workflow.isRunning());
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(!workflow.isRunning());
        QCOMPARE(finished.first().at(0).toBool(), true);
        QVERIFY(!finished.first().at(1).value<ApiError>().isError());

        // The server cancelled the order, with the offer the contract asks for.
        QCOMPARE(serverStatus(f, Inside), u"cancelled"_s);
        QCOMPARE(serverStatus(f, Passed), u"active"_s);
        const QList<RecordedRequest> requests = f.server.recentRequests();
        const auto patch =
            std::find_if(requests.begin(), requests.end(),
                         [](const RecordedRequest &r) { return r.method == "PATCH"; });
        QVERIFY(patch != requests.end());
        QCOMPARE(patch->path, u"/v1/customers/%1/orders/%2"_s.arg(CustomerId, Inside));
        const QJsonObject body = QJsonDocument::fromJson(patch->body).object();
        QCOMPARE(body.value(u"status"_s).toString(), u"cancelled"_s);
        QCOMPARE(body.value(u"lineItems"_s).toArray().first()[u"offerId"_s].toString(),
                 u"DG7GMGF0DVT2:0001"_s);
        // Both kinds were re-read after it.
        QCOMPARE(countRequests(f, "GET", u"/entitlements"_s), 2);

        // The model shows the server's truth, and nothing blocks removal any more.
        QCOMPARE(model.count(), 2);
        QCOMPARE(modelStatus(model, Inside), u"cancelled"_s);
        QCOMPARE(model.index(model.rowOfOrder(Inside), EntitlementModel::StatusColumn).data(),
                 QVariant(u"Cancelled"_s));
        QVERIFY(readiness.blockers().isEmpty());
        QVERIFY(readiness.isReady());

        const QList<AuditEntry> entries = audit.entries();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).outcome, AuditEntry::Outcome::Attempted);
        QCOMPARE(entries.at(1).outcome, AuditEntry::Outcome::Succeeded);
        for (const AuditEntry &e : entries) {
            QCOMPARE(e.action, u"cancelOrder"_s);
            QCOMPARE(e.itemId, Inside);
            QCOMPARE(e.oldStatus, u"active"_s);
            QCOMPARE(e.newStatus, u"cancelled"_s);
            QCOMPARE(e.correlationId, workflow.correlationId().toString(QUuid::WithoutBraces));
        }
    }

    void refusedLocallyWithoutARequest_data()
    {
        QTest::addColumn<QString>("orderId");
        QTest::addColumn<int>("windowDays"); // 0: no window at all
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("reservation");
        QTest::newRow("window passed") << Passed << -1 << u"active"_s << u"900117"_s << false;
        QTest::newRow("no window") << Passed << 0 << u"active"_s << u"900117"_s << false;
        QTest::newRow("already cancelled") << Inside << 3 << u"cancelled"_s << u"900117"_s << false;
        QTest::newRow("no order id") << QString() << 3 << u"active"_s << QString() << false;
        // Reservations are cancelled in the Azure portal, even inside a window.
        QTest::newRow("reservation") << Inside << 3 << u"active"_s << QString() << true;
    }

    void refusedLocallyWithoutARequest()
    {
        QFETCH(QString, orderId);
        QFETCH(int, windowDays);
        QFETCH(QString, status);
        QFETCH(QString, code);
        QFETCH(bool, reservation);
        SandboxFixture f;
        QVERIFY(f.start());
        addCustomer(f);
        EntitlementModel model;
        load(f, model);
        Entitlement e = *model.entitlementAt(0);
        e.orderId = orderId;
        e.status = status;
        e.cancellationAllowedUntilDate =
            windowDays == 0 ? QDateTime() : f.clock.now().addDays(windowDays);
        if (reservation)
            e.type = Entitlement::Type::ReservedInstance;

        QTemporaryDir dir;
        AuditLog audit(dir.filePath(u"audit.jsonl"_s));
        CancelOrderWorkflow workflow(f.client.get(), &model, &audit);
        QSignalSpy finished(&workflow, &CancelOrderWorkflow::finished);
        const int requestsBefore = f.server.requestCount();
        workflow.start(CustomerId, u"Company"_s, e);
        // Answered after start() returns, like a call.
        QCOMPARE(finished.size(), 0);
        QVERIFY(workflow.isRunning());
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(!workflow.isRunning());
        QCOMPARE(finished.first().at(0).toBool(), false);
        const ApiError error = finished.first().at(1).value<ApiError>();
        QVERIFY(error.isError());
        QCOMPARE(error.kind(), ApiError::Kind::Refused);
        QCOMPARE(error.code(), code);
        QVERIFY(error.description().contains(e.displayName()));
        QVERIFY(!error.summary().isEmpty());
        // Our own refusal is not dressed up as something Partner Center said.
        QVERIFY(!error.userMessage().contains(u"Partner Center said"_s));
        QCOMPARE(f.server.requestCount(), requestsBefore);
        QCOMPARE(serverStatus(f, Inside), u"active"_s);
        QCOMPARE(audit.entries().size(), 1);
        QCOMPARE(audit.entries().first().outcome, AuditEntry::Outcome::Refused);
    }

    void serverErrorIsShownAndTheModelReRead()
    {
        SandboxFixture f;
        QVERIFY(f.start());
        addCustomer(f);
        EntitlementModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        load(f, model);
        // Meanwhile on the server: the other purchase got renamed. The model does not know.
        for (SandboxEntitlement &e : f.server.store().customer(CustomerId)->entitlements) {
            if (e.orderId == Passed)
                e.friendlyName = u"Renamed on the server"_s;
        }
        f.server.notifyStoreChanged();

        QTemporaryDir dir;
        AuditLog audit(dir.filePath(u"audit.jsonl"_s));
        CancelOrderWorkflow workflow(f.client.get(), &model, &audit);
        QSignalSpy finished(&workflow, &CancelOrderWorkflow::finished);
        f.server.injectError(400, u"900117"_s, u"The cancellation window has passed."_s,
                             u"/orders/"_s + Inside, "PATCH");
        workflow.start(CustomerId, u"Company"_s, *model.entitlementAt(model.rowOfOrder(Inside)));
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).toBool(), false);
        const ApiError error = finished.first().at(1).value<ApiError>();
        QCOMPARE(error.httpStatus(), 400);
        QCOMPARE(error.code(), u"900117"_s);
        QCOMPARE(error.description(), u"The cancellation window has passed."_s);
        QVERIFY(error.userMessage().contains(u"The cancellation window has passed."_s));

        QCOMPARE(serverStatus(f, Inside), u"active"_s);
        QCOMPARE(modelStatus(model, Inside), u"active"_s);
        const Entitlement *renamed = model.entitlementAt(model.rowOfOrder(Passed));
        QVERIFY(renamed);
        QCOMPARE(renamed->friendlyName, u"Renamed on the server"_s);

        const QList<AuditEntry> entries = audit.entries();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(1).outcome, AuditEntry::Outcome::Failed);
        QCOMPARE(entries.at(1).errorCode, u"900117"_s);
        QCOMPARE(entries.at(1).httpStatus, 400);
    }

    void forbiddenForSales()
    {
        SandboxFixture f;
        QVERIFY(f.start(u"sales"_s));
        addCustomer(f);
        EntitlementModel model;
        load(f, model);
        CancelOrderWorkflow workflow(f.client.get(), &model);
        QSignalSpy finished(&workflow, &CancelOrderWorkflow::finished);
        f.server.clearRecentRequests();
        workflow.start(CustomerId, u"Company"_s, *model.entitlementAt(model.rowOfOrder(Inside)));
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).toBool(), false);
        const ApiError error = finished.first().at(1).value<ApiError>();
        QCOMPARE(error.httpStatus(), 403);
        QCOMPARE(error.code(), u"900150"_s);
        QVERIFY(error.isForbidden());
        QCOMPARE(serverStatus(f, Inside), u"active"_s);
        QCOMPARE(modelStatus(model, Inside), u"active"_s);
        // Reading is allowed to a sales agent: the model was still refreshed.
        QCOMPARE(countRequests(f, "GET", u"/entitlements"_s), 2);
    }

    void cancelStopsThePatchAndStillReReads()
    {
        SandboxFixture f;
        QVERIFY(f.start());
        addCustomer(f);
        EntitlementModel model;
        load(f, model);
        QTemporaryDir dir;
        AuditLog audit(dir.filePath(u"audit.jsonl"_s));
        CancelOrderWorkflow workflow(f.client.get(), &model, &audit);
        QSignalSpy finished(&workflow, &CancelOrderWorkflow::finished);
        // A throttled PATCH waits on the clock for Retry-After: that is when we cancel.
        f.server.failNext(SandboxServer::Fault::Throttle, 1, u"/orders/"_s);
        f.server.clearRecentRequests();
        workflow.start(CustomerId, u"Company"_s, *model.entitlementAt(model.rowOfOrder(Inside)));
        QTRY_VERIFY(f.clock.pendingCount() > 0);
        workflow.cancel();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).toBool(), false);
        QCOMPARE(finished.first().at(1).value<ApiError>().kind(), ApiError::Kind::Cancelled);
        QCOMPARE(countRequests(f, "GET", u"/entitlements"_s), 2);
        QCOMPARE(audit.entries().last().outcome, AuditEntry::Outcome::Cancelled);

        // The parked retry must not go out any more.
        const int requestsBefore = f.server.requestCount();
        f.clock.advance(std::chrono::minutes(5));
        QTest::qWait(20);
        QCOMPARE(f.server.requestCount(), requestsBefore);
        QCOMPARE(serverStatus(f, Inside), u"active"_s);
    }
};

QTEST_GUILESS_MAIN(tst_CancelOrderWorkflow)
#include "tst_cancelorderworkflow.moc"
