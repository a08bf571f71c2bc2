#include "accountpage.h"

#include "core/customer/customerstate.h"
#include "ui/adminrelationshipssection.h"
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
    , m_adminRelationships(new AdminRelationshipsSection(context, this))
    , m_scroll(new QScrollArea(this))
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

    auto *columns = new QHBoxLayout;
    columns->setSpacing(24);
    columns->addWidget(m_profile, 2);
    columns->addLayout(right, 3);
    // The admin relationships take the whole width: their roles are long.
    auto *below = new QFrame(content);
    below->setFrameShape(QFrame::HLine);
    below->setFrameShadow(QFrame::Sunken);
    auto *page = new QVBoxLayout(content);
    page->setContentsMargins(12, 12, 12, 12);
    page->setSpacing(16);
    page->addLayout(columns);
    page->addWidget(below);
    page->addWidget(m_adminRelationships);
    page->addStretch();

    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    // Not a tab stop of its own: the controls inside are, and the scroll area follows them.
    m_scroll->setFocusPolicy(Qt::NoFocus);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);

    connect(m_removal, &RemovalPanel::removeRequested, this, &AccountPage::removeRequested);
    connect(m_removal, &RemovalPanel::blockerActionRequested, this,
            &AccountPage::blockerActionRequested);
    connect(m_removal, &RemovalPanel::terminateAdminRelationshipsRequested, this,
            &AccountPage::terminateAdminRelationships);
}

void AccountPage::setState(const std::shared_ptr<CustomerState> &shared)
{
    CustomerState *state = shared.get();
    if (m_state)
        disconnect(m_state, nullptr, this, nullptr);
    m_state = state;
    m_removal->setState(state);
    m_adminRelationships->setState(shared);
    showCustomer(state ? state->customer() : Customer());
    if (state)
        connect(state, &CustomerState::customerChanged, this, &AccountPage::showCustomer);
}

void AccountPage::showCustomer(const Customer &customer)
{
    m_profile->setCustomer(customer);
    m_nextSteps->setRecipient(customer.companyProfile.email);
}

void AccountPage::showAdminRelationships()
{
    m_scroll->ensureWidgetVisible(m_adminRelationships);
}

void AccountPage::terminateAdminRelationships()
{
    showAdminRelationships();
    m_adminRelationships->terminateAll();
}
