#pragma once

#include "core/domain/customer.h"

#include <QDialog>

class NextStepsWidget;
class PartnerCenterClient;
class QLabel;

// Shown on Customers after a removal: what happened, and the seed's Next steps (the invitation
// link to re-establish the relationship). Not modal: the admin can carry on with the list.
class RemovalResultDialog : public QDialog
{
    Q_OBJECT

public:
    RemovalResultDialog(const Customer &customer, PartnerCenterClient *client,
                        QWidget *parent = nullptr);

    NextStepsWidget *nextSteps() const { return m_nextSteps; }
    QString messageText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Customer m_customer;
    QLabel *m_icon;
    QLabel *m_message;
    NextStepsWidget *m_nextSteps;
};
