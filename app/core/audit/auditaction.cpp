#include "auditaction.h"

#include "core/domain/enumnames.h"

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr EnumNames Names{std::array{
    std::pair{AuditAction::SuspendSubscription, "suspendSubscription"_L1},
    std::pair{AuditAction::ReactivateSubscription, "reactivateSubscription"_L1},
    std::pair{AuditAction::CancelSubscription, "cancelSubscription"_L1},
    std::pair{AuditAction::ChangeSubscriptionStatus, "changeSubscriptionStatus"_L1},
    std::pair{AuditAction::SetAutoRenew, "setAutoRenew"_L1},
    std::pair{AuditAction::CancelOrder, "cancelOrder"_L1},
    std::pair{AuditAction::RemoveRelationship, "removeRelationship"_L1},
    std::pair{AuditAction::TerminateAdminRelationship, "terminateAdminRelationship"_L1},
}};
} // namespace

QList<AuditAction::Action> AuditAction::all()
{
    QList<Action> actions;
    for (const auto &[action, name] : Names)
        actions.append(action);
    return actions;
}

QString AuditAction::name(Action action)
{
    return Names.name(action);
}

std::optional<AuditAction::Action> AuditAction::fromName(QStringView name)
{
    return Names.value(name);
}

QString AuditAction::displayName(const QString &name)
{
    const std::optional<Action> action = fromName(name);
    if (!action)
        return name;
    switch (*action) {
    case SuspendSubscription:
        return tr("Suspend subscription", "an action in the activity log");
    case ReactivateSubscription:
        return tr("Reactivate subscription", "an action in the activity log");
    case CancelSubscription:
        return tr("Cancel subscription", "an action in the activity log");
    case ChangeSubscriptionStatus:
        return tr("Change subscription status", "an action in the activity log");
    case SetAutoRenew:
        return tr("Change auto-renew", "an action in the activity log");
    case CancelOrder:
        return tr("Cancel software purchase", "an action in the activity log");
    case RemoveRelationship:
        return tr("Remove reseller relationship", "an action in the activity log");
    case TerminateAdminRelationship:
        return tr("Terminate admin relationship", "an action in the activity log");
    }
    return name;
}
