#include "activitytableview.h"

#include "core/activity/activityfilter.h"
#include "core/activity/activitymodel.h"
#include "ui/tablecolumns.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>

#include <array>

namespace {
constexpr std::array Stretched = {ActivityModel::CustomerColumn, ActivityModel::ItemColumn,
                                  ActivityModel::DetailsColumn};
}

ActivityTableView::ActivityTableView(ActivityFilter *filter, QWidget *parent)
    : QTableView(parent)
    , m_filter(filter)
{
    setModel(filter);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSortingEnabled(true);
    sortByColumn(ActivityModel::TimeColumn, Qt::DescendingOrder);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTabKeyNavigation(false);
    verticalHeader()->hide();
    // Fixed row heights and columns measured on the rows in view keep 100,000 entries cheap.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    TableColumns::stretch(this, {Stretched.begin(), Stretched.end()});
    horizontalHeader()->setResizeContentsPrecision(0);
    setColumnHidden(ActivityModel::ChangeColumn, true);
    setColumnHidden(ActivityModel::UserColumn, true);
    createColumnActions();
    sizeColumns();
}

void ActivityTableView::createColumnActions()
{
    for (int column = 0; column < ActivityModel::ColumnCount; ++column) {
        auto *action = new QAction(this);
        action->setCheckable(true);
        action->setChecked(!isColumnHidden(column));
        // Without its time an entry says little.
        action->setEnabled(column != ActivityModel::TimeColumn);
        connect(action, &QAction::toggled, this,
                [this, column](bool shown) { setColumnHidden(column, !shown); });
        m_columnActions.append(action);
    }
    // The Menu key on the table reaches them as well as a right click on the titles.
    horizontalHeader()->setContextMenuPolicy(Qt::ActionsContextMenu);
    horizontalHeader()->addActions(m_columnActions);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    addActions(m_columnActions);
}

void ActivityTableView::sizeColumns()
{
    // Correlation IDs are for support tickets: their start tells them apart, the tooltip and
    // the CSV carry them whole.
    TableColumns::shorten(this, ActivityModel::CorrelationIdColumn, 10);
    for (int column = 0; column < m_columnActions.size(); ++column)
        m_columnActions.at(column)->setText(model()->headerData(column, Qt::Horizontal).toString());
    // Nine columns do not always fit: the stretched ones keep room for their titles, and the
    // table scrolls sideways rather than cut them.
    QHeaderView *header = horizontalHeader();
    int titles = 0;
    for (const int column : Stretched)
        titles = qMax(titles, header->sectionSizeHint(column));
    header->setMinimumSectionSize(titles);
}

const AuditEntry *ActivityTableView::currentEntry() const
{
    const QModelIndex index = currentIndex();
    return index.isValid() ? m_filter->entryAt(index.row()) : nullptr;
}

void ActivityTableView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        TableColumns::retranslate(this);
        sizeColumns();
    }
    QTableView::changeEvent(event);
}
