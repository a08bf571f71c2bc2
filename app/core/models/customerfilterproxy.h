#pragma once

#include <QSortFilterProxyModel>

class CustomerListModel;
struct Customer;

// Search as you type over a CustomerListModel: company name, primary domain and Microsoft ID,
// case- and accent-insensitive substring. Sorts on the raw values. Holds no rows of its own.
class CustomerFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CustomerFilterProxy(CustomerListModel *source, QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_text; }

    // nullptr when the row is out of range.
    const Customer *customerAt(int proxyRow) const;
    CustomerListModel *customerModel() const { return m_source; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    CustomerListModel *m_source;
    QString m_text;
    QString m_folded;
};
