#include "readinesscommand.h"

#include "cli/blockerreport.h"
#include "cli/console.h"
#include "core/customer/customerstate.h"

ReadinessCommand::ReadinessCommand(const CliOptions &options, AppConnection *connection,
                                   QObject *parent)
    : CliCommand(options, connection, parent)
{
}

void ReadinessCommand::start()
{
    resolveCustomer([this](const Customer &customer) {
        m_state = stateOf(customer);
        m_state->refresh(CustomerState::allParts(), this, [this](const ApiError &error) {
            if (error.isError())
                fail(error);
            else
                report();
        });
    });
}

void ReadinessCommand::report()
{
    const bool ready = m_state->isReady();
    const QList<RemovalBlocker> blockers = ready ? QList<RemovalBlocker>() : m_state->blockers();
    const QString who = customerLabel(m_state->customer());
    if (options().format != OutputFormatter::Format::Table) {
        printList(BlockerReport::columns(), BlockerReport::rows(blockers));
    } else if (ready) {
        Console::outLine(tr("The reseller relationship with %1 can be removed.").arg(who));
    } else {
        Console::outLine(tr("The reseller relationship with %1 cannot be removed yet.").arg(who));
        Console::outLine(m_state->readinessReason());
        Console::out(BlockerReport::text(blockers));
    }
    finish(ready ? Success : Failed);
}
