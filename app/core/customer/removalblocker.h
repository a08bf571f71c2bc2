#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>

// One reason the reseller relationship cannot be removed yet, and what clears it. The texts
// are built when asked, so they follow a language switch.
class RemovalBlocker
{
    Q_DECLARE_TR_FUNCTIONS(RemovalBlocker)

public:
    enum class Kind {
        ActiveSubscription,          // suspend it (its add-ons follow)
        NewCommerceNotCancelled,     // cancel it inside its window, or auto-renew off past it
        Reservation,                 // an Azure reservation: cancelled in Azure, not here
        SoftwarePurchaseCancellable, // cancel the order inside its window
        NotLoaded,                   // the customer's data has not been read yet
        LoadFailed,                  // reading it failed: we cannot tell
        Marketplace,                 // a marketplace (SaaS) subscription: cancel it
        AzurePlanInUse, // an Azure plan whose Azure subscriptions are active (900115): Azure portal
        SavingsPlan,    // an Azure savings plan: cancelled in Azure, not here
    };
    // What the UI can offer next to the blocker.
    enum class Action {
        GoToSubscriptions,
        Suspend,
        CancelSubscription,
        CancelOrder,
        External,
        Retry,
        None,
        TurnOffAutoRenew, // new commerce past its window, still renewing
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
    // The add-ons that go with a subscription; the active Azure subscriptions of an Azure plan.
    QStringList names;
    // Where it is cleared when not here: the Azure portal in the customer's directory.
    QUrl link;

    static RemovalBlocker activeSubscription(const QString &id, const QString &name);
    // Past its window (not cancellable) it stays until the term end; renewing says whether
    // auto-renew can still be turned off.
    static RemovalBlocker newCommerce(const QString &id, const QString &name, bool cancellable,
                                      const QDateTime &deadline, bool renewing = false);
    static RemovalBlocker marketplace(const QString &id, const QString &name);
    static RemovalBlocker azurePlanInUse(const QString &id, const QString &name,
                                         const QStringList &activeAzureSubscriptions,
                                         const QUrl &link);
    static RemovalBlocker savingsPlan(const QString &orderId, const QString &name,
                                      const QUrl &link);
    static RemovalBlocker reservation(const QString &orderId, const QString &name,
                                      const QUrl &link = {});
    static RemovalBlocker softwarePurchase(const QString &orderId, const QString &name,
                                           const QDateTime &deadline);
    static RemovalBlocker notLoaded();
    static RemovalBlocker loadFailed(Data data = Data::Subscriptions);

    QString title() const;
    QString explanation() const;
    // The subscription id or order id the blocker is about; empty for NotLoaded/LoadFailed.
    QString itemId() const { return subscriptionId.isEmpty() ? orderId : subscriptionId; }

    // Whether it is a subscription to suspend or cancel here, which its add-ons follow.
    bool takesAddOns() const;
    // The Azure portal for a customer's tenant, opened at a blade.
    static QUrl azurePortal(const QString &tenantId, const QString &blade);

    bool operator==(const RemovalBlocker &other) const = default;
};
