#pragma once

#include "core/customer/removalblocker.h"

#include <QWidget>

class CustomerState;
class QVBoxLayout;

// What still blocks the removal, one row per blocker: what it is, why, and a button that goes
// and clears it. Rebuilt from the customer's state whenever its readiness changes, never kept
// separately.
class BlockerChecklist : public QWidget
{
    Q_OBJECT

public:
    explicit BlockerChecklist(QWidget *parent = nullptr);

    void setState(CustomerState *state);

    int rowCount() const;

signals:
    void actionRequested(const RemovalBlocker &blocker);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuild();
    QWidget *createRow(const RemovalBlocker &blocker);
    static QString actionText(RemovalBlocker::Action action);

    CustomerState *m_state = nullptr;
    QVBoxLayout *m_rows;
};
