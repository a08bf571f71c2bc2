#include "adminrelationshiptableview.h"

#include "core/models/adminrelationshipmodel.h"
#include "ui/tablecolumns.h"

#include <QHeaderView>

AdminRelationshipTableView::AdminRelationshipTableView(AdminRelationshipModel *model,
                                                       QWidget *parent)
    : SortedTableView(model, AdminRelationshipModel::SortRole, parent)
    , m_model(model)
{
    TableColumns::stretch(
        this, {AdminRelationshipModel::NameColumn, AdminRelationshipModel::RolesColumn});
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const auto fit = [this] { updateGeometry(); };
    connect(model, &QAbstractItemModel::modelReset, this, fit);
    connect(model, &QAbstractItemModel::rowsInserted, this, fit);
    connect(model, &QAbstractItemModel::rowsRemoved, this, fit);
}

const AdminRelationship *AdminRelationshipTableView::currentRelationship() const
{
    return m_model->relationshipAt(currentSourceRow());
}

bool AdminRelationshipTableView::selectRelationship(const QString &id)
{
    return selectSourceRow(m_model->rowOf(id));
}

QSize AdminRelationshipTableView::sizeHint() const
{
    // Every row without a scroll bar of its own: the page scrolls. At least one row's room, so
    // an empty table does not collapse to its header.
    const int rows = qMax(1, m_model->rowCount());
    const int rowHeight = verticalHeader()->defaultSectionSize();
    const int height =
        horizontalHeader()->sizeHint().height() + rows * rowHeight + 2 * frameWidth();
    return {SortedTableView::sizeHint().width(), height};
}
