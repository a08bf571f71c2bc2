#include "removerelationshipcommand.h"

#include "cli/blockerreport.h"
#include "cli/console.h"
#include "core/auth/tokenclaims.h"
#include "core/workflow/removerelationshipworkflow.h"

RemoveRelationshipCommand::RemoveRelationshipCommand(const CliOptions &options,
                                                     AppConnection *connection, QObject *parent)
    : CliCommand(options, connection, parent)
    , m_workflow(new RemoveRelationshipWorkflow(client(), clock(), nullptr, nullptr, audit(), this))
{
    connect(m_workflow, &RemoveRelationshipWorkflow::stageChanged, this,
            [](RemoveRelationshipWorkflow::Stage stage) {
                if (stage == RemoveRelationshipWorkflow::Stage::Checking)
                    Console::errLine(tr("Checking the customer's subscriptions and purchases…"));
                else if (stage == RemoveRelationshipWorkflow::Stage::Removing)
                    Console::errLine(tr("Removing the reseller relationship…"));
            });
    connect(m_workflow, &RemoveRelationshipWorkflow::refused, this,
            [this](const QList<RemovalBlocker> &blockers) {
                Console::errLine(tr("The reseller relationship with %1 cannot be removed yet:")
                                     .arg(customerLabel(m_customer)));
                Console::err(BlockerReport::text(blockers));
                finish(Failed);
            });
    connect(m_workflow, &RemoveRelationshipWorkflow::failed, this,
            [this](const ApiError &error) { fail(error); });
    connect(m_workflow, &RemoveRelationshipWorkflow::succeeded, this, [this](const Customer &) {
        Console::outLine(
            tr("The reseller relationship with %1 was removed.").arg(customerLabel(m_customer)));
        Console::outLine(tr("To work with the customer again, send them the invitation link "
                            "from \"partnerdesk-cli request-link\"."));
        finish(Success);
    });
}

void RemoveRelationshipCommand::start()
{
    resolveCustomer([this](const Customer &customer) {
        m_customer = customer;
        if (!confirmed(customer))
            return;
        noteRoleLacks(connectionClaims().mayRemoveRelationship());
        m_workflow->start(customer);
    });
}
