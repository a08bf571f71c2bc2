#include "bulkreportpanel.h"

#include "core/bulk/runreportmodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QTreeView>
#include <QVBoxLayout>

BulkReportPanel::BulkReportPanel(RunReportModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_tree(new QTreeView(this))
{
    m_tree->setModel(model);
    m_tree->setAlternatingRowColors(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setWordWrap(false);
    m_tree->setUniformRowHeights(true);
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RunReportModel::DetailsColumn, QHeaderView::Stretch);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
    retranslateUi();
}

void BulkReportPanel::expandWhatNeedsALook()
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        const bool removed = index.data(RunReportModel::ResultNameRole).toString() ==
                             RunRecord::customerResultName(RunRecord::CustomerResult::Removed);
        m_tree->setExpanded(index, !removed);
    }
}

void BulkReportPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void BulkReportPanel::retranslateUi()
{
    m_tree->setAccessibleName(tr("Report"));
}
