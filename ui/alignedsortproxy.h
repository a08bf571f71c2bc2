#pragma once

#include <QSortFilterProxyModel>

// A sort proxy whose column titles line up with their cells: the source models align only the
// cells (numbers to the right), so a centred or left title would sit apart from its column.
class AlignedSortProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
};
