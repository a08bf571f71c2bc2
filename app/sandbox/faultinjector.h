#pragma once

#include "sandbox/faultoptions.h"
#include "sandbox/recordedrequest.h"
#include "sandbox/sandboxreply.h"

#include <QRandomGenerator>

// Decides which requests fail and how: queued deterministic faults and errors for tests, and
// seeded random faults for the standalone server.
class FaultInjector
{
public:
    // Drop closes the connection before handling, LoseAnswer after it; Unavailable is a 503
    // with Retry-After (queued only, never drawn at random).
    enum class Fault { None, Throttle, ServerError, Drop, Malformed, LoseAnswer, Unavailable };

    void setOptions(const FaultOptions &options);
    const FaultOptions &options() const { return m_options; }

    void failNext(Fault fault, int count, const QString &pathContains);
    void injectError(int httpStatus, const QString &code, const QString &description,
                     const QString &pathContains, const QByteArray &method);

    // An injected error for this request (any path), consumed once.
    bool takeInjectedError(const RecordedRequest &request, SandboxReply *reply);
    // The fault for a /v1 request: a queued one first, then a random draw.
    Fault takeFault(const RecordedRequest &request);
    SandboxReply reply(Fault fault, const QString &locale) const;

private:
    struct Queued
    {
        Fault fault;
        int remaining;
        QString pathContains;
    };
    struct Injected
    {
        int status;
        QString code;
        QString description;
        QString pathContains;
        QByteArray method;
    };

    FaultOptions m_options;
    QRandomGenerator m_random{1};
    QList<Queued> m_queued;
    QList<Injected> m_injected;
};
