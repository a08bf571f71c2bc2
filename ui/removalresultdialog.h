#pragma once

#include "core/domain/customer.h"
#include "core/job/jobitem.h"

#include <QDialog>

class NextStepsWidget;
class PartnerCenterClient;
class QLabel;

// Shown on Customers after a removal: what happened — to the reseller relationship and to each
// admin relationship (GDAP) — and the seed's Next steps (the invitation link to re-establish the
// relationship). Not modal: the admin can carry on with the list.
class RemovalResultDialog : public QDialog
{
    Q_OBJECT

public:
    RemovalResultDialog(const Customer &customer, PartnerCenterClient *client,
                        QWidget *parent = nullptr);

    NextStepsWidget *nextSteps() const { return m_nextSteps; }
    QString messageText() const;
    // What became of the admin relationships: one item per termination asked for, and how many
    // active ones were left in place (-1: they could not be read).
    void setAdminRelationships(const QList<JobItem> &terminations, int kept);
    QString adminRelationshipsText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Customer m_customer;
    QLabel *m_icon;
    QLabel *m_message;
    QLabel *m_adminRelationships;
    QList<JobItem> m_terminations;
    int m_kept = 0;
    NextStepsWidget *m_nextSteps;
};
