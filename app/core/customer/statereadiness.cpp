#include "statereadiness.h"

#include "core/api/clock.h"
#include "core/customer/customerstate.h"
#include "core/customer/partloads.h"
#include "core/customer/removalreadiness.h"

StateReadiness::StateReadiness(CustomerState *state, std::function<void()> due)
    : m_state(state)
    , m_windowTimer(state->clock(), state, std::move(due))
{
}

QList<RemovalBlocker> StateReadiness::evaluate() const
{
    using Part = CustomerState::Part;
    bool loaded = true;
    for (const Part part : PartLoads::EveryPart) {
        if (!CustomerState::readinessParts().testFlag(part))
            continue;
        if (m_state->loadState(part) == CustomerState::LoadState::Failed) {
            return {RemovalBlocker::loadFailed(part == Part::Purchases
                                                   ? RemovalBlocker::Data::Purchases
                                                   : RemovalBlocker::Data::Subscriptions)};
        }
        loaded = loaded && m_state->hasData(part);
    }
    if (!loaded)
        return {RemovalBlocker::notLoaded()};
    // The Azure subscriptions of the plans, when read, say why a plan cannot be suspended; the
    // plans block either way, so the gate need not wait for them.
    return RemovalReadiness::evaluate(m_state->subscriptions(), m_state->purchases(),
                                      m_state->clock()->now(), m_state->azureEntitlements(),
                                      m_state->tenantId());
}

bool StateReadiness::update()
{
    QList<RemovalBlocker> fresh = evaluate();
    m_windowTimer.schedule(RemovalReadiness::nextChange(
        m_state->subscriptions(), m_state->purchases(), m_state->clock()->now()));
    // The reason names the active count, which changes without a blocker changing (suspending
    // new commerce leaves it billed, so still blocking): either is a change of the readiness.
    const int active = m_state->activeSubscriptionCount();
    if (fresh == m_blockers && active == m_activeCount)
        return false;
    m_blockers = std::move(fresh);
    m_activeCount = active;
    return true;
}
