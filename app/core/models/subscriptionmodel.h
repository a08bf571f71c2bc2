#pragma once

#include "core/domain/subscription.h"
#include "core/models/statetablemodel.h"

// The customer's subscriptions as a table: the Subscriptions page shows it, the CLI prints it.
// Holds no rows: they are the CustomerState's.
class SubscriptionModel : public StateTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        OfferColumn,
        QuantityColumn,
        StatusColumn,
        BillingCycleColumn,
        CommitmentEndColumn,
        CancellableUntilColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        SubscriptionIdRole = FirstCustomRole,
        // SubscriptionStatus::Value as int, whatever the column.
        StatusRole,
        IsActiveRole,
        IsAddOnRole,
        IsNewCommerceRole,
    };

    explicit SubscriptionModel(QObject *parent = nullptr);

    const Subscription *subscriptionAt(int row) const;
    int rowOf(const QString &id) const;

    static Tone toneOf(const SubscriptionStatus &status);

protected:
    int count() const override;
    QString columnTitle(int column) const override;
    QVariant displayText(int row, int column) const override;
    QVariant sortValue(int row, int column) const override;
    QVariant toolTip(int row, int column) const override;
    QVariant tone(int row, int column) const override;
    // An add-on's base, when the customer has it.
    int parentRow(int row) const override;
    bool isNumeric(int column) const override { return column == QuantityColumn; }
    QVariant customData(int row, int role) const override;
};
