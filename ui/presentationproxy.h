#pragma once

#include <QSortFilterProxyModel>

// How a core table model looks in a view: sorted on its raw role, tones shown as the palette's
// colours (a tint and a swatch next to the words), and column titles lined up with their cells
// (the models align only the cells, numbers to the right). A row that belongs under another
// (StateTableModel::ParentRowRole: an add-on under its base) stays right under it in either
// order, marked as such: groups sort by their parent's value, a parent's rows by their own (one
// level: rows under a row that is itself under another sort with its topmost parent). Rows of
// equal value keep the model's order in both directions.
class PresentationProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void setSourceModel(QAbstractItemModel *model) override;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    // The source row's parent row, -1 for a row of its own.
    int parentRowOf(const QModelIndex &source) const;
    // The row's topmost parent (itself for a row of its own), in the source model.
    QModelIndex groupOf(const QModelIndex &source) const;
    // Qt re-sorts only the rows a change names; a parent's new value moves its rows too.
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
};
