#include "entitlementtableview.h"

#include "alignedsortproxy.h"
#include "models/entitlementmodel.h"
#include "tablecolumns.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>

namespace {
// An order ID is a GUID: its start tells orders apart, the details panel shows all of it.
constexpr int OrderColumnCharacters = 12;
} // namespace

EntitlementTableView::EntitlementTableView(EntitlementModel *model, QWidget *parent)
    : QTableView(parent)
    , m_model(model)
    , m_proxy(new AlignedSortProxy(this))
{
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(EntitlementModel::SortRole);
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
    TableColumns::stretch(this, {EntitlementModel::NameColumn});
    TableColumns::shorten(this, EntitlementModel::OrderColumn, OrderColumnCharacters);

    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { emit currentOrderChanged(currentOrderId()); });
}

const Entitlement *EntitlementTableView::currentEntitlement() const
{
    const QModelIndex index = currentIndex();
    if (!index.isValid())
        return nullptr;
    return m_model->entitlementAt(m_proxy->mapToSource(index).row());
}

QString EntitlementTableView::currentOrderId() const
{
    const Entitlement *entitlement = currentEntitlement();
    return entitlement ? entitlement->orderId : QString();
}

bool EntitlementTableView::selectOrder(const QString &orderId)
{
    const int row = m_model->rowOfOrder(orderId);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                 QItemSelectionModel::Rows);
    scrollTo(index);
    return true;
}

QSize EntitlementTableView::sizeHint() const
{
    return TableColumns::sizeHint(this);
}

void EntitlementTableView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        TableColumns::retranslate(this);
        TableColumns::shorten(this, EntitlementModel::OrderColumn, OrderColumnCharacters);
    }
    QTableView::changeEvent(event);
}
