#pragma once

#include "core/domain/entitlement.h"
#include "ui/sortedtableview.h"

class EntitlementModel;

// The customer's software purchases and Azure reservations, sortable on the raw values. Speaks
// purchases (by their order), not indexes.
class EntitlementTableView : public SortedTableView
{
    Q_OBJECT

public:
    explicit EntitlementTableView(EntitlementModel *model, QWidget *parent = nullptr);

    // nullptr when nothing is selected; valid until the model changes.
    const Entitlement *currentEntitlement() const;
    QString currentOrderId() const;
    bool selectOrder(const QString &orderId);

signals:
    // Empty when the selection is cleared.
    void currentOrderChanged(const QString &orderId);

protected:
    void retranslateColumns() override;

private:
    EntitlementModel *m_model;
};
