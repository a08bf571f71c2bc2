// The parts and jobs of a complete offboarding against the sandbox: the admin relationships and
// each Azure plan's Azure subscriptions read with the rest of the customer's state; terminating
// an admin relationship on the Job base (audited, the status Graph reports read back, a lost
// answer settled by the re-read and never sent twice, one that is not active refused without a
// request); turning auto-renew off the same way.
#include "core/audit/auditlog.h"
#include "core/job/autorenewjob.h"
#include "core/job/terminateadminrelationshipsjob.h"
#include "sandboxfixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString Tenant = u"3c5e7a9b-1d2f-4a6c-8e0b-2d4f6a8c0e1f"_s;
const QString Active = u"a1a1a1a1-0000-4000-8000-000000000001-"_s + Tenant;
const QString Ended = u"a1a1a1a1-0000-4000-8000-000000000002-"_s + Tenant;
const QString Nce = u"nce"_s;
const QString Plan = u"plan"_s;

void addCustomer(SandboxFixture &f)
{
    const QDateTime now = f.clock.now();
    SandboxSubscription plan = SubscriptionBuilder(Plan).named(u"Azure plan"_s);
    plan.productTypeId = u"Azure"_s;
    plan.azureEntitlements = {{u"az-prod"_s, u"Production"_s, u"active"_s},
                              {u"az-old"_s, u"Old tests"_s, u"disabled"_s}};
    SandboxCustomer c = f.addCustomer(
        Tenant, {SubscriptionBuilder(Nce).newCommerce(now.addDays(-3), now.addDays(20)), plan});
    c.tenantId = Tenant;
    SandboxAdminRelationship active;
    active.id = Active;
    active.displayName = u"Contoso support"_s;
    active.roleDefinitionIds = {u"729827e3-9c14-49f7-bb1b-9608f156bbb8"_s};
    active.createdDateTime = now.addDays(-100);
    active.activatedDateTime = now.addDays(-99);
    active.endDateTime = now.addDays(600);
    SandboxAdminRelationship ended = active;
    ended.id = Ended;
    ended.displayName = u"Old project"_s;
    ended.status = u"expired"_s;
    ended.endDateTime = now.addDays(-1);
    c.adminRelationships = {active, ended};
    f.server.store().putCustomer(c);
    f.server.notifyStoreChanged();
}

std::shared_ptr<CustomerState> loadWithGraph(SandboxFixture &f)
{
    Customer listed;
    listed.id = Tenant;
    auto state = CustomerState::create(f.client.get(), &f.clock, listed);
    state->setGraph(f.graph.get());
    state->refresh();
    if (!QTest::qWaitFor([&] { return !state->isLoading(); }, 10000) ||
        state->loadState() != CustomerState::LoadState::Loaded)
        return nullptr;
    return state;
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

QString statusOf(const CustomerState &state, const QString &id)
{
    const AdminRelationship *r = state.adminRelationship(id);
    return r ? r->status : QString();
}
} // namespace

class tst_AdminRelationshipJobs : public QObject
{
    Q_OBJECT

private slots:
    void readWithTheRestOfTheState()
    {
        SandboxFixture f;
        QVERIFY(f.start());
        addCustomer(f);
        auto state = loadWithGraph(f);
        QVERIFY(state);
        QCOMPARE(state->loadState(CustomerState::Part::AdminRelationships),
                 CustomerState::LoadState::Loaded);
        QCOMPARE(state->adminRelationships().size(), 2);
        QCOMPARE(statusOf(*state, Active), u"active"_s);
        QCOMPARE(statusOf(*state, Ended), u"expired"_s);
        QCOMPARE(state->activeAdminRelationships().size(), 1);
        QCOMPARE(state->activeAdminRelationships().first().roleNames(),
                 QStringList{u"Helpdesk Administrator"_s});
        // The Azure plan's Azure subscriptions, read after the subscriptions named the plan.
        const QList<AzureEntitlement> azure = state->azureEntitlements().value(Plan);
        QCOMPARE(azure.size(), 2);
        QVERIFY(azure.first().isActive());
        QVERIFY(!azure.last().isActive());
    }

    void aMissingGraphPermissionFailsOnlyItsPart()
    {
        SandboxFixture f;
        QVERIFY(f.start());
        addCustomer(f);
        f.server.injectError(403, u"Authorization_RequestDenied"_s,
                             u"Insufficient privileges to complete the operation."_s,
                             u"delegatedAdminRelationships"_s);
        Customer listed;
        listed.id = Tenant;
        auto state = CustomerState::create(f.client.get(), &f.clock, listed);
        state->setGraph(f.graph.get());
        state->refresh();
        QTRY_VERIFY(!state->isLoading());
        QCOMPARE(state->loadState(CustomerState::Part::AdminRelationships),
                 CustomerState::LoadState::Failed);
        QVERIFY(state->error(CustomerState::Part::AdminRelationships).isForbidden());
        // The rest is there, and the readiness does not depend on Graph.
        QCOMPARE(state->loadState(CustomerState::Part::Subscriptions),
                 CustomerState::LoadState::Loaded);
        QVERIFY(!state->blockers().contains(RemovalBlocker::loadFailed()));
    }

    void terminateReportsTheStatusGraphReports()
    {
        SandboxFixture f;
        QVERIFY(f.start());
        addCustomer(f);
        auto state = loadWithGraph(f);
        QVERIFY(state);
        QTemporaryDir dir;
        AuditLog audit(dir.filePath(u"audit.jsonl"_s));
        TerminateAdminRelationshipsJob job(state, &audit, state->adminRelationships());
        QSignalSpy finished(&job, &Job::finished);
        f.server.clearRecentRequests();
        job.start();
        QTRY_COMPARE(finished.size(), 1);

        // The active one terminated, read back; the expired one refused without a request.
        const QList<JobItem> items = job.result().items;
        QCOMPARE(items.size(), 2);
        QVERIFY(items.at(0).succeeded());
        QCOMPARE(items.at(0).id, Active);
        QCOMPARE(items.at(1).outcome, JobItem::Outcome::Refused);
        QCOMPARE(countRequests(f, "POST", u"/requests"_s), 1);
        QCOMPARE(countRequests(f, "GET", u"delegatedAdminRelationships"_s), 1);
        QCOMPARE(statusOf(*state, Active), u"terminationRequested"_s);

        // Graph moves it on by itself; a re-read shows where it is.
        f.advance(std::chrono::minutes(10));
        bool read = false;
        state->refresh(CustomerState::Part::AdminRelationships, this,
                       [&read](const ApiError &) { read = true; });
        QTRY_VERIFY(read);
        QCOMPARE(statusOf(*state, Active), u"terminated"_s);
        QVERIFY(state->activeAdminRelationships().isEmpty());

        const QList<AuditEntry> entries = audit.entries();
        QCOMPARE(entries.size(), 3); // attempted and succeeded, refused
        QCOMPARE(entries.at(0).action, u"terminateAdminRelationship"_s);
        QCOMPARE(entries.at(0).outcome, AuditEntry::Outcome::Attempted);
        QCOMPARE(entries.at(1).outcome, AuditEntry::Outcome::Succeeded);
        QCOMPARE(entries.at(1).itemId, Active);
        QCOMPARE(entries.at(2).outcome, AuditEntry::Outcome::Refused);
        QCOMPARE(entries.at(2).itemId, Ended);
    }

    void aLostAnswerIsReadBackAndNotSentAgain()
    {
        SandboxFixture f;
        QVERIFY(f.start());
        addCustomer(f);
        auto state = loadWithGraph(f);
        QVERIFY(state);
        f.server.failNext(SandboxServer::Fault::LoseAnswer, 1, u"/requests"_s, "POST");
        TerminateAdminRelationshipsJob job(state, nullptr, {*state->adminRelationship(Active)});
        QSignalSpy finished(&job, &Job::finished);
        f.server.clearRecentRequests();
        job.start();
        QVERIFY(f.advanceUntil([&] { return finished.size() == 1; }));
        const JobItem item = job.result().items.value(0);
        QVERIFY(item.succeeded());
        QVERIFY(item.answerLost);
        QCOMPARE(countRequests(f, "POST", u"/requests"_s), 1);
        QVERIFY(state->adminRelationship(Active)->isEnding() ||
                state->adminRelationship(Active)->isEnded());
    }

    void autoRenewOffPastTheWindow()
    {
        SandboxFixture f;
        QVERIFY(f.start());
        addCustomer(f);
        auto state = loadWithGraph(f);
        QVERIFY(state);
        QVERIFY(state->subscription(Nce)->autoRenewEnabled);
        QTemporaryDir dir;
        AuditLog audit(dir.filePath(u"audit.jsonl"_s));
        f.server.failNext(SandboxServer::Fault::LoseAnswer, 1, u"/subscriptions/"_s + Nce, "PATCH");
        AutoRenewJob job(state, &audit, *state->subscription(Nce), false);
        QSignalSpy finished(&job, &Job::finished);
        f.server.clearRecentRequests();
        job.start();
        QVERIFY(f.advanceUntil([&] { return finished.size() == 1; }));
        const JobItem item = job.result().items.value(0);
        QVERIFY(item.succeeded());
        QVERIFY(item.answerLost);
        QCOMPARE(countRequests(f, "PATCH", Nce), 1);
        QVERIFY(!state->subscription(Nce)->autoRenewEnabled);
        const QList<AuditEntry> entries = audit.entries();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(1).action, u"setAutoRenew"_s);
        QCOMPARE(entries.at(1).outcome, AuditEntry::Outcome::Succeeded);
        QCOMPARE(entries.at(1).newStatus, u"off"_s);
    }
};

QTEST_GUILESS_MAIN(tst_AdminRelationshipJobs)
#include "tst_adminrelationshipjobs.moc"
