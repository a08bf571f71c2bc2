#pragma once

#include "core/domain/customer.h"
#include "core/models/collationkeys.h"
#include "core/models/customerrows.h"
#include "core/models/customersearchindex.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>

#include <memory>
#include <optional>

struct CustomerRowBatch;

// The partner's customers as the Customers page shows them. Rows arrive a page at a time
// (one rowsInserted per page), so a list of 100,000 fills in while the user already reads the
// first rows. The rows are kept packed (CustomerRows) with their folded search text beside
// them (CustomerSearchIndex); lookups by id are O(1).
class CustomerListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        CompanyNameColumn,
        DomainColumn,
        MicrosoftIdColumn,
        RelationshipColumn,
        ColumnCount
    };
    enum Role {
        // The untranslated value of the cell, for sorting and logic.
        SortRole = Qt::UserRole + 1,
        CustomerIdRole,
        // Company name, domain and Microsoft ID case- and accent-folded, for the search box.
        SearchTextRole,
    };
    Q_ENUM(Column)

    explicit CustomerListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // A column's title in every shipped language (English first), to know the columns of a CSV
    // file exported from the Customers page in any of them.
    static QStringList columnTitles(Column column);

    // One page: one beginInsertRows. A customer already listed is updated in place instead.
    void appendCustomers(const QList<Customer> &customers);
    // The same for a page made ready beforehand (CustomerRowBatch): its bytes are copied in.
    void appendRows(const CustomerRowBatch &batch);
    void clear();
    bool removeCustomer(const QString &id);

    int count() const { return m_rows.count(); }
    // The list's fields of the customer in a row (a list page carries no more); nullopt
    // outside 0..count()-1.
    std::optional<Customer> customerAt(int row) const;
    int rowOfCustomer(const QString &id) const { return m_rows.rowOf(id); }
    // What SortRole holds, without going through QVariant (the sort's hot path).
    QString sortText(int row, int column) const;
    static QString sortText(const CustomerRows &rows, int row, int column);

    // The column (-1: none) and locale the rows are sorted by, so that pages can bring their
    // collation keys along (CustomerRowBatch); CustomerFilterProxy keeps it up to date.
    void setSortKeyHint(int column, const QLocale &locale);
    int sortKeyColumn() const { return m_keyColumn; }
    QLocale sortKeyLocale() const { return m_keyLocale; }
    // While rowsInserted is emitted: the keys the new rows came with, the first row's at 0;
    // nullptr when they came with none for this column and locale.
    const CollationKeys *arrivingKeys(int column, const QLocale &locale) const;
    const CustomerSearchIndex &searchIndex() const { return m_search; }

private:
    CustomerRows m_rows;
    CustomerSearchIndex m_search;
    int m_keyColumn = -1;
    QLocale m_keyLocale;
    std::unique_ptr<CollationKeys> m_arrivingKeys;
    int m_arrivingColumn = -1;
};
