#pragma once

#include "core/workflow/removalblocker.h"
#include "ui/appcontext.h"

#include <QWidget>

class CustomerSession;
class NextStepsWidget;
class ProfileForm;
class RemovalPanel;
class RemovalReadiness;

// The customer's Account section: company profile and billing details beside the
// "Remove reseller relationship" action and the seed's Next steps.
class AccountPage : public QWidget
{
    Q_OBJECT

public:
    AccountPage(CustomerSession *session, RemovalReadiness *readiness, const AppContext &context,
                QWidget *parent = nullptr);

    RemovalPanel *removalPanel() const { return m_removal; }
    NextStepsWidget *nextSteps() const { return m_nextSteps; }

signals:
    void removeRequested();
    void blockerActionRequested(const RemovalBlocker &blocker);

private:
    ProfileForm *m_profile;
    RemovalPanel *m_removal;
    NextStepsWidget *m_nextSteps;
};
