#include "offboardplan.h"

#include "core/customer/customerstate.h"
#include "core/display/displayformat.h"

using namespace Qt::Literals::StringLiterals;

namespace {
bool isMarketplace(const Subscription &s)
{
    return s.productTypeId.compare("SaaS"_L1, Qt::CaseInsensitive) == 0;
}

bool isSavingsPlan(const Entitlement &e)
{
    return e.rawType.compare("savingsPlan"_L1, Qt::CaseInsensitive) == 0;
}

// Still billed or still running: what the removal waits for.
bool isLive(const Subscription &s)
{
    return s.status.countsAsActive() ||
           (s.isNewCommerce() && s.status.value() == SubscriptionStatus::Value::Suspended);
}
} // namespace

QUrl OffboardPlan::azurePortal(const QString &tenantId, const QString &blade)
{
    // The portal opens in the customer's directory when it is named after the @.
    return QUrl(u"https://portal.azure.com/#@%1/%2"_s.arg(tenantId, blade));
}

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
    plan.addSubscriptionSteps(input);
    plan.addPurchaseSteps(input);
    plan.m_actions.append({ActionKind::RemoveRelationship, {}, {}, {}});
    if (!input.keepAdminRelationships) {
        for (const AdminRelationship &r : input.adminRelationships) {
            if (r.canTerminate())
                plan.m_actions.append({ActionKind::TerminateRelationship, r.id, r.displayName, {}});
        }
    }
    return plan;
}

void OffboardPlan::addSubscriptionSteps(const Input &input)
{
    const QDateTime &now = input.now;
    QHash<QString, QStringList> addOns; // base id -> live add-on names
    for (const Subscription &s : input.subscriptions) {
        if (s.isAddOn() && isLive(s))
            addOns[s.parentSubscriptionId].append(s.displayName());
    }
    QSet<QString> handledBases;
    for (const Subscription &s : input.subscriptions) {
        if (!isLive(s))
            continue;
        // An add-on goes with its base when the base is handled here.
        if (s.isAddOn() && handledBases.contains(s.parentSubscriptionId))
            continue;
        const QStringList following = addOns.value(s.id);
        if (isMarketplace(s)) {
            m_actions.append({ActionKind::Cancel, s.id, s.displayName(), following});
        } else if (s.isNewCommerce()) {
            if (s.canCancelAt(now)) {
                m_actions.append({ActionKind::Cancel, s.id, s.displayName(), following});
            } else {
                // Partner Center refuses every change to a suspended subscription (800091).
                if (s.autoRenewEnabled && s.status.value() == SubscriptionStatus::Value::Active)
                    m_actions.append({ActionKind::TurnOffAutoRenew, s.id, s.displayName(), {}});
                m_blockers.append(
                    {s.displayName(),
                     tr("A new-commerce subscription past its cancellation window is billed "
                        "until its term ends."),
                     tr("Wait for the term end with auto-renew off; then it expires."),
                     s.commitmentEndDate,
                     {}});
                continue;
            }
        } else if (s.isAzurePlan()) {
            const auto read = input.azureEntitlements.constFind(s.id);
            QStringList active;
            if (read != input.azureEntitlements.constEnd()) {
                for (const AzureEntitlement &e : *read) {
                    if (e.isActive())
                        active.append(e.friendlyName.isEmpty() ? e.id : e.friendlyName);
                }
            }
            if (!active.isEmpty()) {
                m_blockers.append(
                    {s.displayName(),
                     tr("%Ln Azure subscription(s) under the Azure plan are active: %1.", "",
                        int(active.size()))
                         .arg(active.join(u", "_s)),
                     tr("Disable them in the Azure portal (Subscriptions), then suspend the "
                        "Azure plan."),
                     {},
                     azurePortal(input.customerTenantId, u"blade/Microsoft_Azure_Billing/"
                                                         u"SubscriptionsBlade"_s)});
                continue;
            }
            m_actions.append({ActionKind::Suspend, s.id, s.displayName(), following});
        } else {
            m_actions.append({ActionKind::Suspend, s.id, s.displayName(), following});
        }
        handledBases.insert(s.id);
    }
}

void OffboardPlan::addPurchaseSteps(const Input &input)
{
    for (const Entitlement &e : input.entitlements) {
        if (!e.isActiveAt(input.now))
            continue;
        if (e.type == Entitlement::Type::ReservedInstance || isSavingsPlan(e)) {
            const bool savings = isSavingsPlan(e);
            m_blockers.append(
                {e.displayName(),
                 savings ? tr("An Azure savings plan is active.")
                         : tr("An Azure reservation is active."),
                 savings ? tr("Cancel it in the Azure portal (Savings plans).")
                         : tr("Cancel or exchange it in the Azure portal (Reservations)."),
                 e.cancellationAllowedUntilDate,
                 azurePortal(
                     input.customerTenantId,
                     savings ? u"browse/Microsoft.BillingBenefits%2FsavingsPlanOrders"_s
                             : u"blade/Microsoft_Azure_Reservations/ReservationsBrowseBlade"_s)});
        } else if (e.type == Entitlement::Type::Software && e.canCancelAt(input.now)) {
            m_actions.append({ActionKind::CancelOrder, e.orderId, e.displayName(), {}});
        }
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
