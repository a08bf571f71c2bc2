#pragma once

#include "core/domain/entitlement.h"
#include "core/models/statetablemodel.h"

// The customer's software purchases and Azure reservations (entitlements) as a table, in the
// same conventions as SubscriptionModel. Holds no rows: they are the CustomerState's.
class EntitlementModel : public StateTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        TypeColumn,
        QuantityColumn,
        OrderColumn,
        StatusColumn,
        ExpiresColumn,
        CancellableUntilColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        OrderIdRole = FirstCustomRole,
        // Entitlement::Type as int.
        TypeRole,
    };

    explicit EntitlementModel(QObject *parent = nullptr);

    const Entitlement *entitlementAt(int row) const;
    int rowOfOrder(const QString &orderId) const;

protected:
    int count() const override;
    QString columnTitle(int column) const override;
    QVariant displayText(int row, int column) const override;
    QVariant sortValue(int row, int column) const override;
    bool isNumeric(int column) const override { return column == QuantityColumn; }
    QVariant customData(int row, int role) const override;
};
