#include "core/audit/auditlog.h"
#include "core/models/entitlementmodel.h"
#include "core/models/subscriptionmodel.h"
#include "core/workflow/removalreadiness.h"
#include "core/workflow/subscriptionstatuschange.h"
#include "sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Status = SubscriptionStatus::Value;

namespace {
const QString CustomerId = u"cust-status"_s;

SandboxSubscription nce(const QString &id, const QDateTime &cancellableUntil)
{
    SandboxSubscription s = SandboxFixture::subscription(id, u"active"_s);
    s.offerId = u"CFQ7TTC0LH18:0001:CFQ7TTC0LH18"_s;
    s.productTypeId = u"OnlineServicesNCE"_s;
    s.cancellationAllowedUntilDate = cancellableUntil;
    s.commitmentEndDate = cancellableUntil.addYears(1);
    return s;
}

void load(SandboxFixture &f, SubscriptionModel &model)
{
    model.setCustomerId(CustomerId);
    bool done = false;
    f.client->listSubscriptions(CustomerId, &model, [&](const Result<QList<Subscription>> &result) {
        QVERIFY(result.ok());
        model.setSubscriptions(result.value());
        done = true;
    });
    QTRY_VERIFY(done);
}

Status modelStatus(const SubscriptionModel &model, const QString &id)
{
    const Subscription *s = model.subscriptionById(id);
    return s ? s->status.value() : Status::None;
}

Status serverStatus(SandboxFixture &f, const QString &id)
{
    return SubscriptionStatus::fromWire(f.serverStatus(CustomerId, id)).value();
}

// Runs one change to its end and returns the finished() arguments.
QList<QVariant> run(SubscriptionStatusChange &change, const Subscription &s, Status target)
{
    QSignalSpy finished(&change, &SubscriptionStatusChange::finished);
    change.start(CustomerId, u"Company"_s, s, SubscriptionStatus(target));
    if (!QTest::qWaitFor([&] { return finished.size() == 1; }, 4000))
        return {};
    return finished.first();
}
} // namespace

class tst_SubscriptionStatusChange : public QObject
{
    Q_OBJECT

private slots:
    void suspendThenReactivate()
    {
        SandboxFixture f;
        QVERIFY(f.start());
        f.addCustomer(CustomerId, {SandboxFixture::subscription(u"a"_s, u"active"_s)});
        SubscriptionModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        load(f, model);
        QTemporaryDir dir;
        AuditLog audit(dir.filePath(u"audit.jsonl"_s));
        SubscriptionStatusChange change(f.client.get(), &model, &audit);

        QList<QVariant> result = run(change, *model.subscriptionById(u"a"_s), Status::Suspended);
        QCOMPARE(result.size(), 3);
        QCOMPARE(result.at(0).toBool(), true);
        QCOMPARE(result.at(1).value<Subscription>().status.value(), Status::Suspended);
        QVERIFY(!change.isRunning());
        QCOMPARE(serverStatus(f, u"a"_s), Status::Suspended);
        QCOMPARE(modelStatus(model, u"a"_s), Status::Suspended);
        QCOMPARE(model.activeCount(), 0);

        // The row now carries the server's new ETag, so reactivating from it is accepted.
        result = run(change, *model.subscriptionById(u"a"_s), Status::Active);
        QCOMPARE(result.size(), 3);
        QCOMPARE(result.at(0).toBool(), true);
        QCOMPARE(serverStatus(f, u"a"_s), Status::Active);
        QCOMPARE(modelStatus(model, u"a"_s), Status::Active);
        QCOMPARE(model.activeCount(), 1);

        const QList<AuditEntry> entries = audit.entries();
        QCOMPARE(entries.size(), 4);
        QCOMPARE(entries.at(0).action, u"suspendSubscription"_s);
        QCOMPARE(entries.at(0).outcome, AuditEntry::Outcome::Attempted);
        QCOMPARE(entries.at(1).outcome, AuditEntry::Outcome::Succeeded);
        QCOMPARE(entries.at(1).oldStatus, u"active"_s);
        QCOMPARE(entries.at(1).newStatus, u"suspended"_s);
        QCOMPARE(entries.at(2).action, u"reactivateSubscription"_s);
        QCOMPARE(entries.at(3).newStatus, u"active"_s);
    }

    void cancelNewCommerceInsideTheWindow()
    {
        SandboxFixture f;
        QVERIFY(f.start());
        f.addCustomer(CustomerId, {nce(u"n"_s, f.clock.now().addDays(3)),
                                   nce(u"late"_s, f.clock.now().addDays(-1))});
        SubscriptionModel model;
        load(f, model);
        EntitlementModel entitlements;
        entitlements.setCustomerId(CustomerId);
        entitlements.setEntitlements({});
        RemovalReadiness readiness(&model, &entitlements, &f.clock);
        readiness.setDataState(RemovalReadiness::DataState::Loaded);
        QCOMPARE(readiness.blockers().size(), 2);

        SubscriptionStatusChange change(f.client.get(), &model);
        QList<QVariant> result = run(change, *model.subscriptionById(u"n"_s), Status::Deleted);
        QCOMPARE(result.size(), 3);
        QCOMPARE(result.at(0).toBool(), true);
        QCOMPARE(serverStatus(f, u"n"_s), Status::Deleted);
        QCOMPARE(modelStatus(model, u"n"_s), Status::Deleted);
        // Only the one past its window still blocks, and it cannot be cancelled here.
        const QList<RemovalBlocker> left = readiness.blockers();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().subscriptionId, u"late"_s);
        QCOMPARE(left.first().action, RemovalBlocker::Action::GoToSubscriptions);

        // Past the window the server says no, and the row stays as the server has it.
        result = run(change, *model.subscriptionById(u"late"_s), Status::Deleted);
        QCOMPARE(result.size(), 3);
        QCOMPARE(result.at(0).toBool(), false);
        QCOMPARE(result.at(2).value<ApiError>().code(), u"900117"_s);
        QCOMPARE(serverStatus(f, u"late"_s), Status::Active);
        QCOMPARE(modelStatus(model, u"late"_s), Status::Active);
    }

    void addOnWhileParentSuspendedIsRefused()
    {
        SandboxFixture f;
        QVERIFY(f.start());
        f.addCustomer(CustomerId,
                      {SandboxFixture::subscription(u"base"_s, u"suspended"_s),
                       SandboxFixture::subscription(u"addon"_s, u"suspended"_s, u"base"_s)});
        SubscriptionModel model;
        load(f, model);
        QTemporaryDir dir;
        AuditLog audit(dir.filePath(u"audit.jsonl"_s));
        SubscriptionStatusChange change(f.client.get(), &model, &audit);
        const QList<QVariant> result =
            run(change, *model.subscriptionById(u"addon"_s), Status::Active);
        QCOMPARE(result.size(), 3);
        QCOMPARE(result.at(0).toBool(), false);
        const ApiError error = result.at(2).value<ApiError>();
        QCOMPARE(error.code(), u"27009"_s);
        QCOMPARE(error.httpStatus(), 400);
        QVERIFY(!error.description().isEmpty());
        QCOMPARE(result.at(1).value<Subscription>().status.value(), Status::Suspended);
        QCOMPARE(serverStatus(f, u"addon"_s), Status::Suspended);
        QCOMPARE(modelStatus(model, u"addon"_s), Status::Suspended);
        QCOMPARE(audit.entries().last().outcome, AuditEntry::Outcome::Failed);
        QCOMPARE(audit.entries().last().errorCode, u"27009"_s);
    }

    void suspendedSubscriptionCannotBeUpdated()
    {
        SandboxFixture f;
        QVERIFY(f.start());
        f.addCustomer(CustomerId, {SandboxFixture::subscription(u"a"_s, u"suspended"_s)});
        SubscriptionModel model;
        load(f, model);
        // The full subscription goes back on the wire: one with an edited quantity is an update
        // of a suspended subscription, which Partner Center refuses.
        Subscription edited = *model.subscriptionById(u"a"_s);
        edited.wire.insert(u"quantity"_s, 20);
        SubscriptionStatusChange change(f.client.get(), &model);
        const QList<QVariant> result = run(change, edited, Status::Suspended);
        QCOMPARE(result.size(), 3);
        QCOMPARE(result.at(0).toBool(), false);
        QCOMPARE(result.at(2).value<ApiError>().code(), u"800091"_s);
        QCOMPARE(serverStatus(f, u"a"_s), Status::Suspended);
        QCOMPARE(f.server.store().subscription(CustomerId, u"a"_s)->quantity, 1);
        QCOMPARE(modelStatus(model, u"a"_s), Status::Suspended);
        QCOMPARE(model.subscriptionById(u"a"_s)->quantity, 1);
    }

    void staleEtagIsRefused()
    {
        SandboxFixture f;
        QVERIFY(f.start());
        f.addCustomer(CustomerId, {SandboxFixture::subscription(u"a"_s, u"active"_s)});
        SubscriptionModel model;
        load(f, model);
        // Someone else suspended it in the portal meanwhile: new status, new ETag.
        SandboxSubscription *onServer = f.server.store().subscription(CustomerId, u"a"_s);
        onServer->status = u"suspended"_s;
        onServer->etag = SandboxStore::newEtag();
        f.server.notifyStoreChanged();

        SubscriptionStatusChange change(f.client.get(), &model);
        const QList<QVariant> result =
            run(change, *model.subscriptionById(u"a"_s), Status::Suspended);
        QCOMPARE(result.size(), 3);
        QCOMPARE(result.at(0).toBool(), false);
        const ApiError error = result.at(2).value<ApiError>();
        QCOMPARE(error.code(), u"2055"_s);
        QCOMPARE(error.httpStatus(), 400); // Partner Center's documented stale-ETag answer
        QCOMPARE(serverStatus(f, u"a"_s), Status::Suspended);
        // After a conflict the model was re-read: it shows the server's state, not the page's.
        QCOMPARE(modelStatus(model, u"a"_s), Status::Suspended);
    }
};

QTEST_GUILESS_MAIN(tst_SubscriptionStatusChange)
#include "tst_subscriptionstatuschange.moc"
