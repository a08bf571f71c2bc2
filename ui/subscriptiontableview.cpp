#include "subscriptiontableview.h"

#include "alignedsortproxy.h"
#include "models/subscriptionmodel.h"
#include "tablecolumns.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>

SubscriptionTableView::SubscriptionTableView(SubscriptionModel *model, QWidget *parent)
    : QTableView(parent)
    , m_model(model)
    , m_proxy(new AlignedSortProxy(this))
{
    // Sorting on SortRole: dates and quantities sort as values, not as translated text.
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(SubscriptionModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    setModel(m_proxy);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSortingEnabled(true);
    sortByColumn(-1, Qt::AscendingOrder);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTabKeyNavigation(false);
    verticalHeader()->hide();
    TableColumns::stretch(this, {SubscriptionModel::NameColumn, SubscriptionModel::OfferColumn});

    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { emit currentSubscriptionChanged(currentSubscriptionId()); });
}

const Subscription *SubscriptionTableView::currentSubscription() const
{
    const QModelIndex index = currentIndex();
    if (!index.isValid())
        return nullptr;
    return m_model->subscriptionAt(m_proxy->mapToSource(index).row());
}

QString SubscriptionTableView::currentSubscriptionId() const
{
    const Subscription *subscription = currentSubscription();
    return subscription ? subscription->id : QString();
}

bool SubscriptionTableView::selectSubscription(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                 QItemSelectionModel::Rows);
    scrollTo(index);
    return true;
}

QSize SubscriptionTableView::sizeHint() const
{
    return TableColumns::sizeHint(this);
}

void SubscriptionTableView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        TableColumns::retranslate(this);
    QTableView::changeEvent(event);
}
