#pragma once

#include "core/customer/removalblocker.h"
#include "core/domain/adminrelationship.h"
#include "core/domain/azureentitlement.h"
#include "core/domain/entitlement.h"
#include "core/domain/subscription.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QUrl>

class CustomerState;

// What offboarding one customer completely takes — nothing billed, no admin access left — as
// computed from what was read, changing nothing (a dry run is this plan printed). The actions
// are what can be done here, in order; the blockers are what stays after them, each with what
// the admin must do, where and until when. The removal itself is the last action but one; the
// admin relationships are terminated after it (the portal does not gate on them, so neither
// does the plan).
class OffboardPlan
{
    Q_DECLARE_TR_FUNCTIONS(OffboardPlan)

public:
    struct Input
    {
        QString customerTenantId;
        QList<Subscription> subscriptions;
        QList<Entitlement> entitlements;
        // By Azure plan subscription id; a plan missing here was not read.
        QHash<QString, QList<AzureEntitlement>> azureEntitlements;
        QList<AdminRelationship> adminRelationships;
        bool adminRelationshipsRead = false;
        bool keepAdminRelationships = false;
        // Empty when the user may remove the relationship; else why not (role, indirect
        // reseller), from the token or Partner Center.
        QString removalRefusedBecause;
        QDateTime now;
    };

    enum class ActionKind {
        Suspend,              // a legacy subscription (its add-ons follow)
        Cancel,               // new commerce inside its window, or a marketplace subscription
        TurnOffAutoRenew,     // new commerce past its window: stops the renewal, not the bill
        CancelOrder,          // a software purchase inside its window
        RemoveRelationship,   // the reseller relationship
        TerminateRelationship // one admin relationship (GDAP)
    };
    struct Action
    {
        ActionKind kind;
        QString itemId; // subscription, order or admin relationship id
        QString itemName;
        QStringList following; // add-ons suspended or cancelled with their base
        QString describe() const;
    };
    struct Blocker
    {
        QString itemName;
        QString what; // why it blocks
        QString todo; // what the admin must do, and where
        QDateTime until;
        QUrl link; // the Azure portal for that customer's tenant, where it helps
    };

    // What the state read (subscriptions, purchases, Azure entitlements, admin relationships),
    // at now; the caller adds what only it knows (keeping the relationships, a role's refusal).
    static Input inputFrom(const CustomerState &state, const QDateTime &now);
    static OffboardPlan compute(const Input &input);

    const QList<Action> &actions() const { return m_actions; }
    const QList<Blocker> &blockers() const { return m_blockers; }
    // Nothing stays after the actions: the relationship can be removed here.
    bool isComplete() const { return m_blockers.isEmpty(); }
    // Plain text, one line an item, as the CLI prints it.
    QString text() const;

private:
    // What clears the blocker here, as an action, or what stays.
    void add(const RemovalBlocker &blocker);

    QList<Action> m_actions;
    QList<Blocker> m_blockers;
};
