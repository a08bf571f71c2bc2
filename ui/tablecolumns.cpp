#include "tablecolumns.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

void TableColumns::stretch(QTableView *view, const QList<int> &stretchedColumns)
{
    QHeaderView *header = view->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Dense rows, as admins scan many: the text plus a little air.
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() * 8 / 5 + 2);
    for (int column : stretchedColumns)
        header->setSectionResizeMode(column, QHeaderView::Stretch);
    // Whoever places the table (a splitter deciding side by side or stacked) asks again.
    QAbstractItemModel *model = view->model();
    const auto changed = [view] { view->updateGeometry(); };
    QObject::connect(model, &QAbstractItemModel::modelReset, view, changed);
    QObject::connect(model, &QAbstractItemModel::rowsInserted, view, changed);
    QObject::connect(model, &QAbstractItemModel::dataChanged, view, changed);
    QObject::connect(model, &QAbstractItemModel::layoutChanged, view, changed);
}

void TableColumns::shorten(QTableView *view, int column, int characters)
{
    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(column, QHeaderView::Interactive);
    header->resizeSection(column, qMax(header->sectionSizeHint(column),
                                       view->fontMetrics().averageCharWidth() * characters));
}

int TableColumns::readableWidth(const QTableView *view)
{
    // About twenty characters: "Microsoft 365 E5 Secur…" before it is elided.
    return view->fontMetrics().averageCharWidth() * 20;
}

QSize TableColumns::sizeHint(const QTableView *view)
{
    const QHeaderView *header = view->horizontalHeader();
    int width = 2 * view->frameWidth() + view->verticalScrollBar()->sizeHint().width();
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column))
            continue;
        const QHeaderView::ResizeMode mode = header->sectionResizeMode(column);
        if (mode == QHeaderView::Stretch)
            width += qMax(readableWidth(view), header->sectionSizeHint(column));
        else if (mode == QHeaderView::Interactive || mode == QHeaderView::Fixed)
            width += header->sectionSize(column);
        else
            width += qMax(header->sectionSizeHint(column),
                          static_cast<const QAbstractItemView *>(view)->sizeHintForColumn(column));
    }
    return {width, view->QAbstractScrollArea::sizeHint().height()};
}

void TableColumns::retranslate(QTableView *view)
{
    QHeaderView *header = view->horizontalHeader();
    if (header->count() > 0)
        header->headerDataChanged(Qt::Horizontal, 0, header->count() - 1);
    // The header re-measures its auto-sized columns; the cells' words (statuses, billing
    // cycles) are re-read when painted.
    view->viewport()->update();
    view->updateGeometry();
}
