#pragma once

#include "core/bulk/importissue.h"

#include <QWidget>

class BulkCustomerModel;
class QLabel;
class QListWidget;
class QSortFilterProxyModel;
class QTableView;

// The customers of a bulk plan or run as a table (BulkCustomerModel, sortable; the plan sorted
// into its groups), under it why the current customer is not removed, in full, and the lines of
// an imported list that were left out and why.
class BulkPlanPanel : public QWidget
{
    Q_OBJECT

public:
    explicit BulkPlanPanel(BulkCustomerModel *model, QWidget *parent = nullptr);

    void setIssues(const QList<ImportIssue> &issues);
    // Planned: rows in the plan's groups (will be removed first). Else in the list's order.
    void sortIntoGroups(bool grouped);

    QTableView *tableView() const { return m_table; }
    // Why the current customer is not removed, in full (the column is narrow).
    QString detailsText() const;
    QListWidget *issueList() const { return m_issues; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showDetails();

    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLabel *m_details;
    QLabel *m_issuesTitle;
    QListWidget *m_issues;
    QList<ImportIssue> m_issueList;
};
