#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// One reason the reseller relationship cannot be removed yet, and what clears it. The texts
// are built when asked, so they follow a language switch.
class RemovalBlocker
{
    Q_DECLARE_TR_FUNCTIONS(RemovalBlocker)

public:
    enum class Kind {
        ActiveSubscription,          // suspend it
        NewCommerceNotCancelled,     // cancel it inside its window, or wait for the term end
        Reservation,                 // an Azure reservation: cancelled in Azure, not here
        SoftwarePurchaseCancellable, // cancel the order inside its window
        NotLoaded,                   // the customer's data has not been read yet
        LoadFailed,                  // reading it failed: we cannot tell
    };
    // What the UI can offer next to the blocker.
    enum class Action {
        GoToSubscriptions,
        Suspend,
        CancelSubscription,
        CancelOrder,
        External,
        Retry,
        None
    };

    Kind kind = Kind::NotLoaded;
    Action action = Action::None;
    QString subscriptionId; // for subscription blockers
    QString orderId;        // for purchases and reservations
    QString itemName;
    // The window end for cancellable items; the term end for NCE past its window.
    QDateTime deadline;
    // For LoadFailed: what could not be read, so the blocker names it.
    enum class Data { Subscriptions, Purchases };
    Data data = Data::Subscriptions;

    static RemovalBlocker activeSubscription(const QString &id, const QString &name);
    static RemovalBlocker newCommerce(const QString &id, const QString &name, bool cancellable,
                                      const QDateTime &deadline);
    static RemovalBlocker reservation(const QString &orderId, const QString &name);
    static RemovalBlocker softwarePurchase(const QString &orderId, const QString &name,
                                           const QDateTime &deadline);
    static RemovalBlocker notLoaded();
    static RemovalBlocker loadFailed(Data data = Data::Subscriptions);

    QString title() const;
    QString explanation() const;
    // The subscription id or order id the blocker is about; empty for NotLoaded/LoadFailed.
    QString itemId() const { return subscriptionId.isEmpty() ? orderId : subscriptionId; }

    bool operator==(const RemovalBlocker &other) const = default;
};
