// Cancelling a software order against the sandbox: inside the window the blocker goes; refused
// here without a request; the server's refusal shown and the purchases read again; a role that
// may read but not cancel; a cancelled PATCH read back.
#include "core/audit/auditlog.h"
#include "core/job/cancelorderjob.h"
#include "core/models/entitlementmodel.h"
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

// Only suspended subscriptions, so the purchases are the only possible blockers: one inside
// its cancellation window, one past it.
void addCustomer(SandboxFixture &f)
{
    SandboxCustomer c = f.addCustomer(CustomerId, {SubscriptionBuilder(u"a"_s, u"suspended"_s)});
    const QDateTime now = f.clock.now();
    const PurchaseBuilder inside = PurchaseBuilder(Inside)
                                       .product(u"DG7GMGF0DVT2"_s, u"0001"_s)
                                       .cancellableUntil(now.addDays(3));
    const PurchaseBuilder passed = PurchaseBuilder(Passed)
                                       .product(u"DG7GMGF0DVT2"_s, u"0002"_s)
                                       .cancellableUntil(now.addDays(-1));
    c.entitlements = {inside, passed};
    c.orders = {inside.order(), passed.order()};
    f.server.store().putCustomer(c);
    f.server.notifyStoreChanged();
}

QString serverStatus(SandboxFixture &f, const QString &orderId)
{
    for (const SandboxEntitlement &e : f.server.store().customer(CustomerId)->entitlements) {
        if (e.orderId == orderId)
            return e.status;
    }
    return {};
}

QString stateStatus(const CustomerState &state, const QString &orderId)
{
    const Entitlement *e = state.purchase(orderId);
    return e ? e->status : QString();
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

class tst_CancelOrderJob : public QObject
{
    Q_OBJECT

private slots:
    void cancelsInsideTheWindowAndTheBlockerGoes()
    {
        SandboxFixture f;
        QVERIFY(f.start());
        addCustomer(f);
        auto state = f.loadState(CustomerId);
        QVERIFY(state);
        EntitlementModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setState(state.get());
        const QList<RemovalBlocker> before = state->blockers();
        QCOMPARE(before.size(), 1);
        QCOMPARE(before.first().action, RemovalBlocker::Action::CancelOrder);
        QCOMPARE(before.first().orderId, Inside);

        QTemporaryDir dir;
        AuditLog audit(dir.filePath(u"audit.jsonl"_s));
        CancelOrderJob job(state, &audit, *state->purchase(before.first().orderId));
        QSignalSpy finished(&job, &Job::finished);
        f.server.clearRecentRequests();
        job.start();
        QVERIFY(job.isRunning());
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(!job.isRunning());
        const JobItem item = job.result().items.value(0);
        QVERIFY(item.succeeded());
        QVERIFY(!item.error.isError());

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
        // Both kinds were read again after it.
        QCOMPARE(countRequests(f, "GET", u"/entitlements"_s), 2);

        // The state shows the server's truth, and nothing blocks removal any more.
        QCOMPARE(state->purchases().size(), 2);
        QCOMPARE(stateStatus(*state, Inside), u"cancelled"_s);
        QCOMPARE(model.index(model.rowOfOrder(Inside), EntitlementModel::StatusColumn).data(),
                 QVariant(u"Cancelled"_s));
        QVERIFY(state->blockers().isEmpty());
        QVERIFY(state->isReady());

        const QList<AuditEntry> entries = audit.entries();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).outcome, AuditEntry::Outcome::Attempted);
        QCOMPARE(entries.at(1).outcome, AuditEntry::Outcome::Succeeded);
        for (const AuditEntry &e : entries) {
            QCOMPARE(e.action, u"cancelOrder"_s);
            QCOMPARE(e.itemId, Inside);
            QCOMPARE(e.oldStatus, u"active"_s);
            QCOMPARE(e.newStatus, u"cancelled"_s);
            QCOMPARE(e.correlationId, job.correlationId().toString(QUuid::WithoutBraces));
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
        auto state = f.loadState(CustomerId);
        QVERIFY(state);
        Entitlement e = state->purchases().at(0);
        e.orderId = orderId;
        e.status = status;
        e.cancellationAllowedUntilDate =
            windowDays == 0 ? QDateTime() : f.clock.now().addDays(windowDays);
        if (reservation)
            e.type = Entitlement::Type::ReservedInstance;

        QTemporaryDir dir;
        AuditLog audit(dir.filePath(u"audit.jsonl"_s));
        CancelOrderJob job(state, &audit, e);
        QSignalSpy finished(&job, &Job::finished);
        const int requestsBefore = f.server.requestCount();
        job.start();
        // Answered after start() returns, like a call.
        QCOMPARE(finished.size(), 0);
        QVERIFY(job.isRunning());
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(!job.isRunning());
        const JobItem item = job.result().items.value(0);
        QCOMPARE(item.outcome, JobItem::Outcome::Refused);
        const ApiError error = item.error;
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

    void serverErrorIsShownAndThePurchasesReRead()
    {
        SandboxFixture f;
        QVERIFY(f.start());
        addCustomer(f);
        auto state = f.loadState(CustomerId);
        QVERIFY(state);
        // Meanwhile on the server: the other purchase got renamed. The state does not know.
        for (SandboxEntitlement &e : f.server.store().customer(CustomerId)->entitlements) {
            if (e.orderId == Passed)
                e.friendlyName = u"Renamed on the server"_s;
        }
        f.server.notifyStoreChanged();

        QTemporaryDir dir;
        AuditLog audit(dir.filePath(u"audit.jsonl"_s));
        CancelOrderJob job(state, &audit, *state->purchase(Inside));
        f.server.injectError(400, u"900117"_s, u"The cancellation window has passed."_s,
                             u"/orders/"_s + Inside, "PATCH");
        job.start();
        QTRY_VERIFY(job.isFinished());
        const JobItem item = job.result().items.value(0);
        QVERIFY(!item.succeeded());
        const ApiError error = item.error;
        QCOMPARE(error.httpStatus(), 400);
        QCOMPARE(error.code(), u"900117"_s);
        QCOMPARE(error.description(), u"The cancellation window has passed."_s);
        QVERIFY(error.userMessage().contains(u"The cancellation window has passed."_s));

        QCOMPARE(serverStatus(f, Inside), u"active"_s);
        QCOMPARE(stateStatus(*state, Inside), u"active"_s);
        const Entitlement *renamed = state->purchase(Passed);
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
        auto state = f.loadState(CustomerId);
        QVERIFY(state);
        CancelOrderJob job(state, nullptr, *state->purchase(Inside));
        f.server.clearRecentRequests();
        job.start();
        QTRY_VERIFY(job.isFinished());
        const JobItem item = job.result().items.value(0);
        QVERIFY(!item.succeeded());
        QCOMPARE(item.error.httpStatus(), 403);
        QCOMPARE(item.error.code(), u"900150"_s);
        QVERIFY(item.error.isForbidden());
        QCOMPARE(serverStatus(f, Inside), u"active"_s);
        QCOMPARE(stateStatus(*state, Inside), u"active"_s);
        // Reading is allowed to a sales agent: the purchases were still read again.
        QCOMPARE(countRequests(f, "GET", u"/entitlements"_s), 2);
    }

    void cancelStopsThePatchAndStillReReads()
    {
        SandboxFixture f;
        QVERIFY(f.start());
        addCustomer(f);
        auto state = f.loadState(CustomerId);
        QVERIFY(state);
        QTemporaryDir dir;
        AuditLog audit(dir.filePath(u"audit.jsonl"_s));
        CancelOrderJob job(state, &audit, *state->purchase(Inside));
        // A throttled PATCH waits on the clock for Retry-After: that is when we cancel.
        f.server.failNext(SandboxServer::Fault::Throttle, 1, u"/orders/"_s);
        f.server.clearRecentRequests();
        const int waiting = f.clock.pendingCount(); // the readiness's window check, if any
        job.start();
        QTRY_VERIFY(f.clock.pendingCount() > waiting);
        job.cancel();
        QTRY_VERIFY(job.isFinished());
        QVERIFY(job.result().cancelled);
        const JobItem item = job.result().items.value(0);
        QCOMPARE(item.outcome, JobItem::Outcome::Cancelled);
        QCOMPARE(item.error.kind(), ApiError::Kind::Cancelled);
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

QTEST_GUILESS_MAIN(tst_CancelOrderJob)
#include "tst_cancelorderjob.moc"
