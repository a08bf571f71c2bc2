#include "bulkplanpanel.h"

#include "core/bulk/bulkcustomermodel.h"
#include "ui/tablecolumns.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

BulkPlanPanel::BulkPlanPanel(BulkCustomerModel *model, QWidget *parent)
    : QWidget(parent)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_details(new QLabel(this))
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
    // Names and reasons share the room; a long domain is elided (its tooltip and the export
    // hold it whole), so the reason keeps a readable width at 1024 pixels.
    TableColumns::stretch(m_table,
                          {BulkCustomerModel::CustomerColumn, BulkCustomerModel::ReasonColumn});
    TableColumns::shorten(m_table, BulkCustomerModel::DomainColumn, 22);
    m_issues->setSelectionMode(QAbstractItemView::NoSelection);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_issuesTitle->setWordWrap(true);
    m_issuesTitle->setBuddy(m_issues);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_details);
    layout->addWidget(m_issuesTitle);
    layout->addWidget(m_issues);
    setIssues({});
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BulkPlanPanel::showDetails);
    connect(model, &QAbstractItemModel::dataChanged, this, &BulkPlanPanel::showDetails);
    connect(model, &QAbstractItemModel::modelReset, this, &BulkPlanPanel::showDetails);
    retranslateUi();
}

QString BulkPlanPanel::detailsText() const
{
    return m_details->text();
}

void BulkPlanPanel::showDetails()
{
    const int row = m_table->currentIndex().row();
    const QString reason =
        row < 0 ? QString()
                : m_proxy->index(row, BulkCustomerModel::ReasonColumn).data().toString();
    m_details->setText(
        reason.isEmpty()
            ? QString()
            : tr("%1: %2", "customer: why it is not removed")
                  .arg(m_proxy->index(row, BulkCustomerModel::CustomerColumn).data().toString(),
                       reason));
    m_details->setVisible(!reason.isEmpty());
}

void BulkPlanPanel::setIssues(const QList<ImportIssue> &issues)
{
    m_issueList = issues;
    m_issues->clear();
    for (const ImportIssue &issue : issues)
        new QListWidgetItem(issue.message(), m_issues);
    // As tall as its lines, up to four; the rest scroll.
    const int lines = int(std::min<qsizetype>(issues.size(), 4));
    m_issues->setFixedHeight(lines * m_issues->fontMetrics().lineSpacing() +
                             2 * m_issues->frameWidth() + 6);
    m_issues->setVisible(!issues.isEmpty());
    m_issuesTitle->setVisible(!issues.isEmpty());
    retranslateUi();
}

void BulkPlanPanel::sortIntoGroups(bool grouped)
{
    m_table->sortByColumn(grouped ? BulkCustomerModel::StatusColumn : -1, Qt::AscendingOrder);
    if (!grouped)
        return;
    // The first customer not to be removed, so that why shows at once.
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex reason = m_proxy->index(row, BulkCustomerModel::ReasonColumn);
        if (!reason.data().toString().isEmpty()) {
            m_table->setCurrentIndex(reason.siblingAtColumn(0));
            break;
        }
    }
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
