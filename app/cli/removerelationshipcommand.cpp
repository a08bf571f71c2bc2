#include "removerelationshipcommand.h"

#include "cli/blockerreport.h"
#include "cli/console.h"
#include "core/auth/tokenclaims.h"
#include "core/job/removerelationshipjob.h"

RemoveRelationshipCommand::RemoveRelationshipCommand(const CliOptions &options,
                                                     AppConnection *connection, QObject *parent)
    : CliCommand(options, connection, parent)
{
}

void RemoveRelationshipCommand::start()
{
    resolveCustomer([this](const Customer &customer) {
        if (!confirmed(customer))
            return;
        // Refused before anything is sent, as offboard and the app refuse it.
        readRemovalRefusal([this, customer](const QString &refusal) {
            if (!refusal.isEmpty())
                return failWith(refusal);
            noteRoleLacks(connectionClaims().mayRemoveRelationship());
            remove(customer);
        });
    });
}

void RemoveRelationshipCommand::remove(const Customer &customer)
{
    auto *job = new RemoveRelationshipJob(stateOf(customer), audit(), this);
    connect(job, &RemoveRelationshipJob::stageChanged, this,
            [](RemoveRelationshipJob::Stage stage) {
                if (stage == RemoveRelationshipJob::Stage::Checking)
                    Console::errLine(tr("Checking the customer's subscriptions and purchases…"));
                else if (stage == RemoveRelationshipJob::Stage::Removing)
                    Console::errLine(tr("Removing the reseller relationship…"));
            });
    connect(job, &Job::finished, this, [this, job, customer](const JobResult &result) {
        const JobItem item = result.items.value(0);
        if (item.succeeded()) {
            Console::outLine(
                tr("The reseller relationship with %1 was removed.").arg(customerLabel(customer)));
            Console::outLine(tr("To work with the customer again, send them the invitation link "
                                "from \"partnerdesk-cli request-link\"."));
            finish(Success);
        } else if (item.outcome == JobItem::Outcome::Refused) {
            Console::errLine(tr("The reseller relationship with %1 cannot be removed yet:")
                                 .arg(customerLabel(customer)));
            Console::err(BlockerReport::text(job->blockers()));
            finish(Failed);
        } else if (item.outcomeUnknown()) {
            Console::errLine(item.error.userMessage());
            failWith(tr("Check with \"partnerdesk-cli customers --domain %1\" before trying "
                        "again: if the relationship was removed, the customer is no longer "
                        "listed or shows no relationship.")
                         .arg(customer.domain()),
                     OutcomeUnknown);
        } else {
            fail(item.error);
        }
    });
    job->start();
}
