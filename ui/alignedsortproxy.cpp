#include "alignedsortproxy.h"

QVariant AlignedSortProxy::headerData(int section, Qt::Orientation orientation, int role) const
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
