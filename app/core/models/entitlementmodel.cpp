#include "entitlementmodel.h"

#include "core/api/systemclock.h"
#include "core/models/displayformat.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace {
bool sameEntitlement(const Entitlement &a, const Entitlement &b)
{
    return a.orderId == b.orderId && a.productId == b.productId && a.skuId == b.skuId &&
           a.type == b.type;
}
} // namespace

EntitlementModel::EntitlementModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(SystemClock::instance())
{
}

int EntitlementModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

int EntitlementModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EntitlementModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entitlement &e = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return displayText(e, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == QuantityColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return sortValue(e, index.column());
    case OrderIdRole:
        return e.orderId;
    case TypeRole:
        return int(e.type);
    default:
        return {};
    }
}

QVariant EntitlementModel::displayText(const Entitlement &e, int column) const
{
    switch (column) {
    case NameColumn:
        return e.displayName();
    case TypeColumn:
        return e.type == Entitlement::Type::Other && !e.rawType.isEmpty()
                   ? tr("Unknown (%1)",
                        "entitlement type the app does not know; %1 is the raw value")
                         .arg(e.rawType)
                   : typeDisplayName(e.type);
    case QuantityColumn:
        return QLocale().toString(e.quantity);
    case OrderColumn:
        return e.orderId;
    case StatusColumn:
        return statusDisplayName(e.status);
    case ExpiresColumn:
        return DisplayFormat::dateTime(e.expiryDate);
    case CancellableUntilColumn:
        return DisplayFormat::windowEnd(e.cancellationAllowedUntilDate, m_clock->now());
    }
    return {};
}

QVariant EntitlementModel::sortValue(const Entitlement &e, int column) const
{
    switch (column) {
    case NameColumn:
        return e.displayName();
    case TypeColumn:
        return Entitlement::typeToWire(e.type);
    case QuantityColumn:
        return e.quantity;
    case OrderColumn:
        return e.orderId;
    case StatusColumn:
        return e.status.toLower();
    case ExpiresColumn:
        return e.expiryDate;
    case CancellableUntilColumn:
        return e.cancellationAllowedUntilDate;
    }
    return {};
}

QVariant EntitlementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name", "product name of a purchase");
    case TypeColumn:
        return tr("Type", "software purchase or Azure reservation");
    case QuantityColumn:
        return tr("Quantity");
    case OrderColumn:
        return tr("Order");
    case StatusColumn:
        return tr("Status", "status of a purchase");
    case ExpiresColumn:
        return tr("Expires");
    case CancellableUntilColumn:
        return tr("Cancellable until", "last moment a purchase can be cancelled");
    }
    return {};
}

void EntitlementModel::setCustomerId(const QString &customerId)
{
    if (customerId == m_customerId)
        return;
    clear();
    m_customerId = customerId;
}

void EntitlementModel::setEntitlements(const QList<Entitlement> &entitlements)
{
    beginResetModel();
    m_rows = entitlements;
    endResetModel();
    if (!m_loaded) {
        m_loaded = true;
        emit loadedChanged(true);
    }
}

bool EntitlementModel::updateEntitlement(const Entitlement &entitlement)
{
    for (int row = 0; row < count(); ++row) {
        if (sameEntitlement(m_rows.at(row), entitlement)) {
            m_rows[row] = entitlement;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return true;
        }
    }
    return false;
}

void EntitlementModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_customerId.clear();
    endResetModel();
    if (m_loaded) {
        m_loaded = false;
        emit loadedChanged(false);
    }
}

const Entitlement *EntitlementModel::entitlementAt(int row) const
{
    if (row < 0 || row >= count())
        return nullptr;
    return &m_rows.at(row);
}

int EntitlementModel::rowOfOrder(const QString &orderId) const
{
    for (int row = 0; row < count(); ++row) {
        if (m_rows.at(row).orderId == orderId)
            return row;
    }
    return -1;
}

QString EntitlementModel::typeDisplayName(Entitlement::Type type)
{
    switch (type) {
    case Entitlement::Type::Software:
        return tr("Software purchase");
    case Entitlement::Type::ReservedInstance:
        return tr("Azure reservation");
    case Entitlement::Type::Other:
        break;
    }
    return tr("Other", "entitlement type");
}

QString EntitlementModel::statusDisplayName(const QString &raw)
{
    const QString status = raw.toLower();
    if (status == "active"_L1)
        return tr("Active", "status of a purchase");
    if (status == "cancelled"_L1)
        return tr("Cancelled", "status of a purchase");
    if (status == "expired"_L1)
        return tr("Expired", "status of a purchase");
    if (status.isEmpty())
        return tr("Unknown", "status of a purchase");
    return tr("Unknown (%1)", "purchase status the app does not know; %1 is the raw value")
        .arg(raw);
}
