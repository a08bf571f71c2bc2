#include "customerlistmodel.h"

#include "core/display/displaynames.h"
#include "core/models/searchtext.h"

using namespace Qt::Literals::StringLiterals;

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
    const Customer &customer = m_customers.at(index.row());
    switch (role) {
    case CustomerIdRole:
        return customer.id;
    case SearchTextRole:
        return m_searchText.at(index.row());
    case SortRole:
        if (index.column() == RelationshipColumn)
            return customer.relationshipToPartner.toLower();
        [[fallthrough]];
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case CompanyNameColumn:
            return customer.companyName();
        case DomainColumn:
            return customer.domain();
        case MicrosoftIdColumn:
            return customer.tenantId();
        case RelationshipColumn:
            return DisplayNames::relationship(customer.relationshipToPartner);
        }
        break;
    default:
        break;
    }
    return {};
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
    QList<Customer> fresh;
    fresh.reserve(customers.size());
    QHash<QString, int> pageRows;
    for (const Customer &customer : customers) {
        const int row = rowOfCustomer(customer.id);
        if (row >= 0) {
            m_customers[row] = customer;
            m_searchText[row] = searchTextFor(customer);
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        } else if (const auto it = pageRows.constFind(customer.id); it != pageRows.cend()) {
            fresh[*it] = customer;
        } else {
            pageRows.insert(customer.id, int(fresh.size()));
            fresh.append(customer);
        }
    }
    if (fresh.isEmpty())
        return;

    const int first = count();
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    // No reserve(first + n) here: an exact reserve per page would copy every row per page.
    for (Customer &customer : fresh) {
        m_rowById.insert(customer.id, int(m_customers.size()));
        m_searchText.append(searchTextFor(customer));
        m_customers.append(std::move(customer));
    }
    endInsertRows();
}

void CustomerListModel::clear()
{
    if (m_customers.isEmpty())
        return;
    beginResetModel();
    m_customers.clear();
    m_searchText.clear();
    m_rowById.clear();
    endResetModel();
}

bool CustomerListModel::removeCustomer(const QString &id)
{
    const int row = rowOfCustomer(id);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_customers.removeAt(row);
    m_searchText.removeAt(row);
    m_rowById.remove(id);
    // Rows below moved up by one: keep the index exact.
    for (int i = row; i < count(); ++i)
        m_rowById[m_customers.at(i).id] = i;
    endRemoveRows();
    return true;
}

const Customer *CustomerListModel::customerAt(int row) const
{
    if (row < 0 || row >= count())
        return nullptr;
    return &m_customers.at(row);
}

QString CustomerListModel::searchTextFor(const Customer &customer)
{
    // One string per row; U+001F cannot be typed, so a match never spans two fields.
    return SearchText::fold(customer.companyName()) + u'\x1f' +
           SearchText::fold(customer.domain()) + u'\x1f' + customer.tenantId().toLower();
}
