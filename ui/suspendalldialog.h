#pragma once

#include "core/job/jobitem.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class AuditLog;
class CustomerState;
class HeadingLabel;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class SuspendAllJob;
struct JobResult;

// "Suspend all active…": first what will be suspended (the job's own plan) and how many, to
// confirm or cancel; then the progress — a bar, one line per subscription with ✓/✗ and the
// server's message, Cancel while it runs, then Retry failed and Close. Each run (the first and
// every retry) is a SuspendAllJob of its own. Window-modal, opened with open(), so nothing waits
// in a nested event loop.
class SuspendAllDialog : public QDialog
{
    Q_OBJECT

public:
    SuspendAllDialog(std::shared_ptr<CustomerState> state, AuditLog *audit,
                     QWidget *parent = nullptr);

    // Shows what a run would suspend and asks; Suspend starts it, Cancel closes the dialog.
    void confirm();
    // Starts a run and shows the dialog.
    void start();
    bool isRunning() const;

    QListWidget *itemList() const { return m_items; }
    QPushButton *suspendButton() const { return m_suspend; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *closeButton() const { return m_close; }
    QString summaryText() const;

signals:
    void runFinished();

protected:
    void changeEvent(QEvent *event) override;
    void reject() override;

private:
    void retranslateUi();
    void updateButtons();
    void showPlanned();
    void onItemFinished(const JobItem &item);
    void onFinished(const JobResult &result);

    std::shared_ptr<CustomerState> m_state;
    AuditLog *m_audit;
    QPointer<SuspendAllJob> m_job;
    HeadingLabel *m_heading;
    QLabel *m_intro;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QListWidget *m_items;
    QDialogButtonBox *m_buttons;
    QPushButton *m_suspend;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QPushButton *m_close;
    QList<JobItem> m_planned;
    bool m_confirming = false;
    int m_done = 0;
    int m_total = 0;
    int m_succeeded = 0;
    int m_failed = 0;
    int m_unknown = 0;
    bool m_cancelled = false;
    bool m_finished = false;
};
