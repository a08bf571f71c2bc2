#include "bulkoffboardcommand.h"

#include "cli/console.h"
#include "connection/appconnection.h"
#include "core/api/clock.h"
#include "core/bulk/bulkoffboardjob.h"
#include "core/bulk/bulkreport.h"
#include "core/bulk/customerlistimport.h"
#include "core/models/customerresolver.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace {
using CustomerResult = RunRecord::CustomerResult;

int plannedRemovals(const QList<BulkCustomer> &customers)
{
    return int(std::count_if(customers.cbegin(), customers.cend(), [](const BulkCustomer &c) {
        return !c.fromJournal && c.result == CustomerResult::Removed;
    }));
}

QString label(const RunCustomer &c)
{
    return c.domain.isEmpty() ? c.companyName : u"%1 (%2)"_s.arg(c.companyName, c.domain);
}
} // namespace

BulkOffboardCommand::BulkOffboardCommand(const CliOptions &options, AppConnection *connection,
                                         QObject *parent)
    : CliCommand(options, connection, parent)
    , m_store(RunJournalStore::folderIn(AppConnection::dataDirectory()))
    , m_journal(connection->clock())
{
}

BulkOffboardJob *BulkOffboardCommand::newJob()
{
    auto *job = new BulkOffboardJob(
        client(), clock(), audit(), [this](const Customer &c) { return stateOf(c); }, this);
    if (m_resume)
        job->setResume(*m_resume);
    else
        job->setCustomers(m_customers, {options().keepAdminRelationships, options().confirmCount});
    return job;
}

void BulkOffboardCommand::start()
{
    if (!options().resumeRun.isEmpty()) {
        m_resume = m_store.run(options().resumeRun);
        if (!m_resume) {
            failWith(tr("There is no run \"%1\" in %2.").arg(options().resumeRun, m_store.folder()),
                     Usage);
        } else if (m_resume->isFinished()) {
            failWith(tr("The run \"%1\" has finished; there is nothing to resume.")
                         .arg(options().resumeRun),
                     Usage);
        } else {
            m_runId = m_resume->runId();
            m_listed = int(m_resume->customers().size());
            plan();
        }
        return;
    }
    const CustomerListImport list = CustomerListImport::fromFile(options().fromFile);
    if (!list.error().isEmpty()) {
        failWith(list.error(), Usage);
        return;
    }
    auto *resolver = new CustomerResolver(client(), this);
    resolver->resolveList(list, [this, list](const ImportResolution &r, const ApiError &error) {
        if (error.isError()) {
            fail(error);
            return;
        }
        // Every listed customer counts for the exit status: one the list could not name is not
        // removed. A line naming a customer twice is not another customer.
        m_customers = r.customers;
        m_listed = int(m_customers.size());
        for (const ImportIssue &issue : r.issues) {
            Console::errLine(issue.message());
            if (issue.kind == ImportIssue::Kind::Malformed ||
                issue.kind == ImportIssue::Kind::Unknown)
                ++m_listed;
        }
        if (m_customers.isEmpty()) {
            failWith(tr("The list names no customer of yours."));
            return;
        }
        plan();
    });
}

void BulkOffboardCommand::plan()
{
    Console::errLine(tr("Reading %n customer(s)…", "",
                        int(m_resume ? m_resume->remaining().size() : m_customers.size())));
    m_job = newJob();
    m_job->setMode(BulkOffboardJob::Mode::Plan);
    connect(m_job, &Job::finished, this, [this] { planned(); });
    m_job->start();
}

void BulkOffboardCommand::printPlan() const
{
    const QList<BulkCustomer> &customers = m_job->customers();
    if (options().format != OutputFormatter::Format::Table) {
        Console::out(
            options().format == OutputFormatter::Format::Json
                ? QString::fromUtf8(QJsonDocument(BulkReport::planJson(customers))
                                        .toJson(QJsonDocument::Indented))
                : QString::fromUtf8(BulkReport::csv(BulkReport::planRows(customers)).mid(3)));
        return;
    }
    const QList<OutputFormatter::Column> columns = {
        {u"customer"_s, tr("Customer")},
        {u"planned"_s, tr("Plan")},
        {u"actions"_s, tr("Changes here")},
        {u"reason"_s, tr("Why not removable / error")},
    };
    QList<OutputFormatter::Row> rows;
    for (const BulkCustomer &c : customers) {
        const QString planned =
            c.fromJournal ? tr("Done in this run: %1").arg(BulkReport::resultText(*c.result))
            : c.result    ? BulkReport::plannedText(*c.result)
                          : BulkReport::notStartedText();
        const QString reason = c.until.isValid()
                                   ? tr("%1 (until %2)")
                                         .arg(c.reason, QLocale().toString(c.until.toLocalTime(),
                                                                           QLocale::ShortFormat))
                                   : c.reason;
        rows.append({{label(c.customer), {}},
                     {planned, {}},
                     {QString::number(c.plan.actions().size()), {}},
                     {reason, {}}});
    }
    printList(columns, rows);
}

void BulkOffboardCommand::planned()
{
    printPlan();
    const int removals = plannedRemovals(m_job->customers());
    const int all = int(m_job->customers().size());
    Console::errLine(tr("%n customer(s) will be removed", "", removals) + u"; "_s +
                     tr("%n will be prepared but cannot be removed yet", "",
                        m_job->count(CustomerResult::PreparedNotRemovable)) +
                     u"; "_s +
                     tr("%n could not be read.", "", m_job->count(CustomerResult::Unreadable)));
    if (options().dryRun || options().confirmCount < 0) {
        if (!options().dryRun) {
            Console::errLine(tr("Nothing was changed. To offboard them, run again with "
                                "--confirm-count %1.")
                                 .arg(removals));
        }
        finish(removals == all && all == m_listed ? Success : Failed);
        return;
    }
    if (options().confirmCount != removals) {
        failWith(tr("--confirm-count %1 does not match the plan: %n customer(s) would be "
                    "removed. Nothing was changed.",
                    "", removals)
                     .arg(options().confirmCount),
                 Usage);
        return;
    }
    runConfirmed();
}

void BulkOffboardCommand::runConfirmed()
{
    const QList<BulkCustomer> planned = m_job->customers();
    m_job->deleteLater();
    bool opened = false;
    if (m_resume) {
        opened = m_journal.resume(m_store.pathOf(m_runId));
    } else {
        m_runId = RunJournalStore::newRunId(clock()->now());
        opened = m_journal.create(
            m_store.pathOf(m_runId),
            RunRecord::runStarted(m_runId, m_customers,
                                  {options().keepAdminRelationships, options().confirmCount}));
    }
    if (!opened) {
        failWith(tr("The run's journal %1 could not be written: %2")
                     .arg(m_store.pathOf(m_runId), m_journal.errorString()));
        return;
    }
    Console::errLine(tr("Run %1; to continue it after an interruption: partnerdesk-cli offboard "
                        "--resume %1")
                         .arg(m_runId));
    m_job = newJob();
    m_job->setMode(BulkOffboardJob::Mode::Run);
    m_job->setJournal(&m_journal);
    connect(m_job, &Job::itemFinished, this, [this](const JobItem &item) {
        const int row = int(
            std::find_if(m_job->customers().cbegin(), m_job->customers().cend(),
                         [&](const BulkCustomer &c) { return c.customer.customerId == item.id; }) -
            m_job->customers().cbegin());
        const BulkCustomer &c = m_job->customers().at(row);
        if (c.fromJournal || !c.result)
            return;
        Console::errLine(tr("%1: %2").arg(label(c.customer), BulkReport::resultText(*c.result)));
    });
    connect(m_job, &Job::finished, this, [this] { report(); });
    m_job->start();
}

void BulkOffboardCommand::report()
{
    if (!m_job->journalError().isEmpty())
        Console::errLine(tr("The run's journal could not be written (%1); the run stopped.")
                             .arg(m_job->journalError()));
    const std::optional<RunState> run = m_store.run(m_runId);
    if (!run) {
        failWith(tr("The run's journal %1 could not be read.").arg(m_store.pathOf(m_runId)));
        return;
    }
    if (!options().reportFile.isEmpty()) {
        QString error;
        if (!BulkReport::write(options().reportFile, BulkReport::runJson(*run),
                               BulkReport::runRows(*run), &error))
            Console::errLine(
                tr("The report %1 could not be written: %2").arg(options().reportFile, error));
    }
    if (options().format == OutputFormatter::Format::Json) {
        Console::out(QString::fromUtf8(
            QJsonDocument(BulkReport::runJson(*run)).toJson(QJsonDocument::Indented)));
    } else if (options().format == OutputFormatter::Format::Csv) {
        Console::out(QString::fromUtf8(BulkReport::csv(BulkReport::runRows(*run)).mid(3)));
    } else {
        const QList<OutputFormatter::Column> columns = {
            {u"customer"_s, tr("Customer")},
            {u"result"_s, tr("Result")},
            {u"actions"_s, tr("Changes")},
            {u"reason"_s, tr("Why / what to do")},
        };
        QList<OutputFormatter::Row> rows;
        for (const RunCustomerState &c : run->customers()) {
            const QString result =
                c.result ? BulkReport::resultText(*c.result) : BulkReport::notStartedText();
            const QString todo = BulkReport::whatToDo(c);
            rows.append({{label(c.customer), {}},
                         {result, {}},
                         {QString::number(c.actions.size()), {}},
                         {todo.isEmpty() ? c.reason : c.reason + u' ' + todo, {}}});
        }
        printList(columns, rows);
    }
    const int removed = run->count(CustomerResult::Removed);
    Console::errLine(
        tr("%1 of %n customer(s) removed.", "", int(run->customers().size())).arg(removed));
    finish(removed == run->customers().size() && removed == m_listed ? Success : Failed);
}
