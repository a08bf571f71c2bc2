#pragma once

#include "core/domain/apierror.h"

#include <QDialog>

class HeadingLabel;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class SuspendAllWorkflow;

// Progress of "Suspend all active…": a bar, one line per subscription with ✓/✗ and the
// server's message, Cancel while it runs, then Retry failed and Close. Window-modal, opened
// with open(), so nothing waits in a nested event loop.
class SuspendAllDialog : public QDialog
{
    Q_OBJECT

public:
    SuspendAllDialog(SuspendAllWorkflow *workflow, const QString &customerId,
                     const QString &customerName, QWidget *parent = nullptr);

    // Starts the workflow and shows the dialog.
    void start();

    QListWidget *itemList() const { return m_items; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *closeButton() const { return m_close; }
    QString summaryText() const;

protected:
    void changeEvent(QEvent *event) override;
    void reject() override;

private:
    void retranslateUi();
    void updateButtons();
    void onItemFinished(const QString &subscriptionId, const QString &name, bool ok,
                        const ApiError &error);
    void onFinished(int succeeded, int failed, bool cancelled);

    SuspendAllWorkflow *m_workflow;
    QString m_customerId;
    QString m_customerName;
    HeadingLabel *m_heading;
    QLabel *m_intro;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QListWidget *m_items;
    QDialogButtonBox *m_buttons;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QPushButton *m_close;
    int m_done = 0;
    int m_total = 0;
    int m_succeeded = 0;
    int m_failed = 0;
    bool m_cancelled = false;
    bool m_finished = false;
};
