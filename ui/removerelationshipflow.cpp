#include "removerelationshipflow.h"

#include "core/customer/customerstate.h"
#include "core/job/removerelationshipjob.h"
#include "core/job/terminateadminrelationshipsjob.h"
#include "ui/confirmremovaldialog.h"
#include "ui/messageboxes.h"

#include <QWidget>

using namespace Qt::Literals::StringLiterals;

RemoveRelationshipFlow::RemoveRelationshipFlow(const AppContext &context, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_context(context)
    , m_dialogParent(dialogParent)
{
}

void RemoveRelationshipFlow::begin(std::shared_ptr<CustomerState> state)
{
    if (isRunning() || !state)
        return;
    m_confirm = new ConfirmRemovalDialog(state->customer(), m_dialogParent);
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    const bool read = state->graph() && state->hasData(CustomerState::Part::AdminRelationships);
    m_confirm->setActiveAdminRelationships(read ? int(state->activeAdminRelationships().size())
                                                : -1);
    connect(m_confirm, &QDialog::accepted, this, [this, state, dialog = m_confirm.data()] {
        remove(state, dialog->terminatesAdminRelationships());
    });
    m_confirm->open();
}

bool RemoveRelationshipFlow::isRunning() const
{
    return (m_job && m_job->isRunning()) || (m_terminations && m_terminations->isRunning()) ||
           (m_confirm && m_confirm->isVisible());
}

void RemoveRelationshipFlow::remove(std::shared_ptr<CustomerState> state, bool terminate)
{
    m_job = new RemoveRelationshipJob(state, m_context.audit, this);
    m_job->setAutoDelete(true);
    connect(m_job, &RemoveRelationshipJob::stageChanged, this,
            [this](RemoveRelationshipJob::Stage stage) {
                switch (stage) {
                case RemoveRelationshipJob::Stage::Checking:
                    emit busyTextChanged(tr("Checking the subscriptions again…"));
                    break;
                case RemoveRelationshipJob::Stage::Removing:
                    emit busyTextChanged(tr("Removing the relationship…"));
                    break;
                case RemoveRelationshipJob::Stage::Idle:
                    emit busyTextChanged(QString());
                    break;
                }
            });
    connect(m_job, &Job::finished, this,
            [this, state, terminate, job = m_job.data()](const JobResult &result) {
                const JobItem item = result.items.value(0);
                if (item.succeeded() && terminate)
                    terminateAdminRelationships(state);
                else if (item.succeeded())
                    emit removed(state->customer(), {}, keptAdminRelationships(*state));
                else if (item.outcome == JobItem::Outcome::Refused)
                    onRefused(job->blockers());
                else if (item.outcomeUnknown())
                    onOutcomeUnknown(job->state(), item.error);
                else
                    onFailed(state, item.error, terminate);
            });
    m_job->start();
}

void RemoveRelationshipFlow::terminateAdminRelationships(
    const std::shared_ptr<CustomerState> &state)
{
    // Only once the relationship is gone: a refused or failed removal leaves the admin access
    // as it was. The job re-reads each relationship, so the result is Graph's word.
    emit busyTextChanged(tr("Terminating the admin relationships…"));
    m_terminations = new TerminateAdminRelationshipsJob(state, m_context.audit,
                                                        state->activeAdminRelationships(), this);
    m_terminations->setAutoDelete(true);
    connect(m_terminations, &Job::finished, this, [this, state](const JobResult &result) {
        emit busyTextChanged(QString());
        emit removed(state->customer(), result.items, 0);
    });
    m_terminations->start();
}

int RemoveRelationshipFlow::keptAdminRelationships(const CustomerState &state)
{
    if (!state.graph() || !state.hasData(CustomerState::Part::AdminRelationships))
        return -1;
    return int(state.activeAdminRelationships().size());
}

void RemoveRelationshipFlow::onFailed(const std::shared_ptr<CustomerState> &state,
                                      const ApiError &error, bool terminate)
{
    // Refused or not reached, so nothing changed: trying again needs no second confirmation,
    // and goes through the same re-check first.
    MessageBoxes::criticalWithRetry(
        m_dialogParent, tr("The relationship was not removed"),
        tr("Not removed. %1", "%1 is the error message with its details").arg(error.userMessage()),
        [this, state, terminate](MessageBoxes::Button answer) {
            if (answer == QMessageBox::Yes && !isRunning())
                remove(state, terminate);
        },
        tr("Try again", "remove the reseller relationship again after it failed"));
}

void RemoveRelationshipFlow::onOutcomeUnknown(CustomerState *state, const ApiError &error)
{
    // Nobody knows what the server did: read once more, so the pages show its word.
    state->refresh();
    MessageBoxes::warning(
        m_dialogParent, tr("The relationship may have been removed"),
        tr("%1\n\nThe customer could not be read back either. Before trying again, check in the "
           "customer list whether the reseller relationship is still there.",
           "%1 is the error message with its details")
            .arg(error.userMessage()));
}

void RemoveRelationshipFlow::onRefused(const QList<RemovalBlocker> &blockers)
{
    // Someone changed the customer since the page was drawn: say what, from the fresh data
    // the job has already put into the customer's state.
    QStringList lines;
    for (const RemovalBlocker &blocker : blockers)
        lines.append(u"• "_s + blocker.title());
    MessageBoxes::warning(
        m_dialogParent, tr("The relationship was not removed"),
        tr("Not removed. Partner Center now reports something that blocks the removal, so "
           "nothing was sent. The subscriptions have been refreshed.\n\n%1")
            .arg(lines.join(u'\n')));
}
