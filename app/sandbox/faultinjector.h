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
    // Drop closes the connection before handling, LoseAnswer after it. Stall handles the
    // request and never answers, so only the client's time-out ends it. Malformed handles it
    // and cuts the 2xx body off. Unavailable is a 503 with Retry-After; ExpireToken lets the
    // request's access token expire at this request (401), so only a new token gets through.
    // Those two are queued only, never drawn at random.
    enum class Fault {
        None,
        Throttle,
        ServerError,
        Drop,
        Malformed,
        LoseAnswer,
        Unavailable,
        Stall,
        ExpireToken
    };

    void setOptions(const FaultOptions &options);
    const FaultOptions &options() const { return m_options; }

    // `method` empty = any method; the first `skip` matching requests pass unharmed.
    void failNext(Fault fault, int count, const QString &pathContains, const QByteArray &method,
                  int skip = 0);
    void injectError(int httpStatus, const QString &code, const QString &description,
                     const QString &pathContains, const QByteArray &method);

    // Forgets the queued faults and errors no request has met yet.
    void clearQueued();

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
        QByteArray method;
        int skip;
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
