#include "faultinjector.h"
#include "sandbox/sandboxmessages.h"

using namespace Qt::Literals::StringLiterals;

void FaultInjector::setOptions(const FaultOptions &options)
{
    m_options = options;
    m_random.seed(options.seed);
}

void FaultInjector::failNext(Fault fault, int count, const QString &pathContains,
                             const QByteArray &method, int skip)
{
    if (count > 0 && fault != Fault::None)
        m_queued.append({fault, count, pathContains, method.toUpper(), qMax(0, skip)});
}

void FaultInjector::injectError(int httpStatus, const QString &code, const QString &description,
                                const QString &pathContains, const QByteArray &method)
{
    m_injected.append({httpStatus, code, description, pathContains, method.toUpper()});
}

void FaultInjector::clearQueued()
{
    m_queued.clear();
    m_injected.clear();
}

bool FaultInjector::takeInjectedError(const RecordedRequest &request, SandboxReply *reply)
{
    for (auto it = m_injected.begin(); it != m_injected.end(); ++it) {
        if (!request.pathAndQuery.contains(it->pathContains) ||
            (!it->method.isEmpty() && it->method != request.method))
            continue;
        bool numeric = false;
        const qlonglong number = it->code.toLongLong(&numeric);
        *reply = SandboxReply::error(
            it->status, numeric ? QJsonValue(number) : QJsonValue(it->code), it->description);
        m_injected.erase(it);
        return true;
    }
    return false;
}

FaultInjector::Fault FaultInjector::takeFault(const RecordedRequest &request)
{
    for (auto it = m_queued.begin(); it != m_queued.end(); ++it) {
        if (!request.pathAndQuery.contains(it->pathContains) ||
            (!it->method.isEmpty() && it->method != request.method))
            continue;
        if (it->skip > 0) {
            --it->skip;
            return Fault::None; // passes unharmed
        }
        const Fault fault = it->fault;
        if (--it->remaining <= 0)
            m_queued.erase(it);
        return fault;
    }
    const FaultOptions &o = m_options;
    if (o.dropRate <= 0 && o.throttleRate <= 0 && o.errorRate <= 0 && o.malformedRate <= 0 &&
        o.loseAnswerRate <= 0 && o.stallRate <= 0)
        return Fault::None;
    // One draw per request keeps a seeded run reproducible whatever the rates are.
    const double draw = m_random.generateDouble();
    double threshold = o.dropRate;
    if (draw < threshold)
        return Fault::Drop;
    if (draw < (threshold += o.throttleRate))
        return Fault::Throttle;
    if (draw < (threshold += o.errorRate))
        return Fault::ServerError;
    if (draw < (threshold += o.malformedRate))
        return Fault::Malformed;
    if (draw < (threshold += o.loseAnswerRate))
        return Fault::LoseAnswer;
    if (draw < (threshold += o.stallRate))
        return Fault::Stall;
    return Fault::None;
}

SandboxReply FaultInjector::reply(Fault fault, const QString &locale) const
{
    switch (fault) {
    case Fault::Throttle: {
        const int seconds = qMax(0, m_options.retryAfterSeconds);
        SandboxReply reply = SandboxReply::json(
            429,
            {{u"statusCode"_s, 429},
             {u"message"_s, u"Rate limit is exceeded. Try again in %1 seconds."_s.arg(seconds)}});
        reply.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(seconds)});
        return reply;
    }
    case Fault::Unavailable: {
        SandboxReply reply = SandboxReply::error(
            503, u"ServiceUnavailable"_s,
            SandboxMessages::text(SandboxMessages::Message::InternalError, locale));
        reply.headers.append({QByteArrayLiteral("Retry-After"),
                              QByteArray::number(qMax(0, m_options.retryAfterSeconds))});
        return reply;
    }
    case Fault::ServerError:
        return SandboxReply::error(
            500, u"InternalServerError"_s,
            SandboxMessages::text(SandboxMessages::Message::InternalError, locale));
    case Fault::Malformed:
        // Looks like the start of a real page, cut off mid-string.
        return {200,
                QByteArrayLiteral("{\"totalCount\":2,\"items\":[{\"id\":\"5d0c"),
                QByteArrayLiteral("application/json; charset=utf-8"),
                {}};
    case Fault::Drop:
    case Fault::LoseAnswer:
    case Fault::Stall:
    case Fault::ExpireToken:
    case Fault::None:
        break;
    }
    return {};
}
