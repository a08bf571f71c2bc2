#include "partloads.h"

#include "core/api/pendingcall.h"

#include <algorithm>
#include <utility>

int PartLoads::indexOf(Part part)
{
    return int(std::find(std::begin(EveryPart), std::end(EveryPart), part) - std::begin(EveryPart));
}

PartLoads::LoadState PartLoads::combined(Parts parts) const
{
    const auto any = [this, parts](LoadState state) {
        return std::any_of(std::begin(EveryPart), std::end(EveryPart), [&](Part part) {
            return parts.testFlag(part) && this->state(part) == state;
        });
    };
    if (any(LoadState::Loading))
        return LoadState::Loading;
    if (any(LoadState::Failed))
        return LoadState::Failed;
    return any(LoadState::NotLoaded) ? LoadState::NotLoaded : LoadState::Loaded;
}

bool PartLoads::setState(Part part, LoadState state)
{
    Slot &s = slot(part);
    if (state != LoadState::Loading)
        s.settled = state;
    if (s.state == state)
        return false;
    s.state = state;
    return true;
}

ApiError PartLoads::firstError() const
{
    for (const Slot &s : m_slots) {
        if (s.error.isError())
            return s.error;
    }
    return {};
}

void PartLoads::begin(Parts parts, QObject *context, CustomerState::Done done,
                      const CallOptions &options)
{
    m_loading = parts;
    m_answered = {};
    m_roundError = {};
    m_options = options;
    if (done)
        m_waiters.append({context, parts, std::move(done)});
}

void PartLoads::answered(Part part, const ApiError &error)
{
    slot(part).error = error;
    if (error.isError() && !m_roundError.isError())
        m_roundError = error;
    m_answered |= part;
}

void PartLoads::addCall(PendingCall *call)
{
    m_calls.append(call);
}

PartLoads::Parts PartLoads::finish()
{
    m_calls.clear();
    return std::exchange(m_loading, {});
}

PartLoads::Parts PartLoads::stop()
{
    return std::exchange(m_loading, {});
}

void PartLoads::abandon()
{
    ++m_generation;
    const auto calls = std::exchange(m_calls, {});
    for (const QPointer<PendingCall> &call : calls) {
        if (call)
            call->cancel();
    }
}

void PartLoads::answerWaiters(const ApiError &cancelled)
{
    // A waiter's callback may start another read (and add waiters): work on what is due now.
    QList<Waiter> due;
    for (qsizetype i = 0; i < m_waiters.size();) {
        const Waiter &waiter = m_waiters.at(i);
        if (cancelled.isError() || (waiter.parts & m_answered) == waiter.parts)
            due.append(m_waiters.takeAt(i));
        else
            ++i;
    }
    for (const Waiter &waiter : std::as_const(due)) {
        if (!waiter.context)
            continue;
        ApiError error = cancelled;
        for (const Part part : EveryPart) {
            if (!error.isError() && waiter.parts.testFlag(part))
                error = slot(part).error;
        }
        waiter.done(error);
    }
}
