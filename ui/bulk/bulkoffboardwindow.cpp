#include "bulkoffboardwindow.h"

#include "core/api/clock.h"
#include "core/bulk/bulkcustomermodel.h"
#include "core/bulk/bulkreport.h"
#include "core/bulk/runjournal.h"
#include "core/bulk/runreportmodel.h"
#include "ui/bulk/bulkconfirmdialog.h"
#include "ui/bulk/bulkexport.h"
#include "ui/bulk/bulkplanpanel.h"
#include "ui/bulk/bulkreportpanel.h"
#include "ui/headinglabel.h"
#include "ui/messageboxes.h"
#include "ui/windowplacement.h"

#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
using CustomerResult = RunRecord::CustomerResult;
}

BulkOffboardWindow::BulkOffboardWindow(Setup setup, QWidget *parent)
    : QMainWindow(parent, Qt::Window)
    , m_setup(std::move(setup))
    , m_store(m_setup.runsFolder)
    , m_customers(new BulkCustomerModel(this))
    , m_report(new RunReportModel(this))
    , m_heading(new HeadingLabel(this))
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_stack(new QStackedWidget(this))
    , m_planPanel(new BulkPlanPanel(m_customers, this))
    , m_reportPanel(new BulkReportPanel(m_report, this))
{
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stack->addWidget(m_planPanel);
    m_stack->addWidget(m_reportPanel);
    auto *buttons = new QDialogButtonBox(this);
    m_export = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_resume = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_offboard = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_close = buttons->addButton(QDialogButtonBox::Close);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_heading);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_stack, 1);
    layout->addWidget(buttons);
    setCentralWidget(central);
    // Room for the report's columns in every language; still inside a 1024×640 screen.
    WindowPlacement::place(this, {}, QSize(980, 600), QSize(900, 560));

    connect(m_export, &QPushButton::clicked, this, &BulkOffboardWindow::exportClicked);
    connect(m_offboard, &QPushButton::clicked, this, &BulkOffboardWindow::confirm);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
        retranslateUi();
    });
    connect(m_resume, &QPushButton::clicked, this, [this] {
        if (m_report->run())
            resume(*m_report->run());
    });
    connect(m_close, &QPushButton::clicked, this, &QWidget::close);
    setPhase(Phase::Planning);
}

BulkOffboardWindow::~BulkOffboardWindow()
{
    // The job writes into the journal until it is gone.
    delete m_job.data();
}

BulkOffboardJob *BulkOffboardWindow::newJob(BulkOffboardJob::Mode mode)
{
    delete m_job.data();
    m_job = new BulkOffboardJob(m_setup.client, m_setup.clock, m_setup.audit, m_setup.states, this);
    m_job->setMode(mode);
    m_job->setMaxParallelism(m_maxParallelism);
    m_done = 0;
    connect(m_job, &Job::progress, this, [this](int done, int) {
        m_done = done;
        retranslateUi();
    });
    return m_job;
}

void BulkOffboardWindow::plan(const QList<RunCustomer> &customers, const QList<ImportIssue> &issues)
{
    m_list = customers;
    m_planPanel->setIssues(issues);
    BulkOffboardJob *job = newJob(BulkOffboardJob::Mode::Plan);
    job->setCustomers(customers, {});
    m_customers->follow(job, true);
    connect(job, &Job::finished, this, &BulkOffboardWindow::onPlanned);
    setPhase(Phase::Planning);
    job->start();
}

void BulkOffboardWindow::onPlanned()
{
    m_planPanel->sortIntoGroups(true);
    setPhase(Phase::Planned);
    m_offboard->setFocus();
}

void BulkOffboardWindow::confirm()
{
    BulkConfirmDialog::Counts counts;
    using Kind = OffboardPlan::ActionKind;
    for (const BulkCustomer &c : m_customers->customers()) {
        counts.removals += c.result == CustomerResult::Removed;
        counts.prepared += c.result == CustomerResult::PreparedNotRemovable;
        counts.suspend += c.count(Kind::Suspend);
        counts.cancel += c.cancelCount();
        // Admin relationships end after the removal: a prepared customer keeps them.
        if (c.result == CustomerResult::Removed)
            counts.terminate += c.count(Kind::TerminateRelationship);
    }
    delete m_confirm.data();
    m_confirm = new BulkConfirmDialog(counts, this);
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_confirm, &QDialog::accepted, this,
            [this] { startRun(m_confirm->terminateAdminRelationships()); });
    m_confirm->open();
    m_confirm->countField()->setFocus();
}

void BulkOffboardWindow::startRun(bool terminateAdminRelationships)
{
    RunOptions options;
    options.keepAdminRelationships = !terminateAdminRelationships;
    for (const BulkCustomer &c : m_customers->customers()) {
        if (c.result == CustomerResult::Removed)
            options.confirmedIds.append(c.customer.customerId);
    }
    options.confirmCount = int(options.confirmedIds.size());
    m_runId = RunJournalStore::newRunId(m_setup.clock->now());
    BulkOffboardJob *job = newJob(BulkOffboardJob::Mode::Run);
    job->setCustomers(m_list, options);
    startJournaled([this, options](RunJournal &journal) {
        return journal.create(m_store.pathOf(m_runId),
                              RunRecord::runStarted(m_runId, m_list, options));
    });
}

void BulkOffboardWindow::resume(const RunState &run)
{
    m_runId = run.runId();
    BulkOffboardJob *job = newJob(BulkOffboardJob::Mode::Run);
    job->setResume(run);
    startJournaled([this](RunJournal &journal) { return journal.resume(m_store.pathOf(m_runId)); });
}

void BulkOffboardWindow::startJournaled(const std::function<bool(RunJournal &)> &open)
{
    m_failure.clear();
    m_job->setJournal(nullptr);
    m_journal = std::make_unique<RunJournal>(m_setup.clock);
    if (!open(*m_journal)) {
        m_failure =
            tr("The run's journal %1 could not be written: %2. Nothing was changed.")
                .arg(QDir::toNativeSeparators(m_store.pathOf(m_runId)), m_journal->errorString());
        delete m_job.data();
        MessageBoxes::critical(this, tr("Offboarding not started"), m_failure);
        retranslateUi();
        return;
    }
    m_job->setJournal(m_journal.get());
    m_planPanel->sortIntoGroups(false);
    m_customers->follow(m_job, false);
    connect(m_job, &Job::finished, this, &BulkOffboardWindow::onRunFinished);
    setPhase(Phase::Running);
    m_job->start();
}

void BulkOffboardWindow::onRunFinished()
{
    if (!m_job->journalError().isEmpty())
        m_failure = tr("The run's journal could not be written (%1); the run stopped.")
                        .arg(m_job->journalError());
    const std::optional<RunState> run = m_store.run(m_runId);
    if (run)
        showReport(*run);
    else
        m_failure = tr("The run's journal %1 could not be read.")
                        .arg(QDir::toNativeSeparators(m_store.pathOf(m_runId)));
    emit runFinished(m_runId);
    // Queued: the job may finish inside the close that asked to stop it.
    if (m_closeWhenDone)
        QMetaObject::invokeMethod(this, &QWidget::close, Qt::QueuedConnection);
}

void BulkOffboardWindow::showReport(const RunState &run)
{
    m_runId = run.runId();
    m_report->setRun(run);
    m_reportPanel->expandWhatNeedsALook();
    setPhase(Phase::Finished);
}

void BulkOffboardWindow::setPhase(Phase phase)
{
    m_phase = phase;
    m_stack->setCurrentWidget(phase == Phase::Finished ? static_cast<QWidget *>(m_reportPanel)
                                                       : m_planPanel);
    retranslateUi();
}

BulkConfirmDialog *BulkOffboardWindow::confirmDialog() const
{
    return m_confirm;
}

QString BulkOffboardWindow::summaryText() const
{
    return m_summary->text();
}

QString BulkOffboardWindow::planSummary() const
{
    const int total = int(m_customers->customers().size());
    if (m_phase == Phase::Planning)
        return tr("Reading %1 of %Ln customer(s)… Nothing is changed until you confirm.", "", total)
            .arg(QLocale().toString(m_done));
    const auto count = [this](CustomerResult r) { return m_job ? m_job->count(r) : 0; };
    return tr("%1 will be removed. %2 will be prepared but cannot be removed yet. %3 could not be "
              "read. Nothing has been changed yet.")
        .arg(tr("%Ln customer(s)", "", count(CustomerResult::Removed)),
             tr("%Ln customer(s)", "", count(CustomerResult::PreparedNotRemovable)),
             tr("%Ln customer(s)", "", count(CustomerResult::Unreadable)));
}

QString BulkOffboardWindow::runSummary() const
{
    const int total = int(m_customers->customers().size());
    if (m_job && m_job->isCancelled())
        return tr("Cancelling: the changes already sent finish, nothing new starts. %1 of %Ln "
                  "customer(s) done.",
                  "", total)
            .arg(QLocale().toString(m_done));
    return tr("Offboarding: %1 of %Ln customer(s) done, %2 at a time. If the app is closed, the "
              "run is offered to be resumed at the next start.",
              "", total)
        .arg(QLocale().toString(m_done), QLocale().toString(m_job ? m_job->parallelism() : 0));
}

QString BulkOffboardWindow::reportSummary() const
{
    if (!m_report->run())
        return {};
    const RunState &run = *m_report->run();
    const int total = int(run.customers().size());
    QString text =
        tr("%L1 of %Ln customer(s) removed.", "", total).arg(run.count(CustomerResult::Removed));
    if (run.status() == RunState::Status::Cancelled)
        text += u' ' + tr("The run was cancelled.");
    else if (run.status() == RunState::Status::Unfinished)
        text += u' ' + tr("The run did not finish; Resume continues it.");
    if (run.count(CustomerResult::Removed) < total)
        text += u' ' + tr("Each customer not removed says why and what to do.");
    return text;
}

void BulkOffboardWindow::retranslateUi()
{
    const bool running = m_phase == Phase::Running;
    QString summary;
    switch (m_phase) {
    case Phase::Planning:
    case Phase::Planned:
        setWindowTitle(tr("Offboarding plan — PartnerDesk"));
        m_heading->setText(tr("Offboarding plan"));
        summary = planSummary();
        break;
    case Phase::Running:
        setWindowTitle(tr("Offboarding — PartnerDesk"));
        m_heading->setText(tr("Offboarding customers"));
        summary = runSummary();
        break;
    case Phase::Finished:
        setWindowTitle(tr("Offboarding report — PartnerDesk"));
        m_heading->setText(
            tr("Offboarding report of %1", "%1 is when the run started")
                .arg(m_report->run()
                         ? QLocale().toString(m_report->run()->startedAt().toLocalTime(),
                                              QLocale::ShortFormat)
                         : QString()));
        summary = reportSummary();
        break;
    }
    m_summary->setText(m_failure.isEmpty() ? summary : m_failure + u' ' + summary);
    const int total = int(m_customers->customers().size());
    m_progress->setVisible(m_phase == Phase::Planning || m_phase == Phase::Running);
    m_progress->setRange(0, qMax(1, total));
    m_progress->setValue(m_phase == Phase::Planned ? qMax(1, total) : m_done);
    m_progress->setAccessibleName(tr("Progress"));

    const int removals = m_job ? m_job->count(CustomerResult::Removed) : 0;
    m_export->setText(m_phase == Phase::Finished ? tr("Export report…") : tr("Export plan…"));
    m_export->setVisible(m_phase == Phase::Planned || m_phase == Phase::Finished);
    m_offboard->setText(tr("Offboard %Ln customer(s)…", "", removals));
    m_offboard->setVisible(m_phase == Phase::Planned);
    m_offboard->setEnabled(removals > 0);
    m_offboard->setToolTip(removals > 0 ? QString()
                                        : tr("No customer of the plan can be removed now."));
    m_offboard->setDefault(removals > 0);
    m_resume->setText(tr("Resume run"));
    m_resume->setVisible(m_phase == Phase::Finished && m_report->run() &&
                         m_report->run()->status() != RunState::Status::Completed &&
                         !m_report->run()->remaining().isEmpty());
    m_cancel->setText(tr("Cancel run"));
    m_cancel->setVisible(running);
    m_cancel->setEnabled(running && m_job && !m_job->isCancelled());
    m_close->setEnabled(true);
    for (QPushButton *button : {m_export, m_offboard, m_resume, m_cancel, m_close})
        button->setAccessibleName(button->text());
}

void BulkOffboardWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void BulkOffboardWindow::closeEvent(QCloseEvent *event)
{
    if (m_phase != Phase::Running || !m_job || m_closeWhenDone) {
        QMainWindow::closeEvent(event);
        return;
    }
    event->ignore();
    MessageBoxes::question(
        this, tr("Stop offboarding?"),
        tr("The changes already sent finish; no customer is started after them. The report "
           "names where each customer ended, and the run can be resumed later."),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No,
        [this](MessageBoxes::Button answer) {
            if (answer != QMessageBox::Yes || !m_job)
                return;
            m_closeWhenDone = true;
            m_job->cancel();
            retranslateUi();
        },
        tr("Stop and close"));
}

bool BulkOffboardWindow::exportPlanTo(const QString &path)
{
    const QList<BulkCustomer> &plan = m_customers->customers();
    return BulkExport::write(this, path, BulkReport::planJson(plan), BulkReport::planRows(plan));
}

bool BulkOffboardWindow::exportReportTo(const QString &path)
{
    if (!m_report->run())
        return false;
    const RunState &run = *m_report->run();
    return BulkExport::write(this, path, BulkReport::runJson(run), BulkReport::runRows(run));
}

void BulkOffboardWindow::exportClicked()
{
    if (m_phase == Phase::Finished)
        BulkExport::chooseFile(
            this, tr("Export report"),
            tr("offboarding-%1.csv", "default file name of a report").arg(m_runId),
            [this](const QString &path) { exportReportTo(path); });
    else
        BulkExport::chooseFile(this, tr("Export plan"),
                               tr("offboarding-plan.csv", "default file name of a plan"),
                               [this](const QString &path) { exportPlanTo(path); });
}
