#pragma once

#include "core/bulk/bulkoffboardjob.h"
#include "core/bulk/importissue.h"
#include "core/bulk/runjournalstore.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>

class AuditLog;
class BulkConfirmDialog;
class BulkCustomerModel;
class BulkPlanPanel;
class BulkReportPanel;
class Clock;
class HeadingLabel;
class PartnerCenterClient;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class RunJournal;
class RunReportModel;

// Offboarding many customers, in one window that moves through the flow: the plan (every
// customer read, nothing changed; export it), the typed-count confirmation, the run (journaled,
// live per customer, Cancel), and the report (per customer and action; export it). Also opens
// straight on a journaled run: to resume it, or to read its report again.
class BulkOffboardWindow : public QMainWindow
{
    Q_OBJECT

public:
    struct Setup
    {
        PartnerCenterClient *client = nullptr;
        Clock *clock = nullptr;
        AuditLog *audit = nullptr;
        BulkOffboardJob::StateFactory states;
        QString runsFolder;
    };
    enum class Phase { Planning, Planned, Running, Finished };

    explicit BulkOffboardWindow(Setup setup, QWidget *parent = nullptr);
    ~BulkOffboardWindow() override;

    // Reads the customers and shows the plan; issues are the list's lines left out.
    void plan(const QList<RunCustomer> &customers, const QList<ImportIssue> &issues = {});
    // Continues a journaled run that did not finish: every customer left is read again first.
    void resume(const RunState &run);
    void showReport(const RunState &run);
    // The typed-count confirmation (after the plan); its OK starts the run.
    void confirm();
    void startRun(bool terminateAdminRelationships);
    // Fewer customers at once than the job's default (tests).
    void setMaxParallelism(int maximum) { m_maxParallelism = maximum; }

    bool exportPlanTo(const QString &path);
    bool exportReportTo(const QString &path);

    Phase phase() const { return m_phase; }
    QString summaryText() const;
    QString runId() const { return m_runId; }
    BulkOffboardJob *job() const { return m_job; }
    BulkCustomerModel *customerModel() const { return m_customers; }
    RunReportModel *reportModel() const { return m_report; }
    BulkPlanPanel *planPanel() const { return m_planPanel; }
    BulkReportPanel *reportPanel() const { return m_reportPanel; }
    BulkConfirmDialog *confirmDialog() const;
    QPushButton *exportButton() const { return m_export; }
    QPushButton *offboardButton() const { return m_offboard; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *resumeButton() const { return m_resume; }
    QPushButton *closeButton() const { return m_close; }
    QProgressBar *progressBar() const { return m_progress; }

signals:
    void runFinished(const QString &runId);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    BulkOffboardJob *newJob(BulkOffboardJob::Mode mode);
    void startJournaled(const std::function<bool(RunJournal &)> &open);
    void onPlanned();
    void onRunFinished();
    void exportClicked();
    void setPhase(Phase phase);
    void retranslateUi();
    QString planSummary() const;
    QString runSummary() const;
    QString reportSummary() const;

    Setup m_setup;
    RunJournalStore m_store;
    std::unique_ptr<RunJournal> m_journal;
    QPointer<BulkOffboardJob> m_job;
    BulkCustomerModel *m_customers;
    RunReportModel *m_report;
    HeadingLabel *m_heading;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QStackedWidget *m_stack;
    BulkPlanPanel *m_planPanel;
    BulkReportPanel *m_reportPanel;
    QPushButton *m_export;
    QPushButton *m_offboard;
    QPushButton *m_cancel;
    QPushButton *m_resume;
    QPushButton *m_close;
    QPointer<BulkConfirmDialog> m_confirm;
    QList<RunCustomer> m_list;
    QString m_runId;
    QString m_failure; // the journal could not be opened or written
    Phase m_phase = Phase::Planning;
    int m_maxParallelism = BulkOffboardJob::DefaultParallelism;
    int m_done = 0;
    bool m_closeWhenDone = false;
};
