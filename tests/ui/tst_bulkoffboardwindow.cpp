// Offboarding many customers from the desktop: selecting them (Shift/Ctrl-click, Ctrl+A on the
// filtered rows) or importing a file with bad lines; the plan's groups and its export, changing
// nothing; the typed-count confirmation; the run to its report (every action with its
// correlation ID, exported, reopened from View → Offboarding reports); cancelling mid-run and
// closing while running; and, at the next start, the offer to resume an unfinished run.
#include "uitestfixture.h"

#include "core/api/systemclock.h"
#include "core/audit/auditaction.h"
#include "core/bulk/bulkcustomermodel.h"
#include "core/bulk/customerdirectory.h"
#include "core/bulk/runjournal.h"
#include "core/bulk/runjournalstore.h"
#include "core/bulk/runreportmodel.h"
#include "core/models/customerfilterproxy.h"
#include "ui/bulk/bulkconfirmdialog.h"
#include "ui/bulk/bulkoffboarding.h"
#include "ui/bulk/bulkoffboardwindow.h"
#include "ui/bulk/bulkplanpanel.h"
#include "ui/customerlistpage.h"
#include "ui/customertableview.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace {
using Phase = BulkOffboardWindow::Phase;
using CustomerResult = RunRecord::CustomerResult;

// Only suspended subscriptions; none at all; an active base with its add-on and two admin
// relationships: all removable.
const QStringList Removable{u"Žluťoučký kůň s.r.o."_s, u"Fourth Coffee s.r.o."_s,
                            u"Contoso Česko a.s."_s};
// A reservation, which only the Azure portal ends; new commerce past its window (and an admin
// relationship, which stays while the customer does): prepared, not removable.
const QStringList Blocked{u"Tailspin Reservations Ltd"_s, u"Przedsiębiorstwo Łódź sp. z o.o."_s};
const QString Unreadable = u"Graphic Design Institute a.s."_s;

std::optional<CustomerResult> resultOf(const BulkCustomerModel *model, const QString &name)
{
    for (const BulkCustomer &c : model->customers()) {
        if (c.customer.companyName == name)
            return c.result;
    }
    return std::nullopt;
}
} // namespace

class tst_BulkOffboardWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_fixture.reset(); }
    void selectsManyAndCtrlASelectsTheFilteredRows();
    void importReportsBadLinesAndRefusesABadFile();
    void plansExportsConfirmsRunsAndReports();
    void cancelMidRunLeavesEveryCustomerNamed();
    void closingWhileRunningAsks();
    void nextStartOffersToResumeAnUnfinishedRun();
    void discardingEndsTheRunAndKeepsItsJournal();

private:
    QList<Customer> customers(const QStringList &names) const;
    BulkOffboardWindow *planned(const QStringList &names);
    // Types the count into the confirmation and presses Enter.
    void confirm(BulkOffboardWindow *window, bool terminate = true);
    QString writeUnfinishedRun(const QStringList &names);
    RunJournalStore store() const { return RunJournalStore(m_fixture->connection->runsFolder()); }

    std::unique_ptr<UiTestFixture> m_fixture;
};

void tst_BulkOffboardWindow::init()
{
    m_fixture = std::make_unique<UiTestFixture>();
    QVERIFY(m_fixture->start());
    m_fixture->showWindow();
    QVERIFY(m_fixture->waitForCustomers());
}

QList<Customer> tst_BulkOffboardWindow::customers(const QStringList &names) const
{
    QList<Customer> out;
    for (const QString &name : names)
        out.append(*m_fixture->customerNamed(name));
    return out;
}

BulkOffboardWindow *tst_BulkOffboardWindow::planned(const QStringList &names)
{
    BulkOffboardWindow *window = m_fixture->window->bulkOffboarding()->offboard(customers(names));
    QAbstractItemModelTester tester(window->customerModel());
    if (!QTest::qWaitFor([window] { return window->phase() == Phase::Planned; }, 20000))
        qWarning("the plan did not finish in time");
    return window;
}

void tst_BulkOffboardWindow::confirm(BulkOffboardWindow *window, bool terminate)
{
    window->offboardButton()->click();
    BulkConfirmDialog *dialog = window->confirmDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->terminateBox()->setChecked(terminate);
    int removals = 0;
    for (const BulkCustomer &c : window->customerModel()->customers())
        removals += c.result == CustomerResult::Removed;
    QTest::keyClicks(dialog->countField(), QString::number(removals));
    QVERIFY(dialog->confirmButton()->isEnabled());
    QTest::keyClick(dialog->countField(), Qt::Key_Return);
    QCOMPARE(window->phase(), Phase::Running);
}

void tst_BulkOffboardWindow::selectsManyAndCtrlASelectsTheFilteredRows()
{
    CustomerListPage *page = m_fixture->window->customersPage();
    CustomerTableView *table = page->tableView();
    QVERIFY(!page->offboardButton()->isEnabled());
    QVERIFY(m_fixture->window->fileMenu()->actions().contains(page->offboardAction()));

    // Click, then Ctrl-click and Shift-click: three rows.
    const auto rect = [table](int row) {
        return table->visualRect(table->model()->index(row, 0)).center();
    };
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect(0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ControlModifier, rect(2));
    QCOMPARE(table->selectedCount(), 2);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ShiftModifier, rect(3));
    QCOMPARE(table->selectedCount(), 3);
    QVERIFY(page->offboardButton()->isEnabled());
    QCOMPARE(page->offboardButton()->text(), u"Off&board 3 selected…"_s);

    // Ctrl+A takes the rows the search leaves, not the whole list.
    page->setSearchText(u"s.r.o"_s);
    const int shown = table->model()->rowCount();
    QVERIFY(shown > 3 && shown < m_fixture->window->customerModel()->count());
    table->setFocus();
    QTest::keyClick(table, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(table->selectedCount(), shown);
    QCOMPARE(table->selectedCustomers().size(), shown);
    for (const Customer &c : table->selectedCustomers())
        QVERIFY(c.companyName().contains(u"s.r.o"_s));

    // Enter still opens one customer: the current one.
    const std::optional<Customer> current = table->currentCustomer();
    QVERIFY(current);
    QTest::keyClick(table, Qt::Key_Return);
    QTRY_VERIFY(m_fixture->window->customerPage()->isVisible());
    QCOMPARE(m_fixture->window->customerPage()->state()->customerId(), current->id);

    // The context menu's item plans exactly the selection.
    m_fixture->window->showCustomers();
    page->offboardAction()->trigger();
    BulkOffboardWindow *window = m_fixture->window->bulkOffboarding()->window();
    QVERIFY(window);
    QCOMPARE(window->customerModel()->rowCount(), shown);
    QVERIFY(table->actions().contains(page->offboardAction()));
    window->close();
}

void tst_BulkOffboardWindow::importReportsBadLinesAndRefusesABadFile()
{
    const QString path = m_fixture->dir.filePath(u"list.txt"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("# sold to another partner\n"
               "zlutoucky-kun.onmicrosoft.com\r\n"
               "\n"
               "fourth-coffee.onmicrosoft.com\n"
               "not a domain!\n"
               "ZLUTOUCKY-KUN.onmicrosoft.com\n"
               "nobody-here.onmicrosoft.com\n");
    file.close();
    BulkOffboarding *bulk = m_fixture->window->bulkOffboarding();
    QVERIFY(bulk->offboardFromFile(path));
    BulkOffboardWindow *window = bulk->window();
    QCOMPARE(window->customerModel()->rowCount(), 2);
    QListWidget *issues = window->planPanel()->issueList();
    QCOMPARE(issues->count(), 3);
    QVERIFY(issues->item(0)->text().startsWith(u"Line 5"_s));
    QVERIFY(issues->item(1)->text().startsWith(u"Line 6"_s));
    QVERIFY(issues->item(2)->text().startsWith(u"Line 7"_s));
    QTRY_COMPARE_WITH_TIMEOUT(window->phase(), Phase::Planned, 20000);
    window->close();

    // A file that cannot be read: a clear message, no window.
    MessageBoxes::clearShownMessages();
    QVERIFY(!bulk->offboardFromFile(m_fixture->dir.filePath(u"missing.csv"_s)));
    QCOMPARE(MessageBoxes::shownMessages().size(), 1);
    QVERIFY(
        MessageBoxes::shownMessages().constFirst().contains(u"missing.csv could not be used"_s));
}

void tst_BulkOffboardWindow::plansExportsConfirmsRunsAndReports()
{
    const QString unreadableId = m_fixture->customerNamed(Unreadable)->id;
    const QList<Customer> removable = customers(Removable);
    m_fixture->server.injectError(403, u"900150"_s, u"Your role does not allow this."_s,
                                  unreadableId + u"/subscriptions"_s);
    BulkOffboardWindow *window = planned(Removable + Blocked + QStringList{Unreadable});
    QCOMPARE(window->phase(), Phase::Planned);
    BulkCustomerModel *plan = window->customerModel();
    for (const QString &name : Removable)
        QCOMPARE(resultOf(plan, name), CustomerResult::Removed);
    for (const QString &name : Blocked)
        QCOMPARE(resultOf(plan, name), CustomerResult::PreparedNotRemovable);
    QCOMPARE(resultOf(plan, Unreadable), CustomerResult::Unreadable);
    QCOMPARE(window->summaryText(),
             u"3 customers will be removed. 2 customers will be prepared but cannot be removed "
             "yet. 1 customer could not be read. Nothing has been changed yet."_s);
    // Grouped: will be removed first, then prepared, then unreadable.
    QTableView *table = window->planPanel()->tableView();
    const auto statusAt = [table](int row) {
        return table->model()->index(row, BulkCustomerModel::StatusColumn).data().toString();
    };
    QCOMPARE(statusAt(0), u"Will be removed"_s);
    QCOMPARE(statusAt(3), u"Will be prepared, cannot be removed yet"_s);
    QCOMPARE(statusAt(4), u"Will be prepared, cannot be removed yet"_s);
    QCOMPARE(statusAt(5), u"Could not be read"_s);
    QVERIFY(!table->model()->index(3, BulkCustomerModel::ReasonColumn).data().toString().isEmpty());
    // The column is narrow: the first customer not to be removed is current, its reason in full
    // under the table.
    QCOMPARE(table->currentIndex().row(), 3);
    QVERIFY(window->planPanel()->detailsText().endsWith(
        table->model()->index(3, BulkCustomerModel::ReasonColumn).data().toString()));
    // Contoso: its base subscription to suspend (the add-on follows), two admin relationships.
    const auto contoso = std::find_if(
        plan->customers().cbegin(), plan->customers().cend(),
        [](const BulkCustomer &c) { return c.customer.companyName == Removable.at(2); });
    QCOMPARE(contoso->count(OffboardPlan::ActionKind::Suspend), 1);
    QCOMPARE(contoso->count(OffboardPlan::ActionKind::TerminateRelationship), 2);

    // The plan exported before anything changed: CSV and JSON, and no audit entry yet.
    QVERIFY(window->exportPlanTo(m_fixture->dir.filePath(u"plan.csv"_s)));
    QVERIFY(window->exportPlanTo(m_fixture->dir.filePath(u"plan.json"_s)));
    QFile csv(m_fixture->dir.filePath(u"plan.csv"_s));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readAll().count("\r\n"), 7);
    QFile json(m_fixture->dir.filePath(u"plan.json"_s));
    QVERIFY(json.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(json.readAll())[u"customers"_s].toArray().size(), 6);
    QVERIFY(!QFile::exists(m_fixture->audit()->filePath()) ||
            QFile(m_fixture->audit()->filePath()).size() == 0);

    // The count typed: the button waits for the right number; Enter before it does nothing.
    window->offboardButton()->click();
    BulkConfirmDialog *dialog = window->confirmDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->terminateBox()->isChecked());
    QVERIFY(!dialog->confirmButton()->isEnabled());
    // Łódź's suspension counts; its admin relationship does not: it stays while Łódź does.
    QVERIFY(dialog->texts().contains(u"• suspend 2 subscriptions;"_s));
    QVERIFY(dialog->texts().contains(u"• terminate 3 admin relationships;"_s));
    QVERIFY(dialog->texts().contains(
        u"• and prepare 2 more customers that cannot be removed yet (their changes are counted "
        "above)."_s));
    QTest::keyClicks(dialog->countField(), u"4"_s);
    QVERIFY(!dialog->confirmButton()->isEnabled());
    QTest::keyClick(dialog->countField(), Qt::Key_Return);
    QCOMPARE(window->phase(), Phase::Planned);
    dialog->countField()->clear();
    QTest::keyClicks(dialog->countField(), u"3"_s);
    QVERIFY(dialog->confirmButton()->isEnabled());
    QTest::keyClick(dialog->countField(), Qt::Key_Return);
    QCOMPARE(window->phase(), Phase::Running);
    QAbstractItemModelTester liveTester(window->customerModel());
    QTRY_COMPARE_WITH_TIMEOUT(window->phase(), Phase::Finished, 30000);

    // The report: every customer, every action with its correlation ID.
    RunReportModel *report = window->reportModel();
    QAbstractItemModelTester reportTester(report);
    QCOMPARE(report->rowCount(), 6);
    QCOMPARE(report->run()->count(CustomerResult::Removed), 3);
    int actions = 0;
    for (int row = 0; row < report->rowCount(); ++row) {
        const QModelIndex customer = report->index(row, 0);
        for (int a = 0; a < report->rowCount(customer); ++a, ++actions)
            QVERIFY(!report->index(a, RunReportModel::CorrelationIdColumn, customer)
                         .data()
                         .toString()
                         .isEmpty());
    }
    QVERIFY(actions >= 6); // a suspension, three removals, two terminations at least
    QVERIFY(window->summaryText().startsWith(u"3 of 6 customers removed."_s));
    for (const Customer &c : removable) {
        QCOMPARE(m_fixture->serverCustomer(c.id)->relationship, u"none"_s);
        QCOMPARE(m_fixture->window->customerModel()->rowOfCustomer(c.id), -1);
    }
    QVERIFY(window->exportReportTo(m_fixture->dir.filePath(u"report.json"_s)));
    QFile reportJson(m_fixture->dir.filePath(u"report.json"_s));
    QVERIFY(reportJson.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(reportJson.readAll())[u"removed"_s].toInt(), 3);

    // Reachable later: View → Offboarding reports lists it and opens the same report.
    const QString runId = window->runId();
    window->close();
    QMenu *reports = m_fixture->window->bulkOffboarding()->reportsMenu();
    emit reports->aboutToShow();
    QCOMPARE(reports->actions().size(), 1);
    QVERIFY(reports->actions().constFirst()->text().contains(u"3 of 6 customers removed"_s));
    reports->actions().constFirst()->trigger();
    BulkOffboardWindow *again = m_fixture->window->bulkOffboarding()->window();
    QCOMPARE(again->phase(), Phase::Finished);
    QCOMPARE(again->runId(), runId);
    QCOMPARE(again->reportModel()->rowCount(), 6);
    QVERIFY(!again->resumeButton()->isVisible());
}

void tst_BulkOffboardWindow::cancelMidRunLeavesEveryCustomerNamed()
{
    BulkOffboardWindow *window = planned(Removable);
    window->setMaxParallelism(1);
    confirm(window);
    // Cancel while the first customer is being worked on.
    QTRY_VERIFY(window->customerModel()->customers().constFirst().stage !=
                BulkCustomer::Stage::Waiting);
    // Its report asked for from the View menu meanwhile: this window, not a second one.
    QCOMPARE(m_fixture->window->bulkOffboarding()->openReport(window->runId()), window);
    window->cancelButton()->click();
    QVERIFY(!window->cancelButton()->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(window->phase(), Phase::Finished, 30000);
    const RunState &run = *window->reportModel()->run();
    QCOMPARE(run.status(), RunState::Status::Cancelled);
    QCOMPARE(run.customers().size(), 3);
    // The first ended as its work allowed; the others never started, and the report says so.
    QVERIFY(run.customers().at(0).result.has_value());
    RunReportModel *report = window->reportModel();
    for (int row = 0; row < report->rowCount(); ++row)
        QVERIFY(!report->index(row, RunReportModel::ResultColumn).data().toString().isEmpty());
    QCOMPARE(report->index(2, RunReportModel::ResultColumn).data().toString(), u"Not started"_s);
    QVERIFY(report->index(2, RunReportModel::DetailsColumn)
                .data()
                .toString()
                .contains(u"Resume the run"_s));
    QVERIFY(window->resumeButton()->isVisible());
}

void tst_BulkOffboardWindow::closingWhileRunningAsks()
{
    BulkOffboardWindow *window = planned(Removable);
    window->setMaxParallelism(1);
    confirm(window);
    QPointer<BulkOffboardWindow> guard(window);
    MessageBoxes::clearShownMessages();
    MessageBoxes::setNextAnswer(QMessageBox::No);
    window->close();
    QVERIFY(window->isVisible());
    QVERIFY(MessageBoxes::shownMessages().constLast().startsWith(u"Stop offboarding?"_s));
    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    window->close();
    QVERIFY(window->job()->isCancelled());
    const QString runId = window->runId();
    QTRY_VERIFY_WITH_TIMEOUT(!guard, 30000);
    const std::optional<RunState> run = store().run(runId);
    QVERIFY(run);
    QCOMPARE(run->status(), RunState::Status::Cancelled);
}

QString tst_BulkOffboardWindow::writeUnfinishedRun(const QStringList &names)
{
    QList<RunCustomer> list;
    RunOptions options;
    for (const Customer &c : customers(names)) {
        list.append(CustomerDirectory::runCustomer(c));
        options.confirmedIds.append(c.id);
    }
    options.confirmCount = int(list.size());
    const QString runId = RunJournalStore::newRunId(QDateTime::currentDateTimeUtc());
    RunJournal journal(SystemClock::instance());
    if (!journal.create(store().pathOf(runId), RunRecord::runStarted(runId, list, options)))
        return {};
    // The app stopped after sending the first customer's removal, before its answer: the
    // server made it.
    const QString removal = AuditAction::name(AuditAction::RemoveRelationship);
    journal.append(RunRecord::attempted(list.constFirst().customerId, removal, {}, {},
                                        QUuid::createUuid().toString(QUuid::WithoutBraces)));
    m_fixture->serverCustomer(list.constFirst().customerId)->relationship = u"none"_s;
    return runId;
}

void tst_BulkOffboardWindow::nextStartOffersToResumeAnUnfinishedRun()
{
    const QString runId = writeUnfinishedRun(Removable.mid(0, 2));
    QVERIFY(!runId.isEmpty());

    // The next start: once the customer list is there, the offer; Resume continues the run.
    m_fixture->window.reset();
    MessageBoxes::clearShownMessages();
    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    m_fixture->showWindow();
    QVERIFY(m_fixture->waitForCustomers());
    QTRY_VERIFY(m_fixture->window->bulkOffboarding()->window());
    QVERIFY(MessageBoxes::shownMessages().constFirst().startsWith(u"Resume offboarding?\n"_s));
    QVERIFY(
        MessageBoxes::shownMessages().constFirst().contains(u"0 of 2 customers removed, 2 left"_s));
    BulkOffboardWindow *window = m_fixture->window->bulkOffboarding()->window();
    QCOMPARE(window->runId(), runId);
    QTRY_COMPARE_WITH_TIMEOUT(window->phase(), Phase::Finished, 30000);
    const RunState &run = *window->reportModel()->run();
    QCOMPARE(run.status(), RunState::Status::Completed);
    QCOMPARE(run.resumeCount(), 1);
    QCOMPARE(run.count(CustomerResult::Removed), 2);
    // The removal that took effect was read back, not sent again.
    const RunCustomerState &first = run.customers().constFirst();
    QCOMPARE(first.actions.size(), 1);
    QCOMPARE(first.actions.constFirst().status, RunActionState::Status::VerifiedAfterLostAnswer);

    // Finished: the start after offers nothing.
    m_fixture->window.reset();
    MessageBoxes::clearShownMessages();
    m_fixture->showWindow();
    QVERIFY(m_fixture->waitForCustomers());
    QVERIFY(!m_fixture->window->bulkOffboarding()->window());
    QVERIFY(MessageBoxes::shownMessages().isEmpty());
}

void tst_BulkOffboardWindow::discardingEndsTheRunAndKeepsItsJournal()
{
    const QString runId = writeUnfinishedRun(Removable.mid(0, 2));
    const QByteArray audit = [this] {
        QFile file(m_fixture->audit()->filePath());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    m_fixture->window.reset();
    MessageBoxes::clearShownMessages();
    MessageBoxes::setNextAnswer(QMessageBox::Discard);
    m_fixture->showWindow();
    QVERIFY(m_fixture->waitForCustomers());
    QTRY_COMPARE(MessageBoxes::shownMessages().size(), 1);
    QVERIFY(!m_fixture->window->bulkOffboarding()->window());
    const std::optional<RunState> run = store().run(runId);
    QVERIFY(run);
    QCOMPARE(run->status(), RunState::Status::Cancelled);
    QCOMPARE(run->customers().constFirst().actions.size(), 1);
    QVERIFY(!store().unfinishedRun());
    QFile file(m_fixture->audit()->filePath());
    QCOMPARE(file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray(), audit);
}

QTEST_MAIN(tst_BulkOffboardWindow)
#include "tst_bulkoffboardwindow.moc"
