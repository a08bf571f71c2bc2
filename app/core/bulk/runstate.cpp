#include "runstate.h"

#include <algorithm>

const RunActionState *RunCustomerState::action(const QString &action, const QString &itemId) const
{
    const auto it = std::find_if(actions.cbegin(), actions.cend(), [&](const RunActionState &a) {
        return a.action == action && a.itemId == itemId;
    });
    return it == actions.cend() ? nullptr : &*it;
}

bool RunCustomerState::tookEffect(const QString &action, const QString &itemId) const
{
    const RunActionState *state = this->action(action, itemId);
    return state && state->tookEffect();
}

QList<RunActionState> RunCustomerState::inDoubt() const
{
    QList<RunActionState> out;
    std::copy_if(
        actions.cbegin(), actions.cend(), std::back_inserter(out),
        [](const RunActionState &a) { return a.status == RunActionState::Status::InDoubt; });
    return out;
}

std::optional<RunState> RunState::fromRecords(const QList<RunRecord> &records)
{
    if (records.isEmpty() || records.constFirst().type != RunRecord::Type::RunStarted)
        return std::nullopt;
    RunState state;
    for (const RunRecord &record : records)
        state.apply(record);
    return state;
}

const RunCustomerState *RunState::customer(const QString &customerId) const
{
    const qsizetype row = m_rowOf.value(customerId, -1);
    return row < 0 ? nullptr : &m_customers.at(row);
}

RunCustomerState *RunState::find(const QString &customerId)
{
    const qsizetype row = m_rowOf.value(customerId, -1);
    return row < 0 ? nullptr : &m_customers[row];
}

QList<RunCustomerState> RunState::remaining() const
{
    QList<RunCustomerState> out;
    std::copy_if(m_customers.cbegin(), m_customers.cend(), std::back_inserter(out),
                 [](const RunCustomerState &c) { return !c.isDone(); });
    return out;
}

int RunState::count(RunRecord::CustomerResult result) const
{
    return int(std::count_if(m_customers.cbegin(), m_customers.cend(),
                             [result](const RunCustomerState &c) { return c.result == result; }));
}

void RunState::apply(const RunRecord &record)
{
    m_lastActivity = record.time;
    using Type = RunRecord::Type;
    switch (record.type) {
    case Type::RunStarted:
        m_runId = record.runId;
        m_startedAt = record.time;
        m_options = record.options;
        for (const RunCustomer &customer : record.customers) {
            if (!m_rowOf.contains(customer.customerId))
                m_rowOf.insert(customer.customerId, m_customers.size());
            m_customers.append({customer, {}, std::nullopt, {}, {}, {}});
        }
        return;
    case Type::RunResumed:
        ++m_resumeCount;
        // A run that was finished and is continued anyway is unfinished again.
        m_status = Status::Unfinished;
        return;
    case Type::RunFinished:
        m_status =
            record.runEnd == RunRecord::RunEnd::Cancelled ? Status::Cancelled : Status::Completed;
        return;
    default:
        break;
    }

    // Records about a customer the list did not name are the journal's mistake, not a crash:
    // they are kept out of the state rather than invent a customer.
    RunCustomerState *customer = find(record.customerId);
    if (!customer)
        return;
    if (record.type == Type::CustomerFinished) {
        customer->result = record.customerResult;
        customer->reason = record.reason;
        customer->until = record.until;
        customer->error = record.error;
        return;
    }
    auto it = std::find_if(customer->actions.begin(), customer->actions.end(),
                           [&](const RunActionState &a) {
                               return a.action == record.action && a.itemId == record.itemId;
                           });
    if (it == customer->actions.end()) {
        customer->actions.append({record.action, record.itemId, record.itemName, {}, {}, {}, 0});
        it = customer->actions.end() - 1;
    }
    RunActionState &action = *it;
    if (!record.itemName.isEmpty())
        action.itemName = record.itemName;
    if (!record.correlationId.isEmpty())
        action.correlationId = record.correlationId;
    if (record.type == Type::ActionAttempted) {
        ++action.attempts;
        // A change known to be on the server stays so whatever later attempts say.
        if (!action.tookEffect())
            action.status = RunActionState::Status::InDoubt;
        return;
    }
    using Result = RunRecord::ActionResult;
    switch (record.actionResult) {
    case Result::Succeeded:
        action.status = RunActionState::Status::Succeeded;
        break;
    case Result::VerifiedAfterLostAnswer:
        action.status = RunActionState::Status::VerifiedAfterLostAnswer;
        break;
    case Result::Failed:
        if (!action.tookEffect())
            action.status = RunActionState::Status::Failed;
        break;
    case Result::Refused:
        if (!action.tookEffect())
            action.status = RunActionState::Status::Refused;
        break;
    case Result::Unknown:
        if (!action.tookEffect())
            action.status = RunActionState::Status::InDoubt;
        break;
    }
    if (!record.error.isEmpty())
        action.error = record.error;
}
