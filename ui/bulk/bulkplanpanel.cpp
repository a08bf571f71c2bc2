#include "bulkplanpanel.h"

#include "core/bulk/bulkcustomermodel.h"
#include "ui/tablecolumns.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

BulkPlanPanel::BulkPlanPanel(BulkCustomerModel *model, QWidget *parent)
    : QWidget(parent)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_issuesTitle(new QLabel(this))
    , m_issues(new QListWidget(this))
{
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(BulkCustomerModel::SortRole);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    TableColumns::stretch(m_table, {BulkCustomerModel::ReasonColumn});
    m_issues->setSelectionMode(QAbstractItemView::NoSelection);
    m_issues->setMaximumHeight(90);
    m_issuesTitle->setWordWrap(true);
    m_issuesTitle->setBuddy(m_issues);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_issuesTitle);
    layout->addWidget(m_issues);
    setIssues({});
    retranslateUi();
}

void BulkPlanPanel::setIssues(const QList<ImportIssue> &issues)
{
    m_issueList = issues;
    m_issues->clear();
    for (const ImportIssue &issue : issues)
        new QListWidgetItem(issue.message(), m_issues);
    m_issues->setVisible(!issues.isEmpty());
    m_issuesTitle->setVisible(!issues.isEmpty());
    retranslateUi();
}

void BulkPlanPanel::sortIntoGroups(bool grouped)
{
    m_table->sortByColumn(grouped ? BulkCustomerModel::StatusColumn : -1, Qt::AscendingOrder);
}

void BulkPlanPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        TableColumns::retranslate(m_table);
        setIssues(m_issueList);
    }
    QWidget::changeEvent(event);
}

void BulkPlanPanel::retranslateUi()
{
    m_table->setAccessibleName(tr("Customers of the plan"));
    m_issuesTitle->setText(tr("%Ln line(s) of the list left out:", "", int(m_issueList.size())));
    m_issues->setAccessibleName(m_issuesTitle->text());
}
