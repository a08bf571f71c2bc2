#include "readinesscommand.h"

#include "cli/blockerreport.h"
#include "cli/console.h"
#include "core/models/customersession.h"
#include "core/workflow/removalreadiness.h"

ReadinessCommand::ReadinessCommand(const CliOptions &options, AppConnection *connection,
                                   QObject *parent)
    : CliCommand(options, connection, parent)
    , m_session(new CustomerSession(client(), this))
    , m_readiness(new RemovalReadiness(m_session->subscriptionModel(),
                                       m_session->entitlementModel(), clock(), this))
{
    // Connected first, so the readiness knows the data is loaded before report() asks it.
    m_readiness->followSession(m_session);
    connect(m_session, &CustomerSession::stateChanged, this, [this](CustomerSession::State state) {
        if (state == CustomerSession::State::Loaded)
            report();
        else if (state == CustomerSession::State::Failed)
            fail(m_session->error());
    });
}

void ReadinessCommand::start()
{
    resolveCustomer([this](const Customer &customer) { m_session->open(customer); });
}

void ReadinessCommand::report()
{
    const bool ready = m_readiness->isReady();
    const QList<RemovalBlocker> blockers =
        ready ? QList<RemovalBlocker>() : m_readiness->blockers();
    const QString who = customerLabel(m_session->customer());
    if (options().format != OutputFormatter::Format::Table) {
        printList(BlockerReport::columns(), BlockerReport::rows(blockers));
    } else if (ready) {
        Console::outLine(tr("The reseller relationship with %1 can be removed.").arg(who));
    } else {
        Console::outLine(tr("The reseller relationship with %1 cannot be removed yet.").arg(who));
        Console::outLine(m_readiness->reason());
        Console::out(BlockerReport::text(blockers));
    }
    finish(ready ? Success : Failed);
}
