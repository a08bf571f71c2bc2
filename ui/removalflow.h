#pragma once

#include "core/domain/customer.h"
#include "core/workflow/removalblocker.h"
#include "ui/appcontext.h"
#include "ui/confirmremovaldialog.h"

#include <QObject>
#include <QPointer>

class EntitlementModel;
class QWidget;
class RemoveRelationshipWorkflow;
class SubscriptionModel;

// Confirm → re-check → remove, for one customer. The re-check and the request are core's
// RemoveRelationshipWorkflow; this object only asks, shows and reports. Nothing blocks: the
// confirmation opens with open() and the answers arrive as signals.
class RemovalFlow : public QObject
{
    Q_OBJECT

public:
    RemovalFlow(const AppContext &context, SubscriptionModel *subscriptions,
                EntitlementModel *entitlements, QWidget *dialogParent);

    void begin(const Customer &customer);
    bool isRunning() const;
    // The open confirmation, if any (tests answer it directly).
    ConfirmRemovalDialog *confirmDialog() const { return m_confirm; }

signals:
    // What the removal is doing now, for next to the button; empty when idle.
    void busyTextChanged(const QString &text);
    void removed(const Customer &customer);

private:
    void onRefused(const QList<RemovalBlocker> &blockers);

    AppContext m_context;
    QWidget *m_dialogParent;
    RemoveRelationshipWorkflow *m_workflow;
    QPointer<ConfirmRemovalDialog> m_confirm;
};
