#pragma once

#include <QSortFilterProxyModel>

// How a core table model looks in a view: sorted on its raw role, tones shown as the palette's
// colours (a tint and a swatch next to the words), and column titles lined up with their cells
// (the models align only the cells, numbers to the right).
class PresentationProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
};
