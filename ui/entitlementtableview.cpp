#include "entitlementtableview.h"

#include "core/models/entitlementmodel.h"
#include "ui/tablecolumns.h"

namespace {
// An order ID is a GUID: its start tells orders apart, the details panel shows all of it.
constexpr int OrderColumnCharacters = 12;
} // namespace

EntitlementTableView::EntitlementTableView(EntitlementModel *model, QWidget *parent)
    : SortedTableView(model, EntitlementModel::SortRole, parent)
    , m_model(model)
{
    TableColumns::stretch(this, {EntitlementModel::NameColumn});
    retranslateColumns();
    connect(this, &SortedTableView::currentSourceRowChanged, this,
            [this] { emit currentOrderChanged(currentOrderId()); });
}

const Entitlement *EntitlementTableView::currentEntitlement() const
{
    return m_model->entitlementAt(currentSourceRow());
}

QString EntitlementTableView::currentOrderId() const
{
    const Entitlement *entitlement = currentEntitlement();
    return entitlement ? entitlement->orderId : QString();
}

bool EntitlementTableView::selectOrder(const QString &orderId)
{
    return selectSourceRow(m_model->rowOfOrder(orderId));
}

void EntitlementTableView::retranslateColumns()
{
    TableColumns::shorten(this, EntitlementModel::OrderColumn, OrderColumnCharacters);
}
