#pragma once

#include "core/domain/entitlement.h"

#include <QAbstractTableModel>
#include <QList>

class Clock;

// The selected customer's software purchases and Azure reservations (entitlements), in the
// same conventions as SubscriptionModel: translated text for display, raw values in SortRole.
class EntitlementModel : public QAbstractTableModel
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
        SortRole = Qt::UserRole + 1,
        OrderIdRole,
        // Entitlement::Type as int.
        TypeRole,
    };

    explicit EntitlementModel(QObject *parent = nullptr);

    // What "now" is for a cancellation window that may have closed (default: the system's).
    void setClock(const Clock *clock) { m_clock = clock; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setCustomerId(const QString &customerId);
    QString customerId() const { return m_customerId; }
    void setEntitlements(const QList<Entitlement> &entitlements);
    // Replaces the entitlement with the same order id (and product) after a cancellation.
    bool updateEntitlement(const Entitlement &entitlement);
    void clear();
    bool isLoaded() const { return m_loaded; }

    int count() const { return int(m_rows.size()); }
    const QList<Entitlement> &entitlements() const { return m_rows; }
    const Entitlement *entitlementAt(int row) const;
    int rowOfOrder(const QString &orderId) const;

    static QString typeDisplayName(Entitlement::Type type);
    static QString statusDisplayName(const QString &raw);

signals:
    void loadedChanged(bool loaded);

private:
    QVariant displayText(const Entitlement &entitlement, int column) const;
    QVariant sortValue(const Entitlement &entitlement, int column) const;

    const Clock *m_clock;
    QString m_customerId;
    QList<Entitlement> m_rows;
    bool m_loaded = false;
};
