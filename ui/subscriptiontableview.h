#pragma once

#include "core/domain/subscription.h"
#include "ui/sortedtableview.h"

class SubscriptionModel;

// The Subscriptions table, sortable on the raw values, each add-on under its base. Speaks
// subscriptions, not indexes.
// The names take the room that is left; every other column is as wide as its title or its
// longest value, so nothing is cut and nothing scrolls sideways. The Offer column shows only
// when some subscription has a name of its own: otherwise it would repeat the Name column.
class SubscriptionTableView : public SortedTableView
{
    Q_OBJECT

public:
    explicit SubscriptionTableView(SubscriptionModel *model, QWidget *parent = nullptr);

    // nullptr when nothing is selected; valid until the model changes.
    const Subscription *currentSubscription() const;
    QString currentSubscriptionId() const;
    bool selectSubscription(const QString &id);

signals:
    // Empty when the selection is cleared.
    void currentSubscriptionChanged(const QString &subscriptionId);

private:
    void updateOfferColumn();

    SubscriptionModel *m_model;
};
