#include "bulkoffboardjob.h"

#include "core/api/clock.h"
#include "core/audit/auditaction.h"
#include "core/audit/auditlog.h"
#include "core/bulk/runjournal.h"
#include "core/job/offboardrun.h"
#include "core/job/terminateadminrelationshipsjob.h"

using namespace Qt::Literals::StringLiterals;

namespace {
using Part = CustomerState::Part;
using CustomerResult = RunRecord::CustomerResult;

CustomerState::Parts neededParts()
{
    // The profile too: it tells whether the relationship is still there.
    return CustomerState::readinessParts() | Part::Profile | Part::AzureEntitlements |
           Part::AdminRelationships;
}

QString removeAction()
{
    return AuditAction::name(AuditAction::RemoveRelationship);
}

bool planHas(const OffboardPlan &plan, const QString &itemId)
{
    return std::any_of(plan.actions().cbegin(), plan.actions().cend(),
                       [&](const OffboardPlan::Action &a) { return a.itemId == itemId; });
}
// The relationship is gone: the profile says so, or the customer is no longer found.
bool isRemovedNow(const CustomerState &state)
{
    const ApiError profile = state.error(Part::Profile);
    return state.isRemoved() || profile.httpStatus() == 404 ||
           (!profile.isError() && state.hasData(Part::Profile) &&
            !state.customer().hasRelationship());
}
} // namespace

BulkOffboardJob::BulkOffboardJob(PartnerCenterClient *client, Clock *clock, AuditLog *audit,
                                 StateFactory states, QObject *parent)
    : Job(client, clock, audit, parent)
    , m_states(std::move(states))
    , m_audit(audit)
{
    connect(client, &PartnerCenterClient::throttled, this, &BulkOffboardJob::onThrottled);
}

BulkOffboardJob::~BulkOffboardJob()
{
    m_journal.unfollow();
}

void BulkOffboardJob::setCustomers(const QList<RunCustomer> &customers, const RunOptions &options)
{
    m_options = options;
    m_customers.clear();
    m_rowOf.clear();
    for (const RunCustomer &c : customers) {
        m_rowOf.insert(c.customerId, int(m_customers.size()));
        BulkCustomer customer;
        customer.customer = c;
        m_customers.append(customer);
    }
}

void BulkOffboardJob::setResume(const RunState &run)
{
    QList<RunCustomer> customers;
    for (const RunCustomerState &c : run.customers())
        customers.append(c.customer);
    setCustomers(customers, run.options());
    m_resume = run;
    for (BulkCustomer &customer : m_customers) {
        const RunCustomerState *journaled = run.customer(customer.customer.customerId);
        if (journaled && journaled->isDone())
            customer.restore(*journaled);
    }
}

int BulkOffboardJob::count(RunRecord::CustomerResult result) const
{
    return int(std::count_if(m_customers.cbegin(), m_customers.cend(),
                             [result](const BulkCustomer &c) { return c.result == result; }));
}

void BulkOffboardJob::run()
{
    setTotal(int(m_customers.size()));
    if (m_mode == Mode::Run) {
        // Without its journal the run could not be resumed truthfully: start nothing more.
        m_journal.follow(m_audit, this, QSet<QString>(m_rowOf.keyBegin(), m_rowOf.keyEnd()),
                         [this] { cancel(); });
    }
    for (const BulkCustomer &customer : std::as_const(m_customers)) {
        if (customer.fromJournal)
            reportItem(customer.item(false));
    }
    pump();
}

void BulkOffboardJob::cancelled()
{
    // In flight: their requests finish, and nothing after them starts. The rest never start.
    for (const QPointer<OffboardRun> &run : std::as_const(m_runs)) {
        if (run)
            run->stop();
    }
    for (int row = m_next; row < m_customers.size(); ++row) {
        BulkCustomer &customer = m_customers[row];
        if (customer.stage != BulkCustomer::Stage::Waiting)
            continue;
        customer.stage = BulkCustomer::Stage::Finished;
        customer.result = CustomerResult::Cancelled;
        reportNotStarted(customer.item(false));
        emit customerChanged(row);
    }
    m_next = int(m_customers.size());
    if (m_inFlight.isEmpty())
        finishRun();
}

void BulkOffboardJob::pump()
{
    if (isFinished())
        return;
    while (!isCancelled() && m_inFlight.size() < m_concurrency.limit() &&
           m_next < m_customers.size()) {
        const QDateTime held = m_concurrency.heldUntil(clock()->now());
        if (held.isValid()) {
            if (!m_holdScheduled) {
                m_holdScheduled = true;
                const auto wait = std::chrono::milliseconds(clock()->now().msecsTo(held));
                clock()->callAfter(wait, this, [this] {
                    m_holdScheduled = false;
                    pump();
                });
            }
            return;
        }
        const int row = m_next++;
        if (m_customers.at(row).stage == BulkCustomer::Stage::Waiting)
            startCustomer(row);
    }
    if (m_inFlight.isEmpty() && m_next >= m_customers.size())
        finishRun();
}

void BulkOffboardJob::startCustomer(int row)
{
    BulkCustomer &customer = m_customers[row];
    customer.stage = BulkCustomer::Stage::Reading;
    std::shared_ptr<CustomerState> state = m_states(customer.toCustomer());
    m_inFlight.insert(row, state);
    emit customerChanged(row);
    state->refresh(
        neededParts(), this, [this, row](const ApiError &) { customerRead(row); }, callOptions());
}

void BulkOffboardJob::customerRead(int row)
{
    BulkCustomer &customer = m_customers[row];
    const std::shared_ptr<CustomerState> state = m_inFlight.value(row);
    if (m_resume)
        settleInDoubt(row);
    // A removal the stopped start attempted: the server's answer to the re-read says whether it
    // took effect (settleInDoubt recorded which).
    const RunCustomerState *journaled =
        m_resume ? m_resume->customer(customer.customer.customerId) : nullptr;
    const bool removalTried = journaled && journaled->action(removeAction(), {});
    if (removalTried && isRemovedNow(*state)) {
        // Removed by the start that stopped; only the admin relationships may be left.
        customer.plan = {};
        customer.planned = true;
        QList<AdminRelationship> left;
        for (const AdminRelationship &r : state->adminRelationships()) {
            if (r.canTerminate())
                left.append(r);
        }
        if (m_options.keepAdminRelationships || left.isEmpty() || m_mode == Mode::Plan) {
            finishCustomer(row, CustomerResult::Removed);
            return;
        }
        customer.stage = BulkCustomer::Stage::Running;
        emit customerChanged(row);
        auto *job = new TerminateAdminRelationshipsJob(state, m_audit, left, this);
        job->setAutoDelete(true);
        connect(job, &Job::finished, this, [this, row](const JobResult &result) {
            if (!result.ok())
                m_customers[row].reason = tr("Not every admin relationship was terminated.");
            finishCustomer(row, CustomerResult::Removed);
        });
        job->start();
        return;
    }
    for (const Part part :
         {Part::Profile, Part::Subscriptions, Part::Purchases, Part::AzureEntitlements}) {
        if (const ApiError error = state->error(part); error.isError()) {
            customer.error = error;
            customer.reason = error.userMessage();
            finishCustomer(row, CustomerResult::Unreadable);
            return;
        }
    }
    if (!state->customer().hasRelationship()) {
        customer.reason = tr("There is no reseller relationship with this customer.");
        finishCustomer(row, CustomerResult::Unreadable);
        return;
    }
    OffboardPlan::Input input = OffboardPlan::inputFrom(*state, clock()->now());
    input.keepAdminRelationships = m_options.keepAdminRelationships;
    input.removalRefusedBecause = m_refusedBecause;
    customer.plan = OffboardPlan::compute(input);
    // Removable now, but not confirmed for removal: prepared only, and the report says why.
    if (customer.plan.isComplete() && !removalRefusal(customer).isEmpty()) {
        input.removalRefusedBecause = removalRefusal(customer);
        customer.plan = OffboardPlan::compute(input);
    }
    customer.planned = true;
    customer.reason = BulkCustomer::blockersText(customer.plan);
    customer.until = BulkCustomer::blockersUntil(customer.plan);
    if (m_mode == Mode::Plan) {
        finishCustomer(row, customer.plan.isComplete() ? CustomerResult::Removed
                                                       : CustomerResult::PreparedNotRemovable);
        return;
    }
    if (isCancelled()) {
        finishCustomer(row, CustomerResult::Cancelled);
        return;
    }
    carryOut(row);
}

QString BulkOffboardJob::removalRefusal(const BulkCustomer &customer) const
{
    if (!m_refusedBecause.isEmpty() || m_mode == Mode::Plan)
        return m_refusedBecause;
    // The admin confirmed removing the customers the plan named; the server may have changed
    // since, but what was not confirmed is not removed.
    if (!m_options.confirmedIds.contains(customer.customer.customerId))
        return tr("It was not among the customers confirmed for removal in this run; offboard it "
                  "in a new run.");
    return {};
}

void BulkOffboardJob::settleInDoubt(int row)
{
    const BulkCustomer &customer = m_customers.at(row);
    const RunCustomerState *journaled = m_resume->customer(customer.customer.customerId);
    const std::shared_ptr<CustomerState> state = m_inFlight.value(row);
    if (!journaled)
        return;
    OffboardPlan::Input input = OffboardPlan::inputFrom(*state, clock()->now());
    input.keepAdminRelationships = m_options.keepAdminRelationships;
    const OffboardPlan fresh = OffboardPlan::compute(input);
    const QString terminate = AuditAction::name(AuditAction::TerminateAdminRelationship);
    for (const RunActionState &action : journaled->inDoubt()) {
        const bool removal = action.action == removeAction();
        // What must have been read for the fresh plan to tell whether the action took effect.
        const QList<Part> needed = removal ? QList<Part>{Part::Profile}
                                   : action.action == terminate
                                       ? QList<Part>{Part::AdminRelationships}
                                       : QList<Part>{Part::Subscriptions, Part::Purchases};
        const bool readable = (removal && isRemovedNow(*state)) ||
                              std::none_of(needed.cbegin(), needed.cend(), [&](Part part) {
                                  return state->error(part).isError() || !state->hasData(part);
                              });
        if (!readable)
            continue; // still in doubt: the report says so, and nothing is sent for it
        const bool applied = removal ? isRemovedNow(*state) : !planHas(fresh, action.itemId);
        const AuditSubject subject{.action = action.action,
                                   .customerId = customer.customer.customerId,
                                   .customerName = customer.customer.companyName,
                                   .itemId = action.itemId,
                                   .itemName = action.itemName,
                                   .oldStatus = {},
                                   .customerDomain = customer.customer.domain};
        // The audit trail and the journal both say what the server showed.
        m_journal.setPaused(true);
        AuditLog::record(m_audit, subject,
                         applied ? AuditEntry::Outcome::Succeeded : AuditEntry::Outcome::Failed, {},
                         QUuid::fromString(action.correlationId), {},
                         applied
                             ? tr("Read back after the run stopped: the change is on the server.")
                             : tr("Read back after the run stopped: the change was not made."));
        m_journal.setPaused(false);
        RunRecord record = RunRecord::outcome(
            customer.customer.customerId, action.action, action.itemId,
            applied ? RunRecord::ActionResult::VerifiedAfterLostAnswer
                    : RunRecord::ActionResult::Failed,
            action.correlationId,
            applied ? RecordedError{} : RecordedError{0, {}, tr("Not made; read back.")});
        record.itemName = action.itemName;
        m_journal.write(record);
    }
}

void BulkOffboardJob::carryOut(int row)
{
    BulkCustomer &customer = m_customers[row];
    customer.stage = BulkCustomer::Stage::Running;
    emit customerChanged(row);
    auto *run = new OffboardRun(m_inFlight.value(row), m_audit, this);
    m_runs.insert(row, run);
    connect(run, &OffboardRun::progressed, this, [this, row](const OffboardRun::Outcome &o) {
        BulkCustomer &c = m_customers[row];
        ++c.actionsDone;
        // As for OffboardRun, auto-renew off clears no blocker: its failure is told, not fatal.
        const auto &actions = c.plan.actions();
        const bool autoRenew = std::any_of(actions.cbegin(), actions.cend(), [&](const auto &a) {
            return a.kind == OffboardPlan::ActionKind::TurnOffAutoRenew && a.describe() == o.what;
        });
        if (!o.done && autoRenew) {
            c.reason += u"; "_s + tr("%1: %2").arg(o.what, o.error.userMessage());
        } else if (!o.done && !c.error.isError()) {
            c.error = o.error;
            c.reason = tr("%1: %2").arg(o.what, o.error.userMessage());
        }
        emit customerChanged(row);
    });
    connect(run, &OffboardRun::finished, this, [this, row, run](bool) {
        BulkCustomer &c = m_customers[row];
        m_runs.remove(row);
        run->deleteLater();
        const QList<OffboardRun::Outcome> &outcomes = run->outcomes();
        const bool unknown = std::any_of(outcomes.cbegin(), outcomes.cend(),
                                         [](const OffboardRun::Outcome &o) { return o.unknown; });
        if (unknown) {
            finishCustomer(row, CustomerResult::Unknown);
        } else if (run->removed()) {
            if (!c.error.isError())
                c.reason.clear();
            finishCustomer(row, CustomerResult::Removed);
        } else if (isCancelled()) {
            c.reason = tr("The run was cancelled before this customer was done.");
            finishCustomer(row, CustomerResult::Cancelled);
        } else if (c.error.isError()) {
            finishCustomer(row, CustomerResult::Failed);
        } else {
            finishCustomer(row, CustomerResult::PreparedNotRemovable);
        }
    });
    run->start(customer.plan);
}

void BulkOffboardJob::finishCustomer(int row, RunRecord::CustomerResult result)
{
    BulkCustomer &customer = m_customers[row];
    customer.stage = BulkCustomer::Stage::Finished;
    customer.result = result;
    if (result != CustomerResult::PreparedNotRemovable)
        customer.until = {};
    if (m_mode == Mode::Run) {
        m_journal.write(RunRecord::customerFinished(customer.customer.customerId, result,
                                                    customer.reason, customer.until,
                                                    RecordedError::from(customer.error)));
    }
    const JobItem item = customer.item(m_mode == Mode::Plan);
    m_inFlight.remove(row);
    if (m_concurrency.finishedOne())
        emit parallelismChanged(m_concurrency.limit());
    emit customerChanged(row);
    if (result == CustomerResult::Cancelled && customer.actionsDone == 0)
        reportNotStarted(item);
    else
        reportItem(item);
    if (isCancelled() && m_inFlight.isEmpty())
        finishRun();
    else
        pump();
}

void BulkOffboardJob::onThrottled(int retryAfterSeconds)
{
    if (!isRunning())
        return;
    if (m_concurrency.throttled(clock()->now(), retryAfterSeconds))
        emit parallelismChanged(m_concurrency.limit());
}

void BulkOffboardJob::finishRun()
{
    if (isFinished())
        return;
    if (m_mode == Mode::Run) {
        m_journal.write(RunRecord::runFinished(isCancelled() ? RunRecord::RunEnd::Cancelled
                                                             : RunRecord::RunEnd::Completed));
        m_journal.unfollow();
    }
    finish();
}
