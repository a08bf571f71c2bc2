#include "bulkoffboardcommand.h"

#include "cli/console.h"
#include "connection/appconnection.h"
#include "core/api/clock.h"
#include "core/audit/auditlog.h"
#include "core/bulk/bulkoffboardjob.h"
#include "core/bulk/bulkreport.h"
#include "core/bulk/customerdirectory.h"
#include "core/bulk/customerlistimport.h"
#include "core/models/customerresolver.h"

#include <QJsonDocument>
#include <QLocale>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {
using CustomerResult = RunRecord::CustomerResult;

QString label(const RunCustomer &c)
{
    return c.domain.isEmpty() ? c.companyName : u"%1 (%2)"_s.arg(c.companyName, c.domain);
}

QSet<QString> idsOf(const QList<RunCustomer> &customers)
{
    QSet<QString> ids;
    for (const RunCustomer &c : customers)
        ids.insert(c.customerId);
    return ids;
}
} // namespace

BulkOffboardCommand::BulkOffboardCommand(const CliOptions &options, AppConnection *connection,
                                         QObject *parent)
    : CliCommand(options, connection, parent)
    , m_store(connection->runsFolder())
    , m_journal(connection->clock())
{
    m_runOptions.keepAdminRelationships = options.keepAdminRelationships;
}

void BulkOffboardCommand::start()
{
    const CustomerListImport list = CustomerListImport::fromFile(options().fromFile);
    if (!list.error().isEmpty()) {
        failWith(list.error(), Usage);
        return;
    }
    auto *resolver = new CustomerResolver(client(), this);
    resolver->resolveList(list, [this](const ImportResolution &r, const ApiError &error) {
        if (error.isError())
            fail(error);
        else
            listRead(r);
    });
}

void BulkOffboardCommand::listRead(const ImportResolution &resolution)
{
    // Every listed customer counts for the exit status: one the list could not name is not
    // removed. A line naming a customer twice is not another customer.
    m_customers = resolution.customers;
    m_listed = int(m_customers.size());
    for (const ImportIssue &issue : resolution.issues) {
        Console::errLine(issue.message());
        if (issue.kind == ImportIssue::Kind::Malformed || issue.kind == ImportIssue::Kind::Unknown)
            ++m_listed;
    }
    if (m_customers.isEmpty()) {
        failWith(tr("The list names no customer of yours."));
        return;
    }
    if (!options().resume) {
        plan();
        return;
    }
    m_resume = unfinishedRunFor(m_customers);
    if (!m_resume) {
        failWith(tr("There is no unfinished run for this list in %1.").arg(m_store.folder()),
                 Usage);
        return;
    }
    m_runId = m_resume->runId();
    Console::errLine(tr("Resuming run %1: %Ln customer(s) left; each is read again first.", "",
                        int(m_resume->remaining().size()))
                         .arg(m_runId));
    run();
}

std::optional<RunState>
BulkOffboardCommand::unfinishedRunFor(const QList<RunCustomer> &customers) const
{
    const QSet<QString> ids = idsOf(customers);
    const QList<RunState> runs = m_store.runs();
    for (auto it = runs.crbegin(); it != runs.crend(); ++it) {
        QList<RunCustomer> listed;
        for (const RunCustomerState &c : it->customers())
            listed.append(c.customer);
        if (!it->isFinished() && idsOf(listed) == ids)
            return *it;
    }
    return std::nullopt;
}

BulkOffboardJob *BulkOffboardCommand::newJob()
{
    auto *job = new BulkOffboardJob(
        client(), clock(), audit(), [this](const Customer &c) { return stateOf(c); }, this);
    if (m_resume)
        job->setResume(*m_resume);
    else
        job->setCustomers(m_customers, m_runOptions);
    return job;
}

void BulkOffboardCommand::plan()
{
    Console::errLine(tr("Reading %Ln customer(s)…", "", int(m_customers.size())));
    m_job = newJob();
    m_job->setMode(BulkOffboardJob::Mode::Plan);
    connect(m_job, &Job::finished, this, [this] { planned(); });
    m_job->start();
}

void BulkOffboardCommand::printPlan() const
{
    const QList<BulkCustomer> &customers = m_job->customers();
    if (options().format == OutputFormatter::Format::Json) {
        Console::out(QString::fromUtf8(
            QJsonDocument(BulkReport::planJson(customers)).toJson(QJsonDocument::Indented)));
        return;
    }
    if (options().format == OutputFormatter::Format::Csv) {
        Console::out(QString::fromUtf8(BulkReport::csv(BulkReport::planRows(customers)).mid(3)));
        return;
    }
    using Kind = OffboardPlan::ActionKind;
    const QList<OutputFormatter::Column> columns = {
        {u"customer"_s, tr("Customer")},   {u"planned"_s, tr("Plan")},
        {u"suspend"_s, tr("Suspend")},     {u"cancel"_s, tr("Cancel")},
        {u"terminate"_s, tr("Terminate")}, {u"reason"_s, tr("Why not removable / error")},
    };
    QList<OutputFormatter::Row> rows;
    const QLocale locale;
    for (const BulkCustomer &c : customers) {
        const QString planned =
            c.result ? BulkReport::plannedText(*c.result) : BulkReport::notStartedText();
        rows.append({{label(c.customer), {}},
                     {planned, {}},
                     {locale.toString(c.count(Kind::Suspend)), {}},
                     {locale.toString(c.cancelCount()), {}},
                     {locale.toString(c.count(Kind::TerminateRelationship)), {}},
                     {BulkReport::reasonText(c.reason, c.until), {}}});
    }
    printList(columns, rows);
}

void BulkOffboardCommand::planned()
{
    const QList<BulkCustomer> &customers = m_job->customers();
    m_runOptions.confirmedIds.clear();
    for (const BulkCustomer &c : customers) {
        if (c.result == CustomerResult::Removed)
            m_runOptions.confirmedIds.append(c.customer.customerId);
    }
    const int removals = int(m_runOptions.confirmedIds.size());
    // JSON and CSV hold one document: the report when the run goes ahead, else the plan.
    const bool runs = !options().dryRun && options().confirmCount == removals;
    if (!runs || options().format == OutputFormatter::Format::Table)
        printPlan();
    Console::errLine(tr("%Ln customer(s) will be removed.", "", removals));
    Console::errLine(tr("%Ln customer(s) will be prepared but cannot be removed yet.", "",
                        m_job->count(CustomerResult::PreparedNotRemovable)));
    Console::errLine(
        tr("%Ln customer(s) could not be read.", "", m_job->count(CustomerResult::Unreadable)));
    m_job->deleteLater();
    m_job = nullptr;
    if (options().dryRun || options().confirmCount < 0) {
        if (!options().dryRun) {
            Console::errLine(tr("Nothing was changed. To offboard them, run again with "
                                "--confirm-count %1.")
                                 .arg(removals));
        }
        finish(removals == m_listed ? Success : Failed);
        return;
    }
    if (options().confirmCount != removals) {
        failWith(tr("--confirm-count %1 does not match the plan: %Ln customer(s) would be "
                    "removed. Nothing was changed.",
                    "", removals)
                     .arg(options().confirmCount),
                 Usage);
        return;
    }
    m_runOptions.confirmCount = removals;
    run();
}

void BulkOffboardCommand::run()
{
    bool opened = false;
    if (m_resume) {
        opened = m_journal.resume(m_store.pathOf(m_runId));
    } else {
        m_runId = RunJournalStore::newRunId(clock()->now());
        opened = m_journal.create(m_store.pathOf(m_runId),
                                  RunRecord::runStarted(m_runId, m_customers, m_runOptions));
    }
    if (!opened) {
        failWith(tr("The run's journal %1 could not be written: %2")
                     .arg(m_store.pathOf(m_runId), m_journal.errorString()));
        return;
    }
    Console::errLine(tr("Run %1. If it is interrupted, continue it with --resume and the same "
                        "list.")
                         .arg(m_runId));
    m_job = newJob();
    m_job->setMode(BulkOffboardJob::Mode::Run);
    m_job->setJournal(&m_journal);
    connect(m_job, &BulkOffboardJob::customerChanged, this, [this](int row) {
        const BulkCustomer &c = m_job->customers().at(row);
        if (c.stage == BulkCustomer::Stage::Finished && !c.fromJournal && c.result)
            Console::errLine(
                tr("%1: %2").arg(label(c.customer), BulkReport::resultText(*c.result)));
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
            {u"changes"_s, tr("Changes")},
            {u"reason"_s, tr("Why / what to do")},
        };
        QList<OutputFormatter::Row> rows;
        for (const RunCustomerState &c : run->customers()) {
            const QString result =
                c.result ? BulkReport::resultText(*c.result) : BulkReport::notStartedText();
            const QString why = BulkReport::reasonText(c.reason, c.until);
            const QString todo = BulkReport::whatToDo(c);
            rows.append({{label(c.customer), {}},
                         {result, {}},
                         {QLocale().toString(c.actions.size()), {}},
                         {todo.isEmpty() || why.isEmpty() ? why + todo : why + u' ' + todo, {}}});
        }
        printList(columns, rows);
    }
    const int removed = run->count(CustomerResult::Removed);
    Console::errLine(tr("%L1 of %Ln customer(s) removed.", "", m_listed).arg(removed));
    const bool unknown = run->count(CustomerResult::Unknown) > 0;
    finish(unknown ? OutcomeUnknown : removed == m_listed ? Success : Failed);
}
