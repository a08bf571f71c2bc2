#pragma once

#include "core/domain/customer.h"
#include "core/models/customersortorder.h"

#include <QAbstractProxyModel>
#include <QByteArray>

#include <functional>
#include <optional>
#include <vector>

class CustomerListModel;

// Search as you type and sorting over a CustomerListModel: company name, primary domain and
// Microsoft ID, case- and accent-insensitive substring; sorted by a column in the UI
// language's collation (re-sorted when the language changes), numbers by value. Built for
// 100,000 rows within a frame per keystroke: the filter runs over the model's packed search
// text, the order is kept from precomputed collation keys, and a keystroke, a cleared search
// or a page that lands all over the order is one layout change, not thousands of row signals.
class CustomerFilterProxy : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit CustomerFilterProxy(CustomerListModel *source, QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_text; }

    // nullopt when the row is out of range.
    std::optional<Customer> customerAt(int proxyRow) const;
    CustomerListModel *customerModel() const { return m_source; }

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_order.column(); }
    Qt::SortOrder sortOrder() const { return m_order.order(); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool isFiltered() const { return !m_needle.isEmpty(); }
    // The source rows shown, in order.
    const std::vector<int> &shown() const { return isFiltered() ? m_matching : m_order.rows(); }
    // Matches m_needle (only against the rows matched before when narrowing) into m_matching.
    void filter(bool narrow);
    // m_matching = the matching rows of `rows`, in their order.
    void collectMatching(const std::vector<int> &rows);
    // Everything from the model again: keys, order, matches.
    void rebuild();
    // Emits a layout change around `change`, moving persistent indexes with their rows.
    void relayout(const std::function<void()> &change,
                  QAbstractItemModel::LayoutChangeHint hint = NoLayoutChangeHint);
    void updatePositions();

    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void onRowsRemoved(const QModelIndex &parent, int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);

    CustomerListModel *m_source;
    QString m_text;
    QByteArray m_needle;
    CustomerSortOrder m_order;
    // When filtered: per source row whether it matches, and the matching rows in order.
    std::vector<char> m_matches;
    std::vector<int> m_matching;
    // Per source row, its proxy row or -1.
    std::vector<int> m_position;
    // What a removal announced between the model's two signals: the rows it hides (shown in
    // one block), or a reset (shown here and there).
    enum class Removal { None, Rows, Reset } m_removal = Removal::None;
};
