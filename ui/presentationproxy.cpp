#include "presentationproxy.h"

#include "ui/palette.h"

QVariant PresentationProxy::data(const QModelIndex &index, int role) const
{
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
