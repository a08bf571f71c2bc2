#pragma once

#include "core/domain/subscription.h"

#include <QAbstractTableModel>
#include <QList>

class Clock;

// The selected customer's subscriptions: the truth the Subscriptions page, the Account page's
// readiness and the workflows share. Display text is translated and formatted with QLocale;
// SortRole carries the raw value (QDateTime, qint64, wire text) for sorting and logic.
class SubscriptionModel : public QAbstractTableModel
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
        SortRole = Qt::UserRole + 1,
        SubscriptionIdRole,
        // SubscriptionStatus::Value as int, whatever the column.
        StatusRole,
        // StatusTone as int: how the status column should be tinted (no colour in core).
        StatusToneRole,
        IsActiveRole,
        IsAddOnRole,
        IsNewCommerceRole,
    };
    // Colour is only a hint next to the words, never the only signal.
    enum class StatusTone { Neutral, Positive, Warning, Negative };
    Q_ENUM(StatusTone)

    explicit SubscriptionModel(QObject *parent = nullptr);

    // What "now" is for a cancellation window that may have closed (default: the system's).
    void setClock(const Clock *clock) { m_clock = clock; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The customer the rows belong to; changing it empties the model.
    void setCustomerId(const QString &customerId);
    QString customerId() const { return m_customerId; }
    // Same ids in the same order: rows are updated in place (selection survives a refresh);
    // otherwise the model is reset. Marks the model as loaded.
    void setSubscriptions(const QList<Subscription> &subscriptions);
    // The server's answer for one subscription: one row's dataChanged. False if not listed.
    bool updateSubscription(const Subscription &subscription);
    void clear();
    bool isLoaded() const { return m_loaded; }

    int count() const { return int(m_rows.size()); }
    const QList<Subscription> &subscriptions() const { return m_rows; }
    const Subscription *subscriptionAt(int row) const;
    const Subscription *subscriptionById(const QString &id) const;
    int rowOf(const QString &id) const;
    QList<Subscription> activeSubscriptions() const;
    int activeCount() const;

    static StatusTone toneOf(const SubscriptionStatus &status);
    static QString billingCycleDisplayName(const QString &raw);

signals:
    void activeCountChanged(int activeCount);
    void loadedChanged(bool loaded);

private:
    QVariant displayText(const Subscription &subscription, int column) const;
    QVariant sortValue(const Subscription &subscription, int column) const;
    void updateActiveCount();
    void setLoaded(bool loaded);

    const Clock *m_clock;
    QString m_customerId;
    QList<Subscription> m_rows;
    int m_activeCount = 0; // the last count announced by activeCountChanged
    bool m_loaded = false;
};
