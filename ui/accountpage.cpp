#include "accountpage.h"

#include "core/customer/customerstate.h"
#include "ui/nextstepswidget.h"
#include "ui/profileform.h"
#include "ui/removalpanel.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QScrollArea>
#include <QVBoxLayout>

AccountPage::AccountPage(const AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_profile(new ProfileForm(this))
    , m_removal(new RemovalPanel(context.claims, this))
    , m_nextSteps(new NextStepsWidget(context.client, this))
{
    // The texts of this page are all in its child widgets, which retranslate themselves.
    auto *content = new QWidget(this);
    auto *right = new QVBoxLayout;
    right->setSpacing(16);
    right->addWidget(m_removal);
    auto *line = new QFrame(content);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    right->addWidget(line);
    right->addWidget(m_nextSteps);
    right->addStretch();

    auto *columns = new QHBoxLayout(content);
    columns->setContentsMargins(12, 12, 12, 12);
    columns->setSpacing(24);
    columns->addWidget(m_profile, 2);
    columns->addLayout(right, 3);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Not a tab stop of its own: the controls inside are, and the scroll area follows them.
    scroll->setFocusPolicy(Qt::NoFocus);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_removal, &RemovalPanel::removeRequested, this, &AccountPage::removeRequested);
    connect(m_removal, &RemovalPanel::blockerActionRequested, this,
            &AccountPage::blockerActionRequested);
}

void AccountPage::setState(CustomerState *state)
{
    if (m_state)
        disconnect(m_state, nullptr, this, nullptr);
    m_state = state;
    m_removal->setState(state);
    showCustomer(state ? state->customer() : Customer());
    if (state)
        connect(state, &CustomerState::customerChanged, this, &AccountPage::showCustomer);
}

void AccountPage::showCustomer(const Customer &customer)
{
    m_profile->setCustomer(customer);
    m_nextSteps->setRecipient(customer.companyProfile.email);
}
