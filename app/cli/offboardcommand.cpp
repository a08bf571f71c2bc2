#include "offboardcommand.h"

#include "cli/console.h"
#include "connection/appconnection.h"
#include "core/api/clock.h"
#include "core/api/graphclient.h"
#include "core/api/partnercenterclient.h"
#include "core/job/offboardrun.h"

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
        if (outcome.done)
            Console::outLine(tr("Done: %1").arg(outcome.what));
        else
            Console::errLine(tr("Failed: %1").arg(outcome.what) + u"\n"_s +
                             outcome.error.userMessage());
    });
    connect(m_run, &OffboardRun::finished, this, [this](bool complete) {
        if (complete) {
            Console::outLine(tr("%1 is offboarded: the reseller relationship is removed.")
                                 .arg(customerLabel(m_customer)));
        } else if (!m_run->removed()) {
            Console::errLine(tr("The reseller relationship with %1 was not removed.")
                                 .arg(customerLabel(m_customer)));
        }
        finish(complete ? Success : Failed);
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

void OffboardCommand::oneRead(const ApiError &error)
{
    if (error.isError() && !m_readError.isError())
        m_readError = error;
    if (--m_pending > 0)
        return;
    if (m_readError.isError()) {
        fail(m_readError);
        return;
    }
    planAndRun();
}

void OffboardCommand::read()
{
    m_state = stateOf(m_customer);
    m_input = {};
    m_input.customerTenantId =
        m_customer.tenantId().isEmpty() ? m_customer.id : m_customer.tenantId();
    m_input.keepAdminRelationships = options().keepAdminRelationships;
    m_pending = 2;
    m_state->refresh(CustomerState::readinessParts(), this, [this](const ApiError &error) {
        // Each live Azure plan's Azure subscriptions, before anything is planned.
        for (const Subscription &s : m_state->subscriptions()) {
            if (error.isError() || !s.isAzurePlan() || !s.status.countsAsActive())
                continue;
            ++m_pending;
            client()->listAzureEntitlements(
                m_customer.id, s.id, this,
                [this, plan = s.id](const Result<QList<AzureEntitlement>> &a) {
                    if (a.ok())
                        m_input.azureEntitlements.insert(plan, a.value());
                    oneRead(a.ok() ? ApiError() : a.error());
                });
        }
        oneRead(error);
    });
    connection()->graph()->listAdminRelationships(
        m_input.customerTenantId, this, [this](const Result<QList<AdminRelationship>> &r) {
            // Without Graph the rest can still be done; the admin is told.
            m_input.adminRelationshipsRead = r.ok();
            if (r.ok())
                m_input.adminRelationships = r.value();
            else
                m_graphNote = r.error().userMessage();
            oneRead({});
        });
}

void OffboardCommand::planAndRun()
{
    m_input.subscriptions = m_state->subscriptions();
    m_input.entitlements = m_state->purchases();
    m_input.now = clock()->now();
    const TokenClaims claims = connectionClaims();
    if (claims.isValid() && !claims.mayRemoveRelationship())
        m_input.removalRefusedBecause = tr("Your roles (%1) do not allow it. Ask a Global admin "
                                           "or an Admin agent.")
                                            .arg(claims.roleSummary());
    const OffboardPlan plan = OffboardPlan::compute(m_input);
    Console::out(plan.text());
    if (!m_graphNote.isEmpty())
        Console::errLine(tr("The admin relationships could not be read; they are left as they "
                            "are:") +
                         u"\n"_s + m_graphNote);
    if (options().dryRun) {
        finish(plan.isComplete() && m_graphNote.isEmpty() ? Success : Failed);
        return;
    }
    follow(new OffboardRun(m_state, connection()->graph(), audit(), this));
    m_run->start(plan);
}
