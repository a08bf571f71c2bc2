#pragma once

#include "core/customer/removalblocker.h"
#include "core/domain/customer.h"
#include "ui/appcontext.h"

#include <QWidget>

class CustomerState;
class NextStepsWidget;
class ProfileForm;
class RemovalPanel;

// The customer's Account section: company profile and billing details beside the
// "Remove reseller relationship" action and the seed's Next steps.
class AccountPage : public QWidget
{
    Q_OBJECT

public:
    explicit AccountPage(const AppContext &context, QWidget *parent = nullptr);

    void setState(CustomerState *state);

    RemovalPanel *removalPanel() const { return m_removal; }
    NextStepsWidget *nextSteps() const { return m_nextSteps; }

signals:
    void removeRequested();
    void blockerActionRequested(const RemovalBlocker &blocker);

private:
    void showCustomer(const Customer &customer);

    CustomerState *m_state = nullptr;
    ProfileForm *m_profile;
    RemovalPanel *m_removal;
    NextStepsWidget *m_nextSteps;
};
