// The Account page's admin relationships (GDAP) against the sandbox's Graph: the section lists a
// customer's relationships (its model under QAbstractItemModelTester), terminates one or all
// after a confirmation that names them and their count, and follows the status Graph reports on
// the manual clock; read failures (a 429, a missing permission) are shown with what to do; in the
// window wired as main() wires it, the Account page shows them and the readiness checklist
// recommends terminating them without gating the removal.
#include "sandboxfixture.h"
#include "uitestfixture.h"

#include "core/audit/auditlog.h"
#include "core/models/adminrelationshipmodel.h"
#include "ui/accountpage.h"
#include "ui/adminrelationshipssection.h"
#include "ui/adminrelationshiptableview.h"
#include "ui/blockerchecklist.h"
#include "ui/recommendedsteps.h"
#include "ui/removalpanel.h"

#include <QAbstractItemModelTester>
#include <QPushButton>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {
const QString Tenant = u"7e1d3c5b-2a4f-4e6d-9b8c-0a1b2c3d4e5f"_s;
const QString Helpdesk = u"b0b0b0b0-0000-4000-8000-000000000001-"_s + Tenant;
const QString Workloads = u"b0b0b0b0-0000-4000-8000-000000000002-"_s + Tenant;
const QString Expired = u"b0b0b0b0-0000-4000-8000-000000000003-"_s + Tenant;
const QString HelpdeskRole = u"729827e3-9c14-49f7-bb1b-9608f156bbb8"_s;
const QString UserAdminRole = u"fe930be7-5e62-47db-91af-98c3a49a38b1"_s;

// The section on its own, on a customer with two active relationships and an expired one.
struct SectionFixture
{
    LanguageManager languages; // English plural forms
    SandboxFixture sandbox;
    QTemporaryDir dir;
    AuditLog audit{dir.filePath(u"audit.jsonl"_s)};
    std::shared_ptr<CustomerState> state;
    std::unique_ptr<AdminRelationshipsSection> section;

    bool start(const QString &user = u"admin"_s)
    {
        MessageBoxes::setNonInteractive(true);
        MessageBoxes::clearShownMessages();
        languages.setLanguage(u"en"_s);
        if (!sandbox.start(user))
            return false;
        SandboxCustomer &c = sandbox.addCustomer(Tenant, {});
        c.tenantId = Tenant;
        c.companyName = u"Lesní školka s.r.o."_s;
        const QDateTime now = sandbox.clock.now();
        const auto relationship = [&](const QString &id, const QString &name,
                                      const QStringList &roles, int endsInDays) {
            SandboxAdminRelationship r;
            r.id = id;
            r.displayName = name;
            r.roleDefinitionIds = roles;
            r.createdDateTime = now.addDays(-200);
            r.activatedDateTime = now.addDays(-199);
            r.endDateTime = now.addDays(endsInDays);
            return r;
        };
        SandboxAdminRelationship expired =
            relationship(Expired, u"2024 migration"_s, {UserAdminRole}, -3);
        expired.status = u"expired"_s;
        c.adminRelationships = {
            relationship(Helpdesk, u"Helpdesk"_s, {HelpdeskRole}, 500),
            relationship(Workloads, u"Workloads"_s, {HelpdeskRole, UserAdminRole}, 300), expired};
        sandbox.server.notifyStoreChanged();

        AppContext context;
        context.client = sandbox.client.get();
        context.graph = sandbox.graph.get();
        context.clock = &sandbox.clock;
        context.audit = &audit;
        section = std::make_unique<AdminRelationshipsSection>(context);
        section->resize(900, 500);
        section->show();
        Customer listed;
        listed.id = Tenant;
        state = CustomerState::create(sandbox.client.get(), &sandbox.clock, listed);
        state->setGraph(sandbox.graph.get());
        section->setState(state);
        return true;
    }

    bool read()
    {
        state->refresh();
        return QTest::qWaitFor([this] { return !state->isLoading(); }, 10000);
    }

    QString serverStatus(const QString &id)
    {
        for (const SandboxAdminRelationship &r :
             sandbox.server.store().customer(Tenant)->adminRelationships) {
            if (r.id == id)
                return r.terminationRequestedDateTime.isValid() ? u"ending"_s : r.status;
        }
        return {};
    }

    QString shownStatus(const QString &id) const
    {
        const AdminRelationshipModel *model = section->model();
        const int row = model->rowOf(id);
        return model->index(row, AdminRelationshipModel::StatusColumn).data().toString();
    }

    int terminateRequests()
    {
        int n = 0;
        for (const RecordedRequest &r : sandbox.server.recentRequests())
            n += r.method == "POST" && r.path.endsWith(u"/requests"_s);
        return n;
    }
};
} // namespace

class tst_AdminRelationships : public QObject
{
    Q_OBJECT

private slots:
    void listsTheRelationships();
    void terminatesOneAfterConfirmingAndFollowsTheStatus();
    void terminateAllNamesEachAndTheCount();
    void throttledReadSaysSoAndRetries();
    void missingPermissionIsExplained();
    void withoutGraphSaysSo();
    void accountPageShowsThemAndRecommendsTerminating();
};

void tst_AdminRelationships::listsTheRelationships()
{
    SectionFixture f;
    QVERIFY(f.start());
    QAbstractItemModelTester tester(f.section->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(f.section->statusText().contains(u"Reading"_s));
    QVERIFY(f.read());
    AdminRelationshipModel *model = f.section->model();
    QCOMPARE(model->rowCount(), 3);
    const int row = model->rowOf(Workloads);
    QCOMPARE(model->index(row, AdminRelationshipModel::NameColumn).data().toString(),
             u"Workloads"_s);
    QCOMPARE(f.shownStatus(Workloads), u"Active"_s);
    QCOMPARE(f.shownStatus(Expired), u"Expired"_s);
    // A tone for the status only, as the other tables give it.
    QCOMPARE(model->index(row, AdminRelationshipModel::StatusColumn)
                 .data(AdminRelationshipModel::ToneRole)
                 .toInt(),
             int(StateTableModel::Tone::Positive));
    QVERIFY(!model->index(row, AdminRelationshipModel::NameColumn)
                 .data(AdminRelationshipModel::ToneRole)
                 .isValid());
    // Roles by name, the end date in the locale's format with a four-digit year.
    QCOMPARE(model->index(row, AdminRelationshipModel::RolesColumn).data().toString(),
             u"Helpdesk Administrator and User Administrator"_s);
    const QString end = model->index(row, AdminRelationshipModel::EndColumn).data().toString();
    QVERIFY2(end.contains(QString::number(f.sandbox.clock.now().addDays(300).date().year())),
             qPrintable(end));
    QCOMPARE(model->index(row, AdminRelationshipModel::EndColumn)
                 .data(AdminRelationshipModel::SortRole)
                 .toDateTime()
                 .date(),
             f.sandbox.clock.now().addDays(300).date());
    QVERIFY2(f.section->statusText().startsWith(u"2 active admin relationships"_s),
             qPrintable(f.section->statusText()));
    QVERIFY(f.section->delegatedAccessText().contains(u"DAP"_s));
    QVERIFY(f.section->table()->isVisible());
    // No row of this table sits under another: none has the mark of one.
    const QAbstractItemModel *shown = f.section->table()->model();
    for (int r = 0; r < shown->rowCount(); ++r)
        QVERIFY(
            shown->index(r, AdminRelationshipModel::NameColumn).data(Qt::DecorationRole).isNull());

    // Terminate… follows the selection: only an active one, and the reason otherwise.
    QVERIFY(!f.section->terminateButton()->isEnabled());
    QVERIFY(f.section->table()->selectRelationship(Expired));
    QVERIFY(!f.section->terminateButton()->isEnabled());
    QVERIFY(f.section->terminateButton()->accessibleDescription().contains(u"Expired"_s));
    QVERIFY(f.section->table()->selectRelationship(Helpdesk));
    QVERIFY(f.section->terminateButton()->isEnabled());
    QVERIFY(f.section->terminateAllButton()->isEnabled());

    // Read again with the same rows: updated in place, the selection kept.
    QVERIFY(f.read());
    QCOMPARE(f.section->table()->currentRelationship()->id, Helpdesk);
}

void tst_AdminRelationships::terminatesOneAfterConfirmingAndFollowsTheStatus()
{
    SectionFixture f;
    QVERIFY(f.start());
    QVERIFY(f.read());
    QVERIFY(f.section->table()->selectRelationship(Workloads));

    // Cancelled: nothing is sent.
    MessageBoxes::setNextAnswer(QMessageBox::Cancel);
    f.section->terminateButton()->click();
    QCOMPARE(MessageBoxes::shownMessages().size(), 1);
    const QString question = MessageBoxes::shownMessages().constFirst();
    QVERIFY2(question.contains(u"“Workloads”"_s), qPrintable(question));
    QVERIFY2(question.contains(u"Lesní školka s.r.o."_s) || question.contains(Tenant),
             qPrintable(question));
    QVERIFY2(question.contains(u"Helpdesk Administrator and User Administrator"_s),
             qPrintable(question));
    QVERIFY2(question.contains(u"cannot be undone"_s), qPrintable(question));
    QCOMPARE(f.terminateRequests(), 0);

    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    f.section->terminateButton()->click();
    QTRY_VERIFY2(f.section->outcomeText().startsWith(u"✓ Termination requested for 1 admin "
                                                     "relationship"_s),
                 qPrintable(f.section->outcomeText()));
    QCOMPARE(f.terminateRequests(), 1);
    QCOMPARE(f.serverStatus(Workloads), u"ending"_s);
    QCOMPARE(f.serverStatus(Helpdesk), u"active"_s);
    QCOMPARE(f.shownStatus(Workloads), u"Termination requested"_s);
    QVERIFY(!f.section->terminateButton()->isEnabled());
    QVERIFY(f.section->statusText().startsWith(u"1 active admin relationship "_s));

    // Audited: the attempt and its outcome.
    const QList<AuditEntry> entries = f.audit.entries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.constLast().action, u"terminateAdminRelationship"_s);
    QCOMPARE(entries.constLast().outcome, AuditEntry::Outcome::Succeeded);

    // Graph moves on over minutes; the section reads again until it has ended.
    QVERIFY(f.sandbox.advanceUntil([&] { return f.shownStatus(Workloads) == u"Terminating"_s; }));
    QVERIFY(
        f.sandbox.advanceUntil([&] { return f.shownStatus(Workloads) == u"Terminated"_s; }, 800));
    QCOMPARE(f.terminateRequests(), 1);
    // Nothing is ending any more: no further reads.
    const int reads = int(f.sandbox.server.recentRequests().size());
    f.sandbox.advance(10min);
    QTest::qWait(20);
    QCOMPARE(int(f.sandbox.server.recentRequests().size()), reads);
}

void tst_AdminRelationships::terminateAllNamesEachAndTheCount()
{
    SectionFixture f;
    QVERIFY(f.start());
    QVERIFY(f.read());
    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    f.section->terminateAllButton()->click();
    const QString question = MessageBoxes::shownMessages().value(0);
    QVERIFY2(question.startsWith(u"Terminate all admin relationships\nTerminate 2 admin "
                                 "relationships with"_s),
             qPrintable(question));
    // Each named with the roles the partner loses.
    QVERIFY2(
        question.contains(
            u"• Helpdesk (Helpdesk Administrator)\n• Workloads (Helpdesk Administrator and User Administrator)"_s),
        qPrintable(question));
    QVERIFY(!question.contains(u"2024 migration"_s));
    QTRY_VERIFY2(f.section->outcomeText().startsWith(u"✓ Termination requested for 2"_s),
                 qPrintable(f.section->outcomeText()));
    QCOMPARE(f.terminateRequests(), 2);
    QCOMPARE(f.serverStatus(Helpdesk), u"ending"_s);
    QCOMPARE(f.serverStatus(Workloads), u"ending"_s);
    QVERIFY(!f.section->terminateAllButton()->isEnabled());
    // Ending, not ended: the section does not say that none gives access any more.
    QVERIFY2(f.section->statusText().startsWith(u"2 admin relationships being terminated"_s),
             qPrintable(f.section->statusText()));
    QVERIFY(f.sandbox.advanceUntil(
        [&] { return f.section->statusText().startsWith(u"No admin relationship is active"_s); },
        800));
}

void tst_AdminRelationships::throttledReadSaysSoAndRetries()
{
    SectionFixture f;
    QVERIFY(f.start());
    FaultOptions faults = f.sandbox.server.faults();
    faults.retryAfterSeconds = 1;
    f.sandbox.server.setFaults(faults);
    f.sandbox.server.failNext(SandboxServer::Fault::Throttle, 50, u"delegatedAdminRelationships"_s);
    f.state->refresh();
    QVERIFY(f.sandbox.advanceUntil([&] { return !f.state->isLoading(); }, 2000));
    QVERIFY2(f.section->statusText().contains(u"Microsoft Graph is busy"_s),
             qPrintable(f.section->statusText()));
    QVERIFY(f.section->statusText().startsWith(u"The admin relationships could not be read"_s));
    QVERIFY(f.section->retryButton()->isVisible());
    QVERIFY(!f.section->table()->isVisible());
    QVERIFY(!f.section->terminateAllButton()->isEnabled());

    f.sandbox.server.clearQueuedFaults();
    f.section->retryButton()->click();
    QTRY_COMPARE(f.section->model()->rowCount(), 3);
    QVERIFY(!f.section->retryButton()->isVisible());
    QVERIFY(f.section->table()->isVisible());
}

void tst_AdminRelationships::missingPermissionIsExplained()
{
    // Reading refused: what to add to the app registration, not a crash.
    SectionFixture f;
    QVERIFY(f.start());
    f.sandbox.server.injectError(403, u"Authorization_RequestDenied"_s,
                                 u"Insufficient privileges to complete the operation."_s,
                                 u"delegatedAdminRelationships"_s);
    QVERIFY(f.read());
    QVERIFY2(f.section->statusText().contains(u"DelegatedAdminRelationship.ReadWrite.All"_s),
             qPrintable(f.section->statusText()));
    QVERIFY(f.section->statusText().contains(u"Insufficient privileges"_s));

    // Terminating refused for a user whose role may read only: said per relationship.
    SectionFixture sales;
    QVERIFY(sales.start(u"sales"_s));
    QVERIFY(sales.read());
    QVERIFY(sales.section->table()->selectRelationship(Helpdesk));
    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    sales.section->terminateButton()->click();
    QTRY_VERIFY2(sales.section->outcomeText().startsWith(u"✗ “Helpdesk” was not terminated."_s),
                 qPrintable(sales.section->outcomeText()));
    QVERIFY(sales.section->outcomeText().contains(u"DelegatedAdminRelationship.ReadWrite.All"_s));
    QCOMPARE(sales.serverStatus(Helpdesk), u"active"_s);
    QCOMPARE(sales.shownStatus(Helpdesk), u"Active"_s);
    QCOMPARE(sales.audit.entries().constLast().outcome, AuditEntry::Outcome::Failed);
}

void tst_AdminRelationships::withoutGraphSaysSo()
{
    SectionFixture f;
    QVERIFY(f.start());
    f.state->setGraph(nullptr);
    QVERIFY(f.read());
    QVERIFY2(f.section->statusText().contains(u"not connected to Microsoft Graph"_s),
             qPrintable(f.section->statusText()));
    QVERIFY(!f.section->terminateAllButton()->isEnabled());
    QCOMPARE(f.section->model()->rowCount(), 0);
}

void tst_AdminRelationships::accountPageShowsThemAndRecommendsTerminating()
{
    UiTestFixture fixture;
    QVERIFY(fixture.start());
    fixture.showWindow();
    QVERIFY(fixture.waitForCustomers());
    // A customer nothing blocks, with an active admin relationship: recommended, not gating.
    const Customer customer = fixture.customerNamed(u"Žluťoučký kůň s.r.o."_s).value();
    SandboxAdminRelationship r;
    r.id = u"c0c0c0c0-0000-4000-8000-000000000001-"_s + customer.id;
    r.displayName = u"Kůň helpdesk"_s;
    r.roleDefinitionIds = {HelpdeskRole};
    r.endDateTime = QDateTime::currentDateTimeUtc().addDays(100);
    fixture.serverCustomer(customer.id)->adminRelationships = {r};
    fixture.server.notifyStoreChanged();

    CustomerPage *page = fixture.openCustomer(customer.companyName());
    QVERIFY(page);
    page->showAccount();
    AdminRelationshipsSection *section = page->accountPage()->adminRelationships();
    QTRY_COMPARE(section->model()->rowCount(), 1);
    QCOMPARE(section->model()->index(0, AdminRelationshipModel::RolesColumn).data().toString(),
             u"Helpdesk Administrator"_s);
    RemovalPanel *panel = page->accountPage()->removalPanel();
    QTRY_VERIFY(panel->removeButton()->isEnabled());
    RecommendedSteps *recommended = panel->recommended();
    QVERIFY(recommended->isVisible());
    QVERIFY(recommended->titleText().startsWith(u"Recommended"_s));
    QVERIFY(recommended->terminateButton()->accessibleName().contains(u"Terminate all"_s));
    QVERIFY(panel->checklist()->rowCount() == 0 || !panel->checklist()->isVisible());

    // Its action goes to the section's Terminate all…, confirmed first.
    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    recommended->terminateButton()->click();
    QVERIFY(MessageBoxes::shownMessages().constLast().contains(u"Kůň helpdesk"_s));
    QTRY_VERIFY(!fixture.serverCustomer(customer.id)
                     ->adminRelationships.first()
                     .terminationRequestedDateTime.isNull());
    QTRY_VERIFY(!recommended->isVisible());
    QVERIFY(panel->removeButton()->isEnabled());
}

QTEST_MAIN(tst_AdminRelationships)
#include "tst_adminrelationships.moc"
