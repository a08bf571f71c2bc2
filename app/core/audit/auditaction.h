#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// The changes PartnerDesk makes, named once: the audit log, the bulk run journal and the
// Activity view all speak this vocabulary. The names are written to files, so they never change;
// a name this version does not know (written by a newer one) is kept and shown as it is.
class AuditAction
{
    Q_DECLARE_TR_FUNCTIONS(AuditAction)

public:
    enum Action {
        SuspendSubscription,
        ReactivateSubscription,
        CancelSubscription,
        ChangeSubscriptionStatus,
        SetAutoRenew,
        CancelOrder,
        RemoveRelationship,
        TerminateAdminRelationship,
    };

    static QList<Action> all();
    // The name in the files: "suspendSubscription", "cancelOrder", …
    static QString name(Action action);
    // Nothing for a name this version does not know.
    static std::optional<Action> fromName(QStringView name);
    // "Suspend subscription", translated; an unknown name as it is.
    static QString displayName(const QString &name);
};
