#include "presentationproxy.h"

#include "ui/palette.h"

QVariant PresentationProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DecorationRole && index.column() == 0 && parentRowOf(mapToSource(index)) >= 0)
        return Palette::childRow();
    if (role == Qt::ForegroundRole || role == Qt::DecorationRole) {
        const QVariant tone = QSortFilterProxyModel::data(index, StateTableModel::ToneRole);
        if (tone.isValid())
            return Palette::tone(StateTableModel::Tone(tone.toInt()));
    }
    return QSortFilterProxyModel::data(index, role);
}

QVariant PresentationProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole) {
        // A column is aligned the same in every row, so the first row speaks for it.
        if (sourceModel() && sourceModel()->rowCount() > 0) {
            const QVariant cell = sourceModel()->index(0, section).data(Qt::TextAlignmentRole);
            if (cell.isValid())
                return cell;
        }
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    }
    return QSortFilterProxyModel::headerData(section, orientation, role);
}

int PresentationProxy::parentRowOf(const QModelIndex &source) const
{
    // Only a model that says so has rows under others; no value is none.
    const QVariant parent = source.siblingAtColumn(0).data(StateTableModel::ParentRowRole);
    return parent.isValid() && parent.toInt() != source.row() ? parent.toInt() : -1;
}

QModelIndex PresentationProxy::groupOf(const QModelIndex &source) const
{
    QModelIndex top = source;
    // A few levels at most; the bound keeps a model that names a cycle from hanging the sort.
    for (int level = 0; level < 8; ++level) {
        const int parent = parentRowOf(top);
        if (parent < 0)
            break;
        top = sourceModel()->index(parent, source.column());
    }
    return top;
}

bool PresentationProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QModelIndex leftGroup = groupOf(left);
    const QModelIndex rightGroup = groupOf(right);
    if (leftGroup.row() != rightGroup.row()) {
        if (QSortFilterProxyModel::lessThan(leftGroup, rightGroup))
            return true;
        if (QSortFilterProxyModel::lessThan(rightGroup, leftGroup))
            return false;
        // Equal parents: their groups must not interleave, and keep the model's order.
        return (leftGroup.row() < rightGroup.row()) == (sortOrder() == Qt::AscendingOrder);
    }
    // The same group. A descending sort asks lessThan(right, left): the parent comes first in
    // both orders, its rows follow sorted among themselves.
    const bool ascending = sortOrder() == Qt::AscendingOrder;
    if (left.row() == leftGroup.row())
        return left.row() != right.row() && ascending;
    if (right.row() == rightGroup.row())
        return !ascending;
    return QSortFilterProxyModel::lessThan(left, right);
}

void PresentationProxy::setSourceModel(QAbstractItemModel *model)
{
    if (sourceModel())
        disconnect(sourceModel(), &QAbstractItemModel::dataChanged, this,
                   &PresentationProxy::sourceDataChanged);
    QSortFilterProxyModel::setSourceModel(model);
    if (model)
        connect(model, &QAbstractItemModel::dataChanged, this,
                &PresentationProxy::sourceDataChanged);
}

void PresentationProxy::sourceDataChanged(const QModelIndex &topLeft,
                                          const QModelIndex &bottomRight)
{
    if (sortColumn() < 0 || !topLeft.isValid())
        return;
    for (int row = 0; row < sourceModel()->rowCount(); ++row) {
        const int parent = parentRowOf(sourceModel()->index(row, 0));
        if (parent >= topLeft.row() && parent <= bottomRight.row()) {
            invalidate();
            return;
        }
    }
}
