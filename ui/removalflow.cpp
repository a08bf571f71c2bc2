#include "removalflow.h"

#include "core/workflow/removerelationshipworkflow.h"
#include "ui/confirmremovaldialog.h"
#include "ui/messageboxes.h"

#include <QWidget>

using namespace Qt::Literals::StringLiterals;

RemovalFlow::RemovalFlow(const AppContext &context, SubscriptionModel *subscriptions,
                         EntitlementModel *entitlements, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_context(context)
    , m_dialogParent(dialogParent)
    , m_workflow(new RemoveRelationshipWorkflow(context.client, context.clock, subscriptions,
                                                entitlements, context.audit, this))
{
    connect(m_workflow, &RemoveRelationshipWorkflow::stageChanged, this,
            [this](RemoveRelationshipWorkflow::Stage stage) {
                switch (stage) {
                case RemoveRelationshipWorkflow::Stage::Checking:
                    emit busyTextChanged(tr("Checking the subscriptions again…"));
                    break;
                case RemoveRelationshipWorkflow::Stage::Removing:
                    emit busyTextChanged(tr("Removing the relationship…"));
                    break;
                case RemoveRelationshipWorkflow::Stage::Idle:
                    emit busyTextChanged(QString());
                    break;
                }
            });
    connect(m_workflow, &RemoveRelationshipWorkflow::refused, this, &RemovalFlow::onRefused);
    connect(m_workflow, &RemoveRelationshipWorkflow::failed, this, [this](const ApiError &error) {
        MessageBoxes::critical(m_dialogParent, tr("The relationship was not removed"),
                               error.userMessage());
    });
    connect(m_workflow, &RemoveRelationshipWorkflow::succeeded, this, &RemovalFlow::removed);
}

void RemovalFlow::begin(const Customer &customer)
{
    if (isRunning())
        return;
    m_confirm = new ConfirmRemovalDialog(customer, m_dialogParent);
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_confirm, &QDialog::accepted, this, [this, customer] { m_workflow->start(customer); });
    m_confirm->open();
}

bool RemovalFlow::isRunning() const
{
    return m_workflow->isRunning() || (m_confirm && m_confirm->isVisible());
}

void RemovalFlow::onRefused(const QList<RemovalBlocker> &blockers)
{
    // Someone changed the customer since the page was drawn: say what, from the fresh data
    // the workflow has already put into the models.
    QStringList lines;
    for (const RemovalBlocker &blocker : blockers)
        lines.append(u"• "_s + blocker.title());
    MessageBoxes::warning(
        m_dialogParent, tr("The relationship was not removed"),
        tr("Partner Center now reports something that blocks the removal, so nothing was sent. "
           "The subscriptions have been refreshed.\n\n%1")
            .arg(lines.join(u'\n')));
}
