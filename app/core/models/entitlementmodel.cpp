#include "entitlementmodel.h"

#include "core/api/clock.h"
#include "core/display/displayformat.h"
#include "core/display/displaynames.h"

#include <QLocale>

EntitlementModel::EntitlementModel(QObject *parent)
    : StateTableModel(CustomerState::Part::Purchases,
                      {&CustomerState::purchasesAboutToBeReplaced,
                       &CustomerState::purchasesReplaced, &CustomerState::purchasesChanged},
                      ColumnCount, parent)
{
}

int EntitlementModel::count() const
{
    return int(state()->purchases().size());
}

const Entitlement *EntitlementModel::entitlementAt(int row) const
{
    if (!state() || row < 0 || row >= rowCount())
        return nullptr;
    return &state()->purchases().at(row);
}

int EntitlementModel::rowOfOrder(const QString &orderId) const
{
    return state() ? state()->purchaseRow(orderId) : -1;
}

QVariant EntitlementModel::displayText(int row, int column) const
{
    const Entitlement &e = *entitlementAt(row);
    switch (column) {
    case NameColumn:
        return e.displayName();
    case TypeColumn:
        return DisplayNames::entitlementType(e.type, e.rawType);
    case QuantityColumn:
        return QLocale().toString(e.quantity);
    case OrderColumn:
        return e.orderId;
    case StatusColumn:
        return DisplayNames::purchaseStatus(e.status);
    case ExpiresColumn:
        return DisplayFormat::dateTime(e.expiryDate);
    case CancellableUntilColumn:
        return DisplayFormat::windowEnd(e.cancellationAllowedUntilDate, state()->clock()->now());
    }
    return {};
}

QVariant EntitlementModel::sortValue(int row, int column) const
{
    const Entitlement &e = *entitlementAt(row);
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

QVariant EntitlementModel::customData(int row, int role) const
{
    const Entitlement &e = *entitlementAt(row);
    switch (role) {
    case OrderIdRole:
        return e.orderId;
    case TypeRole:
        return int(e.type);
    default:
        return {};
    }
}

QString EntitlementModel::columnTitle(int column) const
{
    switch (column) {
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
