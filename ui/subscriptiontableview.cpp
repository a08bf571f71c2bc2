#include "subscriptiontableview.h"

#include "core/models/subscriptionmodel.h"
#include "ui/tablecolumns.h"

SubscriptionTableView::SubscriptionTableView(SubscriptionModel *model, QWidget *parent)
    : SortedTableView(model, SubscriptionModel::SortRole, parent)
    , m_model(model)
{
    TableColumns::stretch(this, {SubscriptionModel::NameColumn, SubscriptionModel::OfferColumn});
    // Sorted from the start, so each add-on is under its base (see PresentationProxy) even
    // where Partner Center lists it elsewhere.
    sortByColumn(SubscriptionModel::NameColumn, Qt::AscendingOrder);
    connect(this, &SortedTableView::currentSourceRowChanged, this,
            [this] { emit currentSubscriptionChanged(currentSubscriptionId()); });
    connect(model, &QAbstractItemModel::modelReset, this,
            &SubscriptionTableView::updateOfferColumn);
    connect(model, &QAbstractItemModel::rowsInserted, this,
            &SubscriptionTableView::updateOfferColumn);
    connect(model, &QAbstractItemModel::dataChanged, this,
            &SubscriptionTableView::updateOfferColumn);
    updateOfferColumn();
}

void SubscriptionTableView::updateOfferColumn()
{
    bool repeated = true;
    for (int row = 0; row < m_model->rowCount() && repeated; ++row) {
        const Subscription *s = m_model->subscriptionAt(row);
        repeated = s->displayName() == s->offerName;
    }
    setColumnHidden(SubscriptionModel::OfferColumn, repeated);
}

const Subscription *SubscriptionTableView::currentSubscription() const
{
    return m_model->subscriptionAt(currentSourceRow());
}

QString SubscriptionTableView::currentSubscriptionId() const
{
    const Subscription *subscription = currentSubscription();
    return subscription ? subscription->id : QString();
}

bool SubscriptionTableView::selectSubscription(const QString &id)
{
    return selectSourceRow(m_model->rowOf(id));
}
