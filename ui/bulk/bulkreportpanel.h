#pragma once

#include <QWidget>

class QLabel;
class QTreeView;
class RunReportModel;

// A bulk run's report: each customer with its result, why and what to do, and under it every
// action with its outcome and correlation ID (expanded where something needs a look); under it
// the current row's details in full.
class BulkReportPanel : public QWidget
{
    Q_OBJECT

public:
    explicit BulkReportPanel(RunReportModel *model, QWidget *parent = nullptr);

    QTreeView *treeView() const { return m_tree; }
    // The current row's details in full (the column is narrow).
    QString detailsText() const;
    // After the model was set: opens the customers that were not removed.
    void expandWhatNeedsALook();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showDetails();

    RunReportModel *m_model;
    QTreeView *m_tree;
    QLabel *m_details;
};
