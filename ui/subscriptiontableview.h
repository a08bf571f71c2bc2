#pragma once

#include "domain/subscription.h"

#include <QTableView>

class AlignedSortProxy;
class SubscriptionModel;

// The Subscriptions table, sortable on the raw values. Speaks subscriptions, not indexes.
// The names take the room that is left; every other column is as wide as its title or its
// longest value, so nothing is cut and nothing scrolls sideways.
class SubscriptionTableView : public QTableView
{
    Q_OBJECT

public:
    explicit SubscriptionTableView(SubscriptionModel *model, QWidget *parent = nullptr);

    // nullptr when nothing is selected; valid until the model changes.
    const Subscription *currentSubscription() const;
    QString currentSubscriptionId() const;
    bool selectSubscription(const QString &id);

    // Every column at its needed width, the names at a readable one.
    QSize sizeHint() const override;

signals:
    // Empty when the selection is cleared.
    void currentSubscriptionChanged(const QString &subscriptionId);

protected:
    void changeEvent(QEvent *event) override;

private:
    SubscriptionModel *m_model;
    AlignedSortProxy *m_proxy;
};
