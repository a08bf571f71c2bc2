#include "offboardcommand.h"

#include "cli/console.h"
#include "connection/appconnection.h"
#include "core/api/clock.h"
#include "core/api/graphclient.h"
#include "core/api/partnercenterclient.h"
#include "core/job/offboardrun.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

OffboardCommand::OffboardCommand(const CliOptions &options, AppConnection *connection,
                                 QObject *parent)
    : CliCommand(options, connection, parent)
{
}

void OffboardCommand::follow(OffboardRun *run)
{
    m_run = run;
    connect(m_run, &OffboardRun::progressed, this, [](const OffboardRun::Outcome &outcome) {
        if (outcome.done) {
            Console::outLine(tr("Done: %1").arg(outcome.what));
        } else if (outcome.unknown) {
            Console::errLine(tr("Not known whether this was done: %1").arg(outcome.what) + u"\n"_s +
                             outcome.error.userMessage());
        } else {
            Console::errLine(tr("Failed: %1").arg(outcome.what) + u"\n"_s +
                             outcome.error.userMessage());
        }
    });
    connect(m_run, &OffboardRun::finished, this, [this](bool complete) {
        if (complete) {
            Console::outLine(tr("%1 is offboarded: the reseller relationship is removed.")
                                 .arg(customerLabel(m_customer)));
        } else if (!m_run->removed()) {
            Console::errLine(tr("The reseller relationship with %1 was not removed.")
                                 .arg(customerLabel(m_customer)));
        }
        const QList<OffboardRun::Outcome> &outcomes = m_run->outcomes();
        const bool unknown = std::any_of(outcomes.cbegin(), outcomes.cend(),
                                         [](const OffboardRun::Outcome &o) { return o.unknown; });
        if (unknown) {
            // Running offboard again is safe only once the admin has seen what took effect.
            Console::errLine(
                tr("Check with \"partnerdesk-cli readiness %1\" before running offboard again.")
                    .arg(m_customer.domain()));
        }
        finish(complete ? Success : unknown ? OutcomeUnknown : Failed);
    });
}

void OffboardCommand::start()
{
    resolveCustomer([this](const Customer &customer) {
        m_customer = customer;
        if (confirmed(customer))
            read();
    });
}

void OffboardCommand::read()
{
    using Part = CustomerState::Part;
    m_state = stateOf(m_customer);
    const CustomerState::Parts needed =
        CustomerState::readinessParts() | Part::AzureEntitlements | Part::AdminRelationships;
    m_state->refresh(needed, this, [this](const ApiError &) {
        // Without Graph the rest can still be done; the admin is told.
        for (const Part part : {Part::Subscriptions, Part::Purchases, Part::AzureEntitlements}) {
            if (const ApiError error = m_state->error(part); error.isError())
                return fail(error);
        }
        readRemovalRefusal([this](const QString &refusal) { planAndRun(refusal); });
    });
}

void OffboardCommand::planAndRun(const QString &indirectRefusal)
{
    OffboardPlan::Input input = OffboardPlan::inputFrom(*m_state, clock()->now());
    input.keepAdminRelationships = options().keepAdminRelationships;
    const ApiError graphError = m_state->error(CustomerState::Part::AdminRelationships);
    const TokenClaims claims = connectionClaims();
    if (claims.isValid() && !claims.mayRemoveRelationship())
        input.removalRefusedBecause = tr("Your roles (%1) do not allow it. Ask a Global admin "
                                         "or an Admin agent.")
                                          .arg(claims.roleSummary());
    if (!indirectRefusal.isEmpty())
        input.removalRefusedBecause = indirectRefusal;
    const OffboardPlan plan = OffboardPlan::compute(input);
    Console::out(plan.text());
    if (!input.adminRelationshipsRead)
        Console::errLine(tr("The admin relationships could not be read; they are left as they "
                            "are:") +
                         u"\n"_s + graphError.userMessage());
    if (options().dryRun) {
        finish(plan.isComplete() && input.adminRelationshipsRead ? Success : Failed);
        return;
    }
    follow(new OffboardRun(m_state, audit(), this));
    m_run->start(plan);
}
