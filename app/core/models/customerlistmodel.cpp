#include "customerlistmodel.h"

#include "core/display/displaynames.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace {
CustomerRows::Field fieldOf(int column)
{
    switch (column) {
    case CustomerListModel::CompanyNameColumn:
        return CustomerRows::CompanyName;
    case CustomerListModel::DomainColumn:
        return CustomerRows::Domain;
    case CustomerListModel::MicrosoftIdColumn:
        return CustomerRows::TenantId;
    default:
        return CustomerRows::Relationship;
    }
}
} // namespace

CustomerListModel::CustomerListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int CustomerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

int CustomerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    switch (role) {
    case CustomerIdRole:
        return m_rows.text(row, CustomerRows::Id);
    case SearchTextRole:
        return m_search.text(row);
    case SortRole:
        return sortText(row, index.column());
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        if (index.column() == RelationshipColumn)
            return DisplayNames::relationship(m_rows.text(row, CustomerRows::Relationship));
        return m_rows.text(row, fieldOf(index.column()));
    default:
        return {};
    }
}

QString CustomerListModel::sortText(int row, int column) const
{
    const QString text = m_rows.text(row, fieldOf(column));
    return column == RelationshipColumn ? text.toLower() : text;
}

QVariant CustomerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CompanyNameColumn:
        return tr("Company name");
    case DomainColumn:
        return tr("Primary domain");
    case MicrosoftIdColumn:
        return tr("Microsoft ID", "the customer's tenant id");
    case RelationshipColumn:
        return tr("Relationship", "the customer's relationship to the partner");
    }
    return {};
}

void CustomerListModel::appendCustomers(const QList<Customer> &customers)
{
    // A customer seen before (a page repeated by a retry, or a re-listed tenant) is refreshed
    // in place: a duplicate row would break the id index.
    QList<const Customer *> fresh;
    fresh.reserve(customers.size());
    QHash<QString, qsizetype> pageRows;
    for (const Customer &customer : customers) {
        const int row = rowOfCustomer(customer.id);
        if (row >= 0) {
            m_rows.replace(row, customer);
            m_search.replace(row, customer);
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        } else if (const auto it = pageRows.constFind(customer.id); it != pageRows.cend()) {
            fresh[*it] = &customer;
        } else {
            pageRows.insert(customer.id, fresh.size());
            fresh.append(&customer);
        }
    }
    if (fresh.isEmpty())
        return;

    const int first = count();
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (const Customer *customer : std::as_const(fresh)) {
        m_rows.append(*customer);
        m_search.append(*customer);
    }
    endInsertRows();
}

void CustomerListModel::clear()
{
    if (count() == 0)
        return;
    beginResetModel();
    m_rows.clear();
    m_search.clear();
    endResetModel();
}

bool CustomerListModel::removeCustomer(const QString &id)
{
    const int row = rowOfCustomer(id);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_rows.remove(row);
    m_search.remove(row);
    endRemoveRows();
    return true;
}

std::optional<Customer> CustomerListModel::customerAt(int row) const
{
    if (row < 0 || row >= count())
        return std::nullopt;
    return m_rows.customer(row);
}
