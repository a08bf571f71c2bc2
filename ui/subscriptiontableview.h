#pragma once

#include "domain/subscription.h"

#include <QTableView>

class QSortFilterProxyModel;
class SubscriptionModel;

// The Subscriptions table, sortable on the raw values. Speaks subscriptions, not indexes.
class SubscriptionTableView : public QTableView
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
    SubscriptionModel *m_model;
    QSortFilterProxyModel *m_proxy;
};
