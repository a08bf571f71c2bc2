#include "offboardplan.h"

#include "core/customer/customerstate.h"
#include "core/customer/removalreadiness.h"
#include "core/display/displayformat.h"

using namespace Qt::Literals::StringLiterals;

OffboardPlan::Input OffboardPlan::inputFrom(const CustomerState &state, const QDateTime &now)
{
    using Part = CustomerState::Part;
    Input input;
    input.customerTenantId = state.tenantId();
    input.subscriptions = state.subscriptions();
    input.entitlements = state.purchases();
    input.azureEntitlements = state.azureEntitlements();
    input.adminRelationshipsRead =
        state.loadState(Part::AdminRelationships) == CustomerState::LoadState::Loaded;
    if (input.adminRelationshipsRead)
        input.adminRelationships = state.adminRelationships();
    input.now = now;
    return input;
}

OffboardPlan OffboardPlan::compute(const Input &input)
{
    OffboardPlan plan;
    if (!input.removalRefusedBecause.isEmpty()) {
        plan.m_blockers.append({{},
                                tr("You may not remove the reseller relationship."),
                                input.removalRefusedBecause,
                                {},
                                {}});
    }
    // The removal rule says what blocks and what clears it; the plan takes what can be done
    // here as its actions and keeps the rest as what stays.
    const QList<RemovalBlocker> blockers =
        RemovalReadiness::evaluate(input.subscriptions, input.entitlements, input.now,
                                   input.azureEntitlements, input.customerTenantId);
    for (const RemovalBlocker &b : blockers)
        plan.add(b);
    plan.m_actions.append({ActionKind::RemoveRelationship, {}, {}, {}});
    if (!input.keepAdminRelationships) {
        for (const AdminRelationship &r : input.adminRelationships) {
            if (r.canTerminate())
                plan.m_actions.append({ActionKind::TerminateRelationship, r.id, r.displayName, {}});
        }
    }
    return plan;
}

void OffboardPlan::add(const RemovalBlocker &b)
{
    using Kind = RemovalBlocker::Kind;
    switch (b.kind) {
    case Kind::ActiveSubscription:
        m_actions.append({ActionKind::Suspend, b.subscriptionId, b.itemName, b.names});
        return;
    case Kind::Marketplace:
        m_actions.append({ActionKind::Cancel, b.subscriptionId, b.itemName, b.names});
        return;
    case Kind::NewCommerceNotCancelled:
        if (b.action == RemovalBlocker::Action::CancelSubscription) {
            m_actions.append({ActionKind::Cancel, b.subscriptionId, b.itemName, b.names});
            return;
        }
        if (b.action == RemovalBlocker::Action::TurnOffAutoRenew)
            m_actions.append({ActionKind::TurnOffAutoRenew, b.subscriptionId, b.itemName, {}});
        m_blockers.append({b.itemName,
                           tr("A new-commerce subscription past its cancellation window is billed "
                              "until its term ends."),
                           tr("Wait for the term end with auto-renew off; then it expires."),
                           b.deadline,
                           {}});
        return;
    case Kind::AzurePlanInUse:
        m_blockers.append(
            {b.itemName,
             tr("%Ln Azure subscription(s) under the Azure plan are active: %1.", "",
                int(b.names.size()))
                 .arg(b.names.join(u", "_s)),
             tr("Disable them in the Azure portal (Subscriptions), then suspend the Azure plan."),
             {},
             b.link});
        return;
    case Kind::SavingsPlan:
        m_blockers.append({b.itemName, tr("An Azure savings plan is active."),
                           tr("Cancel it in the Azure portal (Savings plans)."), b.deadline,
                           b.link});
        return;
    case Kind::Reservation:
        m_blockers.append({b.itemName, tr("An Azure reservation is active."),
                           tr("Cancel or exchange it in the Azure portal (Reservations)."),
                           b.deadline, b.link});
        return;
    case Kind::SoftwarePurchaseCancellable:
        m_actions.append({ActionKind::CancelOrder, b.orderId, b.itemName, {}});
        return;
    case Kind::NotLoaded:
    case Kind::LoadFailed:
        return;
    }
}

QString OffboardPlan::Action::describe() const
{
    QString text;
    switch (kind) {
    case ActionKind::Suspend:
        text = tr("Suspend \"%1\"").arg(itemName);
        break;
    case ActionKind::Cancel:
        text = tr("Cancel \"%1\"").arg(itemName);
        break;
    case ActionKind::TurnOffAutoRenew:
        text = tr("Turn auto-renew off for \"%1\"").arg(itemName);
        break;
    case ActionKind::CancelOrder:
        text = tr("Cancel the software purchase \"%1\"").arg(itemName);
        break;
    case ActionKind::RemoveRelationship:
        return tr("Remove the reseller relationship");
    case ActionKind::TerminateRelationship:
        return tr("Terminate the admin relationship \"%1\"").arg(itemName);
    }
    if (!following.isEmpty())
        text += u' ' + tr("(with its add-ons: %1)").arg(following.join(u", "_s));
    return text;
}

QString OffboardPlan::text() const
{
    QString out = tr("What will be done:") + u'\n';
    for (int i = 0; i < m_actions.size(); ++i)
        out += u"  %1. "_s.arg(i + 1) + m_actions.at(i).describe() + u'\n';
    if (m_blockers.isEmpty())
        return out;
    out += tr("What blocks the removal, and what to do:") + u'\n';
    for (const Blocker &b : m_blockers) {
        out += u"  - "_s + (b.itemName.isEmpty() ? QString() : b.itemName + u": "_s) + b.what +
               u' ' + b.todo;
        if (b.until.isValid())
            out += u' ' + tr("(until %1)").arg(DisplayFormat::utcDate(b.until));
        if (b.link.isValid())
            out += u' ' + b.link.toString();
        out += u'\n';
    }
    return out;
}
