#include "customerlistmodel.h"

#include "core/display/displaynames.h"
#include "core/i18n/languagemanager.h"
#include "core/models/customerrowbatch.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace {
struct Title
{
    const char *source;
    const char *comment;
};
// Written once for headerData() and columnTitles().
constexpr Title Titles[CustomerListModel::ColumnCount] = {
    QT_TRANSLATE_NOOP3("CustomerListModel", "Company name", ""),
    QT_TRANSLATE_NOOP3("CustomerListModel", "Primary domain", ""),
    QT_TRANSLATE_NOOP3("CustomerListModel", "Microsoft ID", "the customer's tenant id"),
    QT_TRANSLATE_NOOP3("CustomerListModel", "Relationship",
                       "the customer's relationship to the partner"),
};
} // namespace

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
    return sortText(m_rows, row, column);
}

QString CustomerListModel::sortText(const CustomerRows &rows, int row, int column)
{
    const QString text = rows.text(row, fieldOf(column));
    return column == RelationshipColumn ? text.toLower() : text;
}

void CustomerListModel::setSortKeyHint(int column, const QLocale &locale)
{
    m_keyColumn = column;
    m_keyLocale = locale;
}

const CollationKeys *CustomerListModel::arrivingKeys(int column, const QLocale &locale) const
{
    if (!m_arrivingKeys || column != m_arrivingColumn || locale != m_arrivingKeys->locale())
        return nullptr;
    return m_arrivingKeys.get();
}

QVariant CustomerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section < 0 || section >= ColumnCount)
        return {};
    return tr(Titles[section].source, Titles[section].comment);
}

QStringList CustomerListModel::columnTitles(Column column)
{
    return LanguageManager::translationsOf("CustomerListModel", Titles[column].source,
                                           Titles[column].comment);
}

void CustomerListModel::appendCustomers(const QList<Customer> &customers)
{
    appendRows(*CustomerRowBatch::build(customers, m_keyColumn, m_keyLocale));
}

void CustomerListModel::appendRows(const CustomerRowBatch &batch)
{
    // A customer seen before (a page repeated by a retry, or a re-listed tenant) is refreshed
    // in place: a duplicate row would break the id index.
    std::vector<int> fresh;
    fresh.reserve(size_t(batch.count()));
    for (int i = 0; i < batch.count(); ++i) {
        const int row = m_rows.rowOfUtf8(batch.rows.id(i));
        if (row < 0) {
            fresh.push_back(i);
            continue;
        }
        const Customer customer = batch.rows.customer(i);
        m_rows.replace(row, customer);
        m_search.replace(row, customer);
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    if (fresh.empty())
        return;

    if (batch.keys) {
        m_arrivingKeys = std::make_unique<CollationKeys>(batch.keys->locale());
        m_arrivingColumn = batch.keyColumn;
        for (const int i : fresh)
            m_arrivingKeys->append(*batch.keys, i);
    }
    const int first = count();
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (const int i : fresh) {
        m_rows.append(batch.rows, i);
        m_search.append(batch.search, i);
    }
    endInsertRows();
    m_arrivingKeys.reset();
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
