#pragma once

#include "core/customer/removalblocker.h"
#include "core/domain/customer.h"
#include "ui/appcontext.h"

#include <QWidget>

#include <memory>

class AdminRelationshipsSection;
class CustomerState;
class NextStepsWidget;
class ProfileForm;
class QScrollArea;
class RemovalPanel;

// The customer's Account section: company profile and billing details beside the
// "Remove reseller relationship" action and the seed's Next steps, and under them the admin
// relationships (GDAP) that the removal leaves in place.
class AccountPage : public QWidget
{
    Q_OBJECT

public:
    explicit AccountPage(const AppContext &context, QWidget *parent = nullptr);

    void setState(const std::shared_ptr<CustomerState> &state);

    RemovalPanel *removalPanel() const { return m_removal; }
    NextStepsWidget *nextSteps() const { return m_nextSteps; }
    AdminRelationshipsSection *adminRelationships() const { return m_adminRelationships; }
    // Scrolls the admin relationships into view.
    void showAdminRelationships();
    // Shows the admin relationships and asks to terminate every active one.
    void terminateAdminRelationships();

signals:
    void removeRequested();
    void blockerActionRequested(const RemovalBlocker &blocker);

private:
    void showCustomer(const Customer &customer);

    CustomerState *m_state = nullptr;
    ProfileForm *m_profile;
    RemovalPanel *m_removal;
    NextStepsWidget *m_nextSteps;
    AdminRelationshipsSection *m_adminRelationships;
    QScrollArea *m_scroll;
};
