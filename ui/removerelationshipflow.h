#pragma once

#include "core/customer/removalblocker.h"
#include "core/domain/customer.h"
#include "core/job/jobitem.h"
#include "ui/appcontext.h"
#include "ui/confirmremovaldialog.h"

#include <QObject>
#include <QPointer>

#include <memory>

class ApiError;
class CustomerState;
class QWidget;
class Job;
class RemoveRelationshipJob;

// Confirm → re-check → remove, for one customer, then — if the admin asked for it in the
// confirmation — terminate the admin relationships (GDAP). The re-check and the request are
// core's RemoveRelationshipJob, the terminations its TerminateAdminRelationshipsJob; this object
// only asks, shows and reports. Nothing blocks: the
// confirmation opens with open() and the answers arrive as signals.
class RemoveRelationshipFlow : public QObject
{
    Q_OBJECT

public:
    RemoveRelationshipFlow(const AppContext &context, QWidget *dialogParent);

    void begin(std::shared_ptr<CustomerState> state);
    bool isRunning() const;
    // The open confirmation, if any (tests answer it directly).
    ConfirmRemovalDialog *confirmDialog() const { return m_confirm; }

signals:
    // What the removal is doing now, for next to the button; empty when idle.
    void busyTextChanged(const QString &text);
    // terminations: one item per admin relationship the admin asked to terminate; kept: how many
    // active ones were left in place (not asked for, or never read: -1).
    void removed(const Customer &customer, const QList<JobItem> &terminations, int kept);

private:
    void remove(std::shared_ptr<CustomerState> state, bool terminate);
    void terminateAdminRelationships(const std::shared_ptr<CustomerState> &state);
    void onRefused(const QList<RemovalBlocker> &blockers);
    void onFailed(const std::shared_ptr<CustomerState> &state, const ApiError &error,
                  bool terminate);
    static int keptAdminRelationships(const CustomerState &state);
    void onOutcomeUnknown(CustomerState *state, const ApiError &error);

    AppContext m_context;
    QWidget *m_dialogParent;
    QPointer<RemoveRelationshipJob> m_job;
    QPointer<Job> m_terminations;
    QPointer<ConfirmRemovalDialog> m_confirm;
};
