#pragma once

#include "core/domain/customer.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

// The partner's customers as the Customers page shows them. Rows arrive a page at a time
// (one rowsInserted per page), so a list of 100,000 fills in while the user already reads the
// first rows. Lookups by id are O(1) through an index kept beside the rows.
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
    void clear();
    bool removeCustomer(const QString &id);

    int count() const { return int(m_customers.size()); }
    // nullptr outside 0..count()-1. Valid until the model changes.
    const Customer *customerAt(int row) const;
    int rowOfCustomer(const QString &id) const { return m_rowById.value(id, -1); }
    // The folded search text of a row, without going through QVariant (the filter's hot path).
    const QString &searchTextAt(int row) const { return m_searchText.at(row); }

private:
    static QString searchTextFor(const Customer &customer);

    QList<Customer> m_customers;
    QList<QString> m_searchText;
    QHash<QString, int> m_rowById;
};
