#include "sortedtableview.h"

#include "ui/presentationproxy.h"
#include "ui/tablecolumns.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>

SortedTableView::SortedTableView(QAbstractItemModel *model, int sortRole, QWidget *parent)
    : QTableView(parent)
    , m_proxy(new PresentationProxy(this))
{
    // Sorting on the raw role: dates and quantities sort as values, not as translated text.
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(sortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    setModel(m_proxy);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSortingEnabled(true);
    sortByColumn(-1, Qt::AscendingOrder);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTabKeyNavigation(false);
    verticalHeader()->hide();

    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SortedTableView::currentSourceRowChanged);
}

int SortedTableView::currentSourceRow() const
{
    const QModelIndex index = currentIndex();
    return index.isValid() ? m_proxy->mapToSource(index).row() : -1;
}

bool SortedTableView::selectSourceRow(int row)
{
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_proxy->sourceModel()->index(row, 0));
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                 QItemSelectionModel::Rows);
    scrollTo(index);
    return true;
}

QSize SortedTableView::sizeHint() const
{
    return TableColumns::sizeHint(this);
}

void SortedTableView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        TableColumns::retranslate(this);
        retranslateColumns();
    }
    QTableView::changeEvent(event);
}
