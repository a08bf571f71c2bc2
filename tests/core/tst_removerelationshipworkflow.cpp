#include "core/audit/auditlog.h"
#include "core/models/entitlementmodel.h"
#include "core/models/subscriptionmodel.h"
#include "core/workflow/removerelationshipworkflow.h"
#include "sandboxfixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString CustomerId = u"cust-remove"_s;

Customer listed(const QString &id)
{
    Customer c;
    c.id = id;
    c.companyProfile.companyName = u"Company "_s + id;
    c.relationshipToPartner = u"reseller"_s;
    return c;
}
} // namespace

class tst_RemoveRelationshipWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void refusedWhenReactivatedBehindTheModel()
    {
        SandboxFixture f;
        QVERIFY(f.start());
        f.addCustomer(CustomerId, {SandboxFixture::subscription(u"a"_s, u"suspended"_s)});
        SubscriptionModel subs;
        EntitlementModel ents;
        subs.setCustomerId(CustomerId);
        ents.setCustomerId(CustomerId);
        // The page believes everything is suspended ...
        Subscription stale;
        stale.id = u"a"_s;
        stale.friendlyName = u"Sub a"_s;
        stale.status = SubscriptionStatus(SubscriptionStatus::Value::Suspended);
        subs.setSubscriptions({stale});
        // ... but someone reactivated it on the server meanwhile.
        f.server.store().subscription(CustomerId, u"a"_s)->status = u"active"_s;
        f.server.notifyStoreChanged();

        QTemporaryDir dir;
        AuditLog audit(dir.filePath(u"audit.jsonl"_s));
        RemoveRelationshipWorkflow workflow(f.client.get(), &f.clock, &subs, &ents, &audit);
        QSignalSpy refused(&workflow, &RemoveRelationshipWorkflow::refused);
        QSignalSpy succeeded(&workflow, &RemoveRelationshipWorkflow::succeeded);
        const int requestsBefore = f.server.requestCount();
        workflow.start(listed(CustomerId));
        QTRY_COMPARE(refused.size(), 1);
        QCOMPARE(succeeded.size(), 0);
        const auto blockers = refused.first().at(0).value<QList<RemovalBlocker>>();
        QCOMPARE(blockers.size(), 1);
        QCOMPARE(blockers.first().kind, RemovalBlocker::Kind::ActiveSubscription);
        QCOMPARE(blockers.first().subscriptionId, u"a"_s);
        // Only the three re-reads went out, no PATCH; the model now shows the truth.
        QCOMPARE(f.server.requestCount() - requestsBefore, 3);
        QCOMPARE(subs.activeCount(), 1);
        QVERIFY(f.server.store().customer(CustomerId)->isListed());
        QCOMPARE(audit.entries().last().outcome, AuditEntry::Outcome::Refused);
    }

    void succeedsWhenClear()
    {
        SandboxFixture f;
        QVERIFY(f.start());
        f.addCustomer(CustomerId, {SandboxFixture::subscription(u"a"_s, u"suspended"_s)});
        QTemporaryDir dir;
        AuditLog audit(dir.filePath(u"audit.jsonl"_s));
        RemoveRelationshipWorkflow workflow(f.client.get(), &f.clock, nullptr, nullptr, &audit);
        QSignalSpy succeeded(&workflow, &RemoveRelationshipWorkflow::succeeded);
        QSignalSpy stages(&workflow, &RemoveRelationshipWorkflow::stageChanged);
        workflow.start(listed(CustomerId));
        QTRY_COMPARE(succeeded.size(), 1);
        QCOMPARE(succeeded.first().at(0).value<Customer>().id, CustomerId);
        QVERIFY(!f.server.store().customer(CustomerId)->isListed());
        QCOMPARE(stages.size(), 3); // Checking, Removing, Idle
        const QList<AuditEntry> entries = audit.entries();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).outcome, AuditEntry::Outcome::Attempted);
        QCOMPARE(entries.at(1).outcome, AuditEntry::Outcome::Succeeded);
        QCOMPARE(entries.at(1).newStatus, u"none"_s);
        QCOMPARE(entries.at(1).correlationId,
                 workflow.correlationId().toString(QUuid::WithoutBraces));
    }

    void conflictFromServerIsShown()
    {
        SandboxFixture f;
        QVERIFY(f.start());
        f.addCustomer(CustomerId, {});
        RemoveRelationshipWorkflow workflow(f.client.get(), &f.clock);
        QSignalSpy failed(&workflow, &RemoveRelationshipWorkflow::failed);
        f.server.injectError(409, u"3000"_s, u"Removal blocked by the back office"_s,
                             u"/v1/customers/"_s + CustomerId, "PATCH");
        workflow.start(listed(CustomerId));
        QTRY_COMPARE(failed.size(), 1);
        const ApiError error = failed.first().at(0).value<ApiError>();
        QCOMPARE(error.httpStatus(), 409);
        QCOMPARE(error.description(), u"Removal blocked by the back office"_s);
        QVERIFY(f.server.store().customer(CustomerId)->isListed());
    }

    void failedAnswerButRemovedOnTheServerIsASuccess()
    {
        SandboxFixture f;
        QVERIFY(f.start());
        f.addCustomer(CustomerId, {SandboxFixture::subscription(u"a"_s, u"suspended"_s)});
        RemoveRelationshipWorkflow workflow(f.client.get(), &f.clock);
        QSignalSpy succeeded(&workflow, &RemoveRelationshipWorkflow::succeeded);
        QSignalSpy failed(&workflow, &RemoveRelationshipWorkflow::failed);
        // The server applies the removal but the answer is lost in an internal error.
        f.server.injectError(500, u"InternalServerError"_s, u"Lost"_s,
                             u"/v1/customers/"_s + CustomerId, "PATCH");
        connect(&workflow, &RemoveRelationshipWorkflow::stageChanged, this,
                [&](RemoveRelationshipWorkflow::Stage stage) {
                    if (stage == RemoveRelationshipWorkflow::Stage::Removing)
                        f.server.store().setRelationship(CustomerId, u"none"_s);
                });
        workflow.start(listed(CustomerId));
        QTRY_COMPARE(succeeded.size() + failed.size(), 1);
        QCOMPARE(succeeded.size(), 1);
        QVERIFY(!succeeded.first().at(0).value<Customer>().hasRelationship());
    }

    void failedAndStillThereIsAFailure()
    {
        SandboxFixture f;
        QVERIFY(f.start());
        f.addCustomer(CustomerId, {});
        RemoveRelationshipWorkflow workflow(f.client.get(), &f.clock);
        QSignalSpy failed(&workflow, &RemoveRelationshipWorkflow::failed);
        f.server.injectError(500, u"InternalServerError"_s, u"Broken"_s,
                             u"/v1/customers/"_s + CustomerId, "PATCH");
        workflow.start(listed(CustomerId));
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(0).value<ApiError>().description(), u"Broken"_s);
        QVERIFY(f.server.store().customer(CustomerId)->isListed());
    }

    void reReadFailureMeansNoRequest()
    {
        SandboxFixture f;
        QVERIFY(f.start(u"admin"_s));
        f.addCustomer(CustomerId, {});
        RemoveRelationshipWorkflow workflow(f.client.get(), &f.clock);
        QSignalSpy failed(&workflow, &RemoveRelationshipWorkflow::failed);
        f.server.injectError(403, u"900150"_s, u"No"_s, u"/subscriptions"_s, "GET");
        workflow.start(listed(CustomerId));
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(f.server.store().customer(CustomerId)->isListed());
    }
};

QTEST_GUILESS_MAIN(tst_RemoveRelationshipWorkflow)
#include "tst_removerelationshipworkflow.moc"
