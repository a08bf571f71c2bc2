#include "bulkreportpanel.h"

#include "core/bulk/runreportmodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

BulkReportPanel::BulkReportPanel(RunReportModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_tree(new QTreeView(this))
    , m_details(new QLabel(this))
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
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_details);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BulkReportPanel::showDetails);
    connect(model, &QAbstractItemModel::modelReset, this, &BulkReportPanel::showDetails);
    retranslateUi();
}

QString BulkReportPanel::detailsText() const
{
    return m_details->text();
}

void BulkReportPanel::showDetails()
{
    const QModelIndex current = m_tree->currentIndex();
    const QString details =
        current.isValid() ? current.siblingAtColumn(RunReportModel::DetailsColumn).data().toString()
                          : QString();
    m_details->setText(
        details.isEmpty()
            ? QString()
            : tr("%1: %2", "customer or action: its details")
                  .arg(current.siblingAtColumn(RunReportModel::WhatColumn).data().toString(),
                       details));
    m_details->setVisible(!details.isEmpty());
}

void BulkReportPanel::expandWhatNeedsALook()
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        const bool removed = index.data(RunReportModel::ResultNameRole).toString() ==
                             RunRecord::customerResultName(RunRecord::CustomerResult::Removed);
        m_tree->setExpanded(index, !removed);
        // The first customer not removed is where the admin looks first.
        if (!removed && !m_tree->currentIndex().isValid())
            m_tree->setCurrentIndex(index);
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
    // Titles and cells are the model's words, re-read when painted.
    if (m_tree->header()->count() > 0)
        m_tree->header()->headerDataChanged(Qt::Horizontal, 0, m_tree->header()->count() - 1);
    m_tree->viewport()->update();
}
