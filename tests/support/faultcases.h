#pragma once

#include "sandbox/sandboxserver.h"

#include <QList>

// Every fault the sandbox can inject on one request, with what a truthful client makes of it.
// A read (GET) recovers from each one fault by asking again. A change (PATCH) is sent again only
// when the server refused it before it could be applied; otherwise its outcome is unknown to
// the client, which must then read the item back instead of trying again.
struct FaultCase
{
    const char *name;
    SandboxServer::Fault fault;
    bool changeRetried; // the change is sent again (same MS-RequestId) and goes through
    bool changeApplied; // the server applied the change although the client heard no success
};

inline const QList<FaultCase> &faultCases()
{
    using Fault = SandboxServer::Fault;
    static const QList<FaultCase> cases{
        {"429 with Retry-After", Fault::Throttle, true, false},
        {"503 with Retry-After", Fault::Unavailable, true, false},
        {"500", Fault::ServerError, false, false},
        {"dropped before handling", Fault::Drop, false, false},
        {"answer lost after applying", Fault::LoseAnswer, false, true},
        {"2xx body that does not parse", Fault::Malformed, false, true},
    };
    return cases;
}

// faultCases() and the two that need more than a client with a fixed token and its default
// time-out: a refreshable session, and a transfer time-out short enough to wait for.
inline const QList<FaultCase> &allFaultCases()
{
    using Fault = SandboxServer::Fault;
    static const QList<FaultCase> cases =
        faultCases() + QList<FaultCase>{
                           {"time-out after applying", Fault::Stall, false, true},
                           {"401 expired token, then refresh", Fault::ExpireToken, true, false},
                       };
    return cases;
}

// The faults after which a change's outcome is unknown to the client: it was not refused
// unapplied, so it is read back, never sent again.
inline QList<FaultCase> unknownOutcomeCases()
{
    QList<FaultCase> cases = allFaultCases();
    cases.removeIf([](const FaultCase &c) { return c.changeRetried; });
    return cases;
}

// A second fault, on the read-back after such a change: every attempt of the GET meets it, so
// no retry gets past it and nobody can tell whether the change was made.
struct ReadBackFault
{
    const char *name;
    SandboxServer::Fault fault;
};

inline const QList<ReadBackFault> &readBackFaults()
{
    static const QList<ReadBackFault> faults{
        {"read-back fails (500)", SandboxServer::Fault::ServerError},
        {"read-back unreadable", SandboxServer::Fault::Malformed},
    };
    return faults;
}
