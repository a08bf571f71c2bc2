#pragma once

#include "domain/entitlement.h"

#include <QTableView>

class AlignedSortProxy;
class EntitlementModel;

// The customer's software purchases and Azure reservations, sortable on the raw values. Speaks
// purchases (by their order), not indexes.
class EntitlementTableView : public QTableView
{
    Q_OBJECT

public:
    explicit EntitlementTableView(EntitlementModel *model, QWidget *parent = nullptr);

    // nullptr when nothing is selected; valid until the model changes.
    const Entitlement *currentEntitlement() const;
    QString currentOrderId() const;
    bool selectOrder(const QString &orderId);

    QSize sizeHint() const override;

signals:
    // Empty when the selection is cleared.
    void currentOrderChanged(const QString &orderId);

protected:
    void changeEvent(QEvent *event) override;

private:
    EntitlementModel *m_model;
    AlignedSortProxy *m_proxy;
};
