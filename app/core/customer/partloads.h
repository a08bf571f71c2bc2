#pragma once

#include "core/customer/customerstate.h"

#include <QList>
#include <QPointer>

#include <array>

class PendingCall;

// Where the read of each part of a CustomerState stands, and the read in progress: which parts
// it covers and which have answered, the first error, who waits for which parts, and the calls
// it made. An abandoned read bumps the generation, so late answers of its calls can tell they
// are stale. It emits nothing: the state says what changed.
class PartLoads
{
public:
    using Part = CustomerState::Part;
    using Parts = CustomerState::Parts;
    using LoadState = CustomerState::LoadState;

    static constexpr Part EveryPart[] = {Part::Profile, Part::Subscriptions, Part::Purchases,
                                         Part::AdminRelationships, Part::AzureEntitlements};

    LoadState state(Part part) const { return slot(part).state; }
    // Loading while any of the parts is read, Failed if any failed, Loaded when all are.
    LoadState combined(Parts parts) const;
    // false when the part already was in that state.
    bool setState(Part part, LoadState state);
    // What a part goes back to when its read is cancelled.
    LoadState settled(Part part) const { return slot(part).settled; }
    ApiError error(Part part) const { return slot(part).error; }
    // The first failure of any part, in Part order.
    ApiError firstError() const;
    bool hasData(Part part) const { return slot(part).hasData; }
    void setHasData(Part part) { slot(part).hasData = true; }

    // The read in progress: nothing while none runs.
    Parts loading() const { return m_loading; }
    quint64 generation() const { return m_generation; }
    // Begins a read of parts (abandon() the previous one first); done, if given, waits for them.
    void begin(Parts parts, QObject *context, CustomerState::Done done, const CallOptions &options);
    const CallOptions &options() const { return m_options; }
    void addCall(PendingCall *call);
    // The part answered: its error is kept (and is the read's if it is the first).
    void answered(Part part, const ApiError &error);
    // All parts of the read have answered: ends it and says which parts it covered.
    bool isComplete() const { return m_loading != Parts() && m_answered == m_loading; }
    Parts finish();
    const ApiError &roundError() const { return m_roundError; }
    // Ends the read without its answers; the caller puts the parts back to settled().
    Parts stop();
    // Cancels the calls; their answers (including the Cancelled ones) see an older generation.
    void abandon();
    // Calls those whose parts have all answered, or every waiter with cancelled; a callback may
    // begin another read.
    void answerWaiters(const ApiError &cancelled = {});

private:
    struct Slot
    {
        LoadState state = LoadState::NotLoaded;
        LoadState settled = LoadState::NotLoaded;
        ApiError error;
        bool hasData = false;
    };
    struct Waiter
    {
        QPointer<QObject> context;
        Parts parts;
        CustomerState::Done done;
    };

    static int indexOf(Part part);
    const Slot &slot(Part part) const { return m_slots.at(indexOf(part)); }
    Slot &slot(Part part) { return m_slots[indexOf(part)]; }

    std::array<Slot, CustomerState::PartCount> m_slots;
    Parts m_loading;
    Parts m_answered;
    ApiError m_roundError;
    CallOptions m_options;
    QList<Waiter> m_waiters;
    QList<QPointer<PendingCall>> m_calls;
    quint64 m_generation = 0;
};
